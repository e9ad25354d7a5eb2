import { useState } from 'react';
import { App, Button, Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Radio, Row, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Resident, Urgency } from '../../../../../shared/domain/entities';
import { URGENCIES } from '../../../../../shared/requests/request-input';
import { chinaDate } from '../../../../../shared/residents/dates';
import { isActivePairing } from '../../../../../shared/residents/visit-schedule';
import { currentActor, useSession } from '../../../session/store';
import { useStation } from '../../../station/station';
import { now } from '../../requests/now';
import { ItemSelect } from '../../requests/intake/ItemSelect';
import { VolunteerPicker } from '../../volunteers/shared-records/VolunteerPicker';
import { pairingsOf } from '../queries';
import { InputRejected } from '../errors';
import { showProblems } from '../problems';
import { recordVisit, type Demand } from '../visits';
import type { PhotoDraft } from '../../../../../shared/residents/photos';
import { PhotoPicker } from './PhotoPicker';

interface Values {
  date: dayjs.Dayjs;
  visitorIds: string[];
  findings?: string;
  followUp?: string;
  hours?: number | null;
  demands: Demand[];
  photos: PhotoDraft[];
}

/**
 * 走访记录 a visit to one household. The paired members are the visitors by default; each demand
 * heard is a row (service item, what is needed, a number to call back) and becomes a request
 * when the visit is saved, with nothing typed twice. Photos are optional (PhotoPicker).
 */
export function VisitForm({ resident, pairingId, onClose }: { resident: Resident; pairingId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const station = useStation();
  const operator = useSession((s) => s.operator);
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const today = chinaDate(now());
  const members = useLiveQuery(async () => (await pairingsOf(resident.id)).filter((p) => isActivePairing(p.pairing, today)).map((p) => p.pairing.volunteerId), [resident.id, today]);

  const submit = async () => {
    if (!station || !operator) return;
    const v = form.getFieldsValue(true) as Values;
    setSaving(true);
    try {
      const { requests } = await recordVisit(currentActor(), { stationPath: station.orgPath, role: operator.role }, {
        residentId: resident.id, pairingId, date: v.date?.format('YYYY-MM-DD'), visitorIds: v.visitorIds, findings: v.findings, followUp: v.followUp, hours: v.hours ?? undefined,
      }, v.demands ?? [], v.photos ?? []);
      message.success(requests.length > 0 ? t('residents.visit.savedWithRequests', { numbers: requests.map((r) => r.number).join('、') }) : t('residents.visit.saved'));
      onClose();
    } catch (e) {
      if (!(e instanceof InputRejected)) throw e;
      showProblems(form, t, e.problems);
    } finally {
      setSaving(false);
    }
  };

  if (!members) return null;
  return (
    <Modal open width={760} title={t('residents.visit.title', { name: resident.name })} onCancel={onClose} onOk={() => void submit()} confirmLoading={saving}
      okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden maskClosable={false}>
      <Form<Values> form={form} layout="vertical" autoComplete="off" initialValues={{ date: dayjs(now()), visitorIds: members, demands: [], photos: [] }}
        onValuesChange={(changed: Partial<Values>) => form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Values, errors: [] })))}>
        <Row gutter={12}>
          <Col span={8}><Form.Item label={t('residents.visit.date')} name="date" required><DatePicker allowClear={false} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={10}><Form.Item label={t('residents.visit.visitors')} name="visitorIds" required><VolunteerPicker multiple /></Form.Item></Col>
          <Col span={6}>
            <Form.Item label={t('residents.visit.hours')} name="hours" tooltip={t('residents.visit.hoursHint')}>
              <InputNumber min={0.5} max={12} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('residents.visit.findings')} name="findings" required><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} /></Form.Item>
        <Form.Item label={t('residents.visit.followUp')} name="followUp"><Input maxLength={500} /></Form.Item>
        <Form.Item label={t('residents.photo.label')} name="photos">
          <PhotoPicker onProblem={(problem) => form.setFields([{ name: 'photos', errors: problem ? [problem] : [] }])} />
        </Form.Item>
        <Divider titlePlacement="start" plain>{t('residents.visit.demands')}</Divider>
        <Form.List name="demands">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} data-testid="demand" style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px 0', marginBottom: 8 }}>
                  <Row gutter={12}>
                    <Col span={12}>
                      <Form.Item label={t('residents.visit.item')} name={[f.name, 'itemCode']} required>
                        <ItemSelect onChosen={() => undefined} />
                      </Form.Item>
                    </Col>
                    <Col span={8}><Form.Item label={t('residents.visit.callerMobile')} name={[f.name, 'callerMobile']} required><Input maxLength={13} inputMode="tel" /></Form.Item></Col>
                    <Col span={4} style={{ textAlign: 'right', paddingTop: 30 }}>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('residents.visit.remove')} onClick={() => remove(f.name)} />
                    </Col>
                  </Row>
                  <Form.Item label={t('residents.visit.description')} name={[f.name, 'description']} required>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
                  </Form.Item>
                  <Form.Item label={t('residents.visit.urgency')} name={[f.name, 'urgency']}>
                    <Radio.Group optionType="button" size="small" options={URGENCIES.map((u: Urgency) => ({ value: u, label: t(`requests.urgency.${u}`) }))} />
                  </Form.Item>
                </div>
              ))}
              <Space>
                <Button icon={<PlusOutlined />} onClick={() => add({ urgency: 'normal', callerMobile: resident.mobile ?? '' })}>{t('residents.visit.addDemand')}</Button>
                {fields.length === 0 && <Typography.Text type="secondary">{t('residents.visit.noDemands')}</Typography.Text>}
              </Space>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
