import { Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { RequestEventData, RequestEventKind } from '../../../../../shared/requests/events';
import type { RequestState } from '../../../../../shared/requests/lifecycle';
import { ancestorsOf, isWithin } from '../../../../../shared/org/org-path';
import { orgName } from '../../../../../shared/org/org-tree';
import type { AssigneeOption } from '../queries';
import { AssigneeSelect } from './AssigneeSelect';

/** What the action forms hold before they become event data. */
export interface ActionValues {
  assigneeKind?: AssigneeOption['kind'];
  assignee?: AssigneeOption;
  toPath?: string;
  reason?: string;
  note?: string;
  result?: string;
  hours?: { volunteer?: AssigneeOption; hours?: number }[];
  satisfaction?: RequestEventData['callback']['satisfaction'];
  card?: RequestEventData['supervise']['card'];
  until?: Dayjs;
  approved?: boolean;
}

/** Kinds that carry nothing but the fact: recorded with one click. */
export const NO_FORM: readonly RequestEventKind[] = ['accept', 'start', 'resume', 'archive'];

export function escalateTargets(state: RequestState): string[] {
  return ancestorsOf(state.holderPath).reverse();
}

export function sendDownTargets(state: RequestState): string[] {
  return [...ancestorsOf(state.originPath), state.originPath].filter((p) => p !== state.holderPath && isWithin(p, state.holderPath));
}

export function initialValues(kind: RequestEventKind, state: RequestState): ActionValues {
  switch (kind) {
    case 'dispatch': return { assigneeKind: 'volunteer' };
    case 'escalate': return { toPath: escalateTargets(state)[0] };
    case 'sendDown': return { toPath: sendDownTargets(state).at(-1) };
    case 'complete': return { hours: state.assignee?.kind === 'volunteer' ? [{ volunteer: { kind: 'volunteer', id: state.assignee.id, name: state.assignee.name }, hours: 1 }] : [{ hours: 1 }] };
    case 'callback': return { satisfaction: 'satisfied', note: '' };
    case 'supervise': return { card: state.supervision === 'normal' ? 'yellow' : 'red', note: '' };
    case 'decideExtension': return { approved: true, note: '' };
    default: return { note: '' };
  }
}

export function toEventData(kind: RequestEventKind, v: ActionValues): Record<string, unknown> {
  switch (kind) {
    case 'dispatch': return { assigneeKind: v.assigneeKind, assigneeId: v.assignee?.id ?? '', assigneeName: v.assignee?.name ?? '' };
    case 'escalate':
    case 'sendDown': return { toPath: v.toPath ?? '', reason: v.reason ?? '' };
    case 'return':
    case 'pause': return { reason: v.reason ?? '' };
    case 'complete':
      return { result: v.result ?? '', hours: (v.hours ?? []).filter((h) => h.volunteer).map((h) => ({ volunteerId: h.volunteer!.id, hours: h.hours ?? 0 })) };
    case 'callback': return { satisfaction: v.satisfaction, note: v.note ?? '' };
    case 'supervise': return { card: v.card, note: v.note ?? '' };
    case 'remind': return { note: v.note ?? '' };
    case 'requestExtension': return { until: v.until?.toDate().toISOString() ?? '', reason: v.reason ?? '' };
    case 'decideExtension': return { approved: v.approved ?? false, note: v.note ?? '' };
    default: return {};
  }
}

/** The fields of one action's small form. */
export function ActionFields({ kind, state }: { kind: RequestEventKind; state: RequestState }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ActionValues>();
  const assigneeKind = Form.useWatch('assigneeKind', form) ?? 'volunteer';
  const required = [{ required: true, whitespace: true, message: t('requests.problem.required') }];
  const reason = <Form.Item label={t('requests.form.reason')} name="reason" rules={required}><Input.TextArea autoSize maxLength={500} /></Form.Item>;
  const note = <Form.Item label={t('requests.form.note')} name="note"><Input.TextArea autoSize maxLength={500} /></Form.Item>;
  const units = (paths: string[]) => (
    <Form.Item label={t('requests.form.to')} name="toPath" rules={[{ required: true, message: t('requests.problem.required') }]}>
      <Select options={paths.map((p) => ({ value: p, label: orgName(p) }))} />
    </Form.Item>
  );
  switch (kind) {
    case 'dispatch':
      return (
        <>
          <Form.Item label={t('requests.form.assigneeKind')} name="assigneeKind">
            <Radio.Group optionType="button" onChange={() => form.setFieldValue('assignee', undefined)}
              options={(['volunteer', 'team', 'enterprise', 'provider'] as const).map((k) => ({ value: k, label: t(`requests.assigneeKind.${k}`) }))} />
          </Form.Item>
          <Form.Item label={t('requests.form.assignee')} name="assignee" rules={[{ required: true, message: t('requests.problem.required') }]}>
            <AssigneeSelect kind={assigneeKind} />
          </Form.Item>
        </>
      );
    case 'escalate': return <>{units(escalateTargets(state))}{reason}</>;
    case 'sendDown': return <>{units(sendDownTargets(state))}{reason}</>;
    case 'return':
    case 'pause': return reason;
    case 'complete':
      return (
        <>
          <Form.Item label={t('requests.form.result')} name="result" rules={required}><Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} /></Form.Item>
          <Form.List name="hours">
            {(fields, { add, remove }) => (
              <Form.Item label={t('requests.form.hours')}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                    <Form.Item name={[f.name, 'volunteer']} style={{ width: 220 }}><AssigneeSelect kind="volunteer" ariaLabel={t('requests.form.volunteer')} /></Form.Item>
                    <Form.Item name={[f.name, 'hours']}><InputNumber min={0.5} max={24} step={0.5} aria-label={t('requests.form.hours')} /></Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ hours: 1 })}>{t('requests.form.addVolunteer')}</Button>
              </Form.Item>
            )}
          </Form.List>
        </>
      );
    case 'callback':
      return (
        <>
          <Form.Item label={t('requests.form.satisfaction')} name="satisfaction">
            <Radio.Group optionType="button" buttonStyle="solid"
              options={(['satisfied', 'basicallySatisfied', 'dissatisfied'] as const).map((s) => ({ value: s, label: t(`requests.satisfaction.${s}`) }))} />
          </Form.Item>
          {note}
        </>
      );
    case 'supervise':
      return (
        <>
          <Form.Item label={t('requests.form.card')} name="card">
            <Radio.Group optionType="button" options={(['normal', 'yellow', 'red'] as const).map((c) => ({ value: c, label: t(`requests.card.${c}`) }))} />
          </Form.Item>
          {note}
        </>
      );
    case 'requestExtension':
      return (
        <>
          <Form.Item label={t('requests.form.until')} name="until" rules={[{ required: true, message: t('requests.problem.required') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          {reason}
        </>
      );
    case 'decideExtension':
      return (
        <>
          <Form.Item label={t('requests.form.approved')} name="approved">
            <Radio.Group optionType="button" options={[{ value: true, label: t('requests.eventText.approved') }, { value: false, label: t('requests.eventText.refused') }]} />
          </Form.Item>
          {note}
        </>
      );
    default:
      return note;
  }
}
