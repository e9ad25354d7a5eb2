import { useEffect, useState } from 'react';
import { App, Button, Col, DatePicker, Divider, Form, Input, Modal, Radio, Row, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ServedEnterprise } from '../../../../../shared/domain/entities';
import { needFromFailedCheck, type ChecklistAnswer } from '../../../../../shared/residents/enterprise';
import { catalogueItem } from '../../../../../shared/catalogue/catalogue';
import { currentActor, useSession } from '../../../session/store';
import { useStation } from '../../../station/station';
import { db } from '../../../db';
import { now } from '../../requests/now';
import { ItemSelect } from '../../requests/intake/ItemSelect';
import { VolunteerPicker } from '../../volunteers/shared-records/VolunteerPicker';
import { InputRejected } from '../errors';
import { showProblems } from '../problems';
import { DEFAULT_NEED_ITEM, recordEnterpriseVisit, type Need } from './commands';
import { stationChecklist } from './checklist';

type RaisedNeed = Need & { fromCheck?: string };
interface Values {
  date: dayjs.Dayjs;
  visitorIds: string[];
  checklist: ChecklistAnswer[];
  findings?: string;
  needs?: string;
  raised: RaisedNeed[];
}

/**
 * An enterprise visit for the ledger. Marking a check failed adds a need for it (its text follows
 * the note until the clerk rewrites it); each need becomes a request when the visit is saved,
 * 企业经营咨询 (7 days) unless another item is chosen.
 */
export function EnterpriseVisitForm({ enterprise, onClose }: { enterprise: ServedEnterprise; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const station = useStation();
  const operator = useSession((s) => s.operator);
  const [form] = Form.useForm<Values>();
  const [items, setItems] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
  // Read once when the form opens: the visit keeps the checks as they read now, whatever changes later.
  const stationPath = station?.orgPath;
  useEffect(() => {
    if (stationPath) void stationChecklist(db, stationPath).then((c) => setItems(c.items));
  }, [stationPath]);

  /** Keeps one need per failed check, in step with the answers and notes. */
  const syncNeeds = () => {
    const { checklist = [], raised = [] } = form.getFieldsValue(true) as Values;
    const failed = checklist.filter((a) => a.passed === false);
    const kept = raised.filter((n) => !n.fromCheck || failed.some((a) => a.item === n.fromCheck));
    for (const a of failed) {
      const text = needFromFailedCheck({ item: a.item, passed: false, note: a.note?.trim() || undefined });
      const existing = kept.find((n) => n.fromCheck === a.item);
      if (!existing) kept.push({ fromCheck: a.item, itemCode: DEFAULT_NEED_ITEM, description: text, urgency: 'normal' });
      else if (!existing.description || existing.description.startsWith(`未通过:${a.item}`)) existing.description = text;
    }
    form.setFieldsValue({ raised: kept });
  };

  const submit = async () => {
    if (!station || !operator) return;
    const v = form.getFieldsValue(true) as Values;
    setSaving(true);
    try {
      const { requests } = await recordEnterpriseVisit(currentActor(), { stationPath: station.orgPath, role: operator.role }, {
        enterpriseId: enterprise.id, date: v.date?.format('YYYY-MM-DD'), visitorIds: v.visitorIds, checklist: v.checklist, findings: v.findings, needs: v.needs,
      }, (v.raised ?? []).map(({ itemCode, description, urgency }) => ({ itemCode, description, urgency })));
      message.success(requests.length ? t('residents.enterprise.savedWithRequests', { numbers: requests.map((r) => r.number).join('、') }) : t('residents.enterprise.saved_'));
      onClose();
    } catch (e) {
      if (!(e instanceof InputRejected)) throw e;
      // A check's problem is shown where it is fixed: an unanswered one at its buttons, a missing explanation at its note.
      showProblems(form, t, e.problems.map((p) => (/^checklist\.\d+$/.test(p.field) ? { ...p, field: `${p.field}.${p.code === 'unanswered' ? 'passed' : 'note'}` } : p)));
    } finally {
      setSaving(false);
    }
  };

  if (!items) return null;
  return (
    <Modal open width={820} title={t('residents.enterprise.recordTitle', { name: enterprise.name })} onCancel={onClose} onOk={() => void submit()} confirmLoading={saving}
      okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden maskClosable={false}>
      <Form<Values> form={form} layout="vertical" autoComplete="off"
        initialValues={{ date: dayjs(now()), visitorIds: [], checklist: items.map((item) => ({ item })), raised: [] }}
        onValuesChange={(changed: Partial<Values>) => {
          form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Values, errors: [] })));
          if (changed.checklist) syncNeeds();
        }}>
        <Row gutter={12}>
          <Col span={8}><Form.Item label={t('residents.enterprise.date')} name="date" required><DatePicker allowClear={false} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={16}><Form.Item label={t('residents.enterprise.visitors')} name="visitorIds" required><VolunteerPicker multiple /></Form.Item></Col>
        </Row>
        <Divider titlePlacement="start" plain>{t('residents.enterprise.checklist')}</Divider>
        <Form.List name="checklist">
          {(fields) => fields.map((f, i) => (
            <Row key={f.key} gutter={8} align="middle" data-testid="check">
              <Col span={9} style={{ paddingBottom: 8 }}><Typography.Text>{items[i]}</Typography.Text></Col>
              <Col span={6}>
                <Form.Item name={[f.name, 'passed']} style={{ marginBottom: 8 }}>
                  <Radio.Group optionType="button" size="small" options={[{ value: true, label: t('residents.enterprise.passed') }, { value: false, label: t('residents.enterprise.failed') }]} />
                </Form.Item>
              </Col>
              <Col span={9}>
                <Form.Item name={[f.name, 'note']} style={{ marginBottom: 8 }}><Input size="small" placeholder={t('residents.enterprise.note')} aria-label={`${items[i]} ${t('residents.enterprise.note')}`} maxLength={200} /></Form.Item>
              </Col>
            </Row>
          ))}
        </Form.List>
        <Form.Item label={t('residents.enterprise.findings')} name="findings"><Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} /></Form.Item>
        <Form.Item label={t('residents.enterprise.needs')} name="needs"><Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} /></Form.Item>
        <Divider titlePlacement="start" plain>{t('residents.enterprise.raised')}</Divider>
        <Form.List name="raised">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => {
                const from = form.getFieldValue(['raised', f.name, 'fromCheck']) as string | undefined;
                const code = form.getFieldValue(['raised', f.name, 'itemCode']) as string | undefined;
                const tier = code ? catalogueItem(code)?.timeLimitTier : undefined;
                return (
                  <Row key={f.key} gutter={8} data-testid="need">
                    <Col span={8}>
                      <Form.Item name={[f.name, 'itemCode']} style={{ marginBottom: 4 }} extra={tier && <Tag>{t('requests.intake.timeLimit', { tier: t(`requests.intake.tier.${tier}`) })}</Tag>}>
                        <ItemSelect onChosen={() => undefined} />
                      </Form.Item>
                    </Col>
                    <Col span={14}>
                      <Form.Item name={[f.name, 'description']} style={{ marginBottom: 4 }} extra={from && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('residents.enterprise.fromCheck')}:{from}</Typography.Text>}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} aria-label={t('residents.visit.description')} />
                      </Form.Item>
                    </Col>
                    <Col span={2}><Button type="text" danger icon={<DeleteOutlined />} aria-label={t('residents.visit.remove')} onClick={() => remove(f.name)} /></Col>
                  </Row>
                );
              })}
              <Button icon={<PlusOutlined />} onClick={() => add({ itemCode: DEFAULT_NEED_ITEM, urgency: 'normal' })}>{t('residents.enterprise.addNeed')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
