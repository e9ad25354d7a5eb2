import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { orgName } from '../../../../shared/org/org-tree';
import type { OrgPath } from '../../../../shared/org/org-path';
import { parseCentreAddress } from '../../../../shared/sync/centre-address';
import { db } from '../../db';
import { changeCentreAddress, enrol, BadCentreUrl, EnrolmentMismatch } from '../../sync/enrolment';
import { SyncError } from '../../sync/errors';
import type { Enrolment } from '../../sync/local-state';
import { desktopBridge } from '../../sync/transport';
import { APP_VERSION } from '../../sync/version';
import { requestNumberPrefix } from '../../../../shared/requests/number';

interface Values {
  centreUrl: string;
  code: string;
  label: string;
}

/** The address field's rule: the same check main and the sync client make (shared/sync/centre-address.ts). */
const addressRule = (t: TFunction): Rule => ({
  validator: async (_rule, value: string | undefined) => {
    const parsed = parseCentreAddress(value ?? '');
    if (!parsed.ok) throw new Error(t(`syncClient.enrol.address.${parsed.problem}`));
  },
});

/** The plain words for a failed enrolment or address check. */
function problemText(t: TFunction, e: unknown, stationPath: OrgPath): string {
  if (e instanceof EnrolmentMismatch) return t('syncClient.enrol.mismatch', { codeFor: `${orgName(e.codeFor)} (${e.codeFor})`, station: orgName(stationPath) });
  if (e instanceof BadCentreUrl) return t(`syncClient.enrol.address.${e.problem}`);
  if (e instanceof SyncError && (e.kind === 'forbidden' || e.kind === 'unauthorised')) return t('syncClient.enrol.refused', { message: e.message });
  if (e instanceof SyncError) return t(`syncClient.error.${e.kind}`, { message: e.message, seconds: e.retryAfterSeconds ?? 60 });
  return (e as Error).message;
}

/**
 * Where the address field starts: the address the desktop app keeps (settings.json), else the
 * enrolled one, else the centre that served this page.
 */
function useDefaultAddress(enrolment: Enrolment | null): string | undefined {
  const [kept, setKept] = useState<string | null | undefined>(desktopBridge() ? undefined : null);
  useEffect(() => {
    const bridge = desktopBridge();
    if (bridge) void bridge.centreAddress().then(setKept, () => setKept(null));
  }, []);
  if (kept === undefined) return undefined;
  // The installed app's own origin is never the centre's; a page the centre served is.
  const servedBy = desktopBridge() || !location.protocol.startsWith('http') ? '' : location.origin;
  return kept ?? enrolment?.centreUrl ?? servedBy;
}

/** Enrolment with the centre: the form before, the device's identity after (and "connect again"). */
export function EnrolCard({ stationPath, enrolment }: { stationPath: OrgPath; enrolment: Enrolment | null }) {
  const { t } = useTranslation();
  const [again, setAgain] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const defaultUrl = useDefaultAddress(enrolment);

  const submit = async (values: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      await enrol(db, { ...values, appVersion: APP_VERSION, stationPath });
      setAgain(false);
    } catch (e) {
      setProblem(problemText(t, e, stationPath));
    } finally {
      setBusy(false);
    }
  };

  if (enrolment && !again) {
    return (
      <Card size="small" title={t('syncClient.enrol.enrolledAs')} extra={<Button size="small" onClick={() => setAgain(true)}>{t('syncClient.enrol.again')}</Button>}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('syncClient.enrol.centreUrl')}>
            <CentreAddress enrolment={enrolment} stationPath={stationPath} />
          </Descriptions.Item>
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
      {defaultUrl !== undefined && (
        <Form<Values>
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{ centreUrl: defaultUrl, label: t('syncClient.enrol.labelDefault', { station: orgName(stationPath) }) }}
        >
          <Form.Item name="centreUrl" label={t('syncClient.enrol.centreUrl')} rules={[addressRule(t)]} extra={t('syncClient.enrol.centreUrlHint')}>
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
      )}
    </Card>
  );
}

/** The enrolled centre's address, changeable in place when the centre moves. */
function CentreAddress({ enrolment, stationPath }: { enrolment: Enrolment; stationPath: OrgPath }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async ({ address }: { address: string }) => {
    setBusy(true);
    setOutcome(null);
    try {
      const { health, centreUrl } = await changeCentreAddress(db, address);
      setEditing(false);
      setOutcome({ ok: true, text: t('syncClient.enrol.addressSaved', { url: centreUrl, version: health.version }) });
    } catch (e) {
      setOutcome({ ok: false, text: problemText(t, e, stationPath) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <Space wrap>
        <span data-testid="enrolled-centre">{enrolment.centreUrl}</span>
        {/* A page served by the centre lives at its origin: a moved centre is a new page, not a new address. */}
        {!editing && desktopBridge() && <Button size="small" type="link" onClick={() => setEditing(true)} data-testid="change-address">{t('syncClient.enrol.changeAddress')}</Button>}
      </Space>
      {outcome && <Alert type={outcome.ok ? 'success' : 'error'} showIcon message={outcome.text} data-testid="address-outcome" />}
      {editing && (
        <Form<{ address: string }> layout="inline" onFinish={(v) => void save(v)} initialValues={{ address: enrolment.centreUrl }}>
          <Form.Item name="address" label={t('syncClient.enrol.newAddress')} rules={[addressRule(t)]} extra={t('syncClient.enrol.changeAddressHint')}>
            <Input data-testid="new-address" autoComplete="off" style={{ width: 320 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="save-address">{t('syncClient.enrol.saveAddress')}</Button>
          <Button onClick={() => setEditing(false)} style={{ marginLeft: 8 }}>{t('syncClient.enrol.cancel')}</Button>
        </Form>
      )}
    </Space>
  );
}
