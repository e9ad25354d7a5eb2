import { useState } from 'react';
import { App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServedEnterprise, Team } from '../../../../../shared/domain/entities';
import type { ServedEnterpriseInput } from '../../../../../shared/residents/enterprise';
import { currentActor } from '../../../session/store';
import { useStation } from '../../../station/station';
import { InputRejected } from '../errors';
import { showProblems } from '../problems';
import { saveServedEnterprise } from './commands';

/** Register or edit an enterprise the district serves; the credit code is checked (GB 32100-2015). */
export function EnterpriseForm({ existing, teams, onClose }: { existing?: ServedEnterprise; teams: Team[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const station = useStation();
  const [form] = Form.useForm<ServedEnterpriseInput>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    if (!station) return;
    setSaving(true);
    try {
      const saved = await saveServedEnterprise(currentActor(), existing?.orgPath ?? station.orgPath, form.getFieldsValue(true) as ServedEnterpriseInput, existing?.id);
      message.success(t('residents.enterprise.saved', { name: saved.name }));
      onClose();
    } catch (e) {
      if (!(e instanceof InputRejected)) throw e;
      showProblems(form, t, e.problems);
    } finally {
      setSaving(false);
    }
  };
  const item = (name: keyof ServedEnterpriseInput, max: number, required = true) => (
    <Form.Item label={t(`residents.enterprise.${name}`)} name={name} required={required}><Input maxLength={max} /></Form.Item>
  );
  return (
    <Drawer open title={existing ? `${t('residents.enterprise.edit')} · ${existing.name}` : t('residents.enterprise.add')} size={480} onClose={onClose} destroyOnHidden
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" loading={saving} onClick={() => void submit()}>{t('common.save')}</Button></Space>}>
      <Form<ServedEnterpriseInput> form={form} layout="vertical" autoComplete="off" initialValues={existing}
        onValuesChange={(changed: ServedEnterpriseInput) => form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof ServedEnterpriseInput, errors: [] })))}>
        {item('name', 60)}
        {item('creditCode', 18)}
        {item('address', 120)}
        {item('industry', 30)}
        {item('contactName', 30)}
        {item('contactMobile', 13)}
        <Form.Item label={t('residents.enterprise.team')} name="teamId">
          <Select allowClear showSearch optionFilterProp="label" options={teams.map((x) => ({ value: x.id, label: x.name }))} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
