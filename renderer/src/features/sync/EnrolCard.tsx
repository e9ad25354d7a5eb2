import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { orgName } from '../../../../shared/org/org-tree';
import type { OrgPath } from '../../../../shared/org/org-path';
import { db } from '../../db';
import { enrol, BadCentreUrl, EnrolmentMismatch } from '../../sync/enrolment';
import { SyncError } from '../../sync/errors';
import type { Enrolment } from '../../sync/local-state';
import { APP_VERSION } from '../../sync/version';
import { requestNumberPrefix } from '../../../../shared/requests/number';

interface Values {
  centreUrl: string;
  code: string;
  label: string;
}

/** Enrolment with the centre: the form before, the device's identity after (and "connect again"). */
export function EnrolCard({ stationPath, enrolment }: { stationPath: OrgPath; enrolment: Enrolment | null }) {
  const { t } = useTranslation();
  const [again, setAgain] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const defaultUrl = enrolment?.centreUrl ?? (location.protocol.startsWith('http') ? location.origin : '');

  const submit = async (values: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      await enrol(db, { ...values, appVersion: APP_VERSION, stationPath });
      setAgain(false);
    } catch (e) {
      if (e instanceof EnrolmentMismatch) setProblem(t('syncClient.enrol.mismatch', { codeFor: `${orgName(e.codeFor)} (${e.codeFor})`, station: orgName(stationPath) }));
      else if (e instanceof BadCentreUrl) setProblem(t('syncClient.enrol.badUrl', { url: e.url }));
      else if (e instanceof SyncError && (e.kind === 'forbidden' || e.kind === 'unauthorised')) setProblem(t('syncClient.enrol.refused', { message: e.message }));
      else if (e instanceof SyncError) setProblem(t(`syncClient.error.${e.kind}`, { message: e.message, seconds: e.retryAfterSeconds ?? 60 }));
      else setProblem((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (enrolment && !again) {
    return (
      <Card size="small" title={t('syncClient.enrol.enrolledAs')} extra={<Button size="small" onClick={() => setAgain(true)}>{t('syncClient.enrol.again')}</Button>}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('syncClient.enrol.centreUrl')}><span data-testid="enrolled-centre">{enrolment.centreUrl}</span></Descriptions.Item>
          <Descriptions.Item label={t('syncClient.enrol.deviceId')}>{enrolment.deviceId}</Descriptions.Item>
          {enrolment.seat && (
            <Descriptions.Item label={t('syncClient.enrol.seat')}>
              <span data-testid="enrolled-seat">{t('syncClient.enrol.seatHint', { seat: enrolment.seat, example: `${requestNumberPrefix(enrolment.orgPath, Date.parse(enrolment.enrolledAt), enrolment.seat)}0001` })}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
    );
  }
  return (
    <Card size="small" title={t('syncClient.enrol.title')}>
      <Typography.Paragraph type="secondary">{again ? t('syncClient.enrol.againHint') : t('syncClient.enrol.intro')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} data-testid="enrol-problem" />}
      <Form<Values>
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ centreUrl: defaultUrl, label: t('syncClient.enrol.labelDefault', { station: orgName(stationPath) }) }}
      >
        <Form.Item name="centreUrl" label={t('syncClient.enrol.centreUrl')} rules={[{ required: true }]} extra={t('syncClient.enrol.centreUrlHint')}>
          <Input data-testid="enrol-url" autoComplete="off" />
        </Form.Item>
        <Form.Item name="code" label={t('syncClient.enrol.code')} rules={[{ required: true, min: 6 }]}>
          <Input data-testid="enrol-code" autoComplete="off" />
        </Form.Item>
        <Form.Item name="label" label={t('syncClient.enrol.label')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="enrol-submit">{t('syncClient.enrol.submit')}</Button>
      </Form>
    </Card>
  );
}
