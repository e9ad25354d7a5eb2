import { useState } from 'react';
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SKILLS } from '../../../../../shared/catalogue/catalogue';
import { useCatalogue } from '../../../catalogue/live';
import { TEAM_TYPES } from '../../../../../shared/registry/org-input';
import { currentActor } from '../../../session/store';
import { problemText } from '../problem-text';
import type { SharedTable } from '../queries';
import { RecordRejected, saveShared, type SharedInputs } from './commands';
import { VolunteerPicker } from './VolunteerPicker';

const SKILL_OPTIONS = SKILLS.map((s) => ({ value: s.code, label: s.name }));

type Values = Record<string, unknown> & { joinDate?: Dayjs; satisfaction?: number };

/** Adds or edits one team, studio, enterprise or provider; every problem is shown at its field. */
export function RecordForm({ table, station, record, onClose }: { table: SharedTable; station: string; record?: Record<string, unknown> & { id: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const ITEM_OPTIONS = useCatalogue().activeItems.map((i) => ({ value: i.code, label: i.name }));
  const f = (key: string) => t(`registry.${table === 'teams' ? 'team' : table === 'studios' ? 'studio' : table === 'enterprises' ? 'enterprise' : 'provider'}.${key}`);
  const initial: Values = record
    ? { ...record, joinDate: record.joinDate ? dayjs(record.joinDate as string) : undefined, satisfaction: typeof record.satisfactionRate === 'number' ? Math.round(record.satisfactionRate * 100) : undefined }
    : { complaints: 0 };

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const { joinDate, satisfaction, ...rest } = values;
      const input = { ...rest, ...(joinDate ? { joinDate: joinDate.format('YYYY-MM-DD') } : {}), ...(satisfaction !== undefined && satisfaction !== null ? { satisfactionRate: satisfaction / 100 } : {}) };
      await saveShared(currentActor(), table, station, input as unknown as SharedInputs[typeof table], record?.id);
      message.success(t('registry.saved', { name: values.name }));
      onClose();
    } catch (e) {
      if (!(e instanceof RecordRejected)) throw e;
      form.setFields(e.problems.map((p) => ({ name: p.field === 'satisfactionRate' ? 'satisfaction' : p.field, errors: [problemText(t, p.code)] })));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer open title={record ? t('registry.actions.edit') : `${t('registry.actions.add')} · ${t(`registry.tabs.${table}`)}`} size={520} onClose={onClose} destroyOnHidden
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" loading={saving} onClick={() => form.submit()}>{t('common.save')}</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} autoComplete="off">
        <Form.Item label={f('name')} name="name" required><Input autoFocus maxLength={60} /></Form.Item>
        {table === 'teams' && (
          <>
            <Form.Item label={f('type')} name="type" required><Select options={TEAM_TYPES.map((v) => ({ value: v, label: t(`registry.teamType.${v}`) }))} /></Form.Item>
            <Form.Item label={f('leader')} name="leaderId"><VolunteerPicker /></Form.Item>
            <Form.Item label={t('registry.members')} name="memberIds"><VolunteerPicker multiple /></Form.Item>
            <Form.Item label={f('serviceObjects')} name="serviceObjects"><Input maxLength={100} /></Form.Item>
          </>
        )}
        {table === 'studios' && (
          <>
            <Form.Item label={f('leader')} name="leaderId" required><VolunteerPicker /></Form.Item>
            <Form.Item label={f('speciality')} name="speciality" required><Input maxLength={60} /></Form.Item>
            <Form.Item label={f('members')} name="memberIds"><VolunteerPicker multiple /></Form.Item>
          </>
        )}
        {table === 'enterprises' && (
          <>
            <Form.Item label={f('creditCode')} name="creditCode" required><Input maxLength={18} /></Form.Item>
            <Form.Item label={f('contactName')} name="contactName" required><Input maxLength={30} /></Form.Item>
            <Form.Item label={f('contactMobile')} name="contactMobile" required><Input maxLength={13} inputMode="tel" /></Form.Item>
          </>
        )}
        {table === 'providers' && (
          <>
            <Form.Item label={f('mobile')} name="mobile" required><Input maxLength={13} inputMode="tel" /></Form.Item>
            <Form.Item label={f('skills')} name="skills"><Select mode="multiple" optionFilterProp="label" options={SKILL_OPTIONS} /></Form.Item>
          </>
        )}
        {(table === 'enterprises' || table === 'providers') && (
          <>
            <Form.Item label={f('items')} name="serviceItemCodes" required={table === 'enterprises'}><Select mode="multiple" optionFilterProp="label" options={ITEM_OPTIONS} /></Form.Item>
            <Form.Item label={f('area')} name="area" required><Input maxLength={60} /></Form.Item>
            <Form.Item label={f('joinDate')} name="joinDate" required><DatePicker style={{ width: '100%' }} /></Form.Item>
            <Space>
              <Form.Item label={f('complaints')} name="complaints"><InputNumber min={0} precision={0} /></Form.Item>
              <Form.Item label={f('satisfaction')} name="satisfaction"><InputNumber min={0} max={100} /></Form.Item>
            </Space>
          </>
        )}
      </Form>
    </Drawer>
  );
}
