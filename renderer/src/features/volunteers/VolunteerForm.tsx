import { useMemo, useState } from 'react';
import { App, Button, Drawer, Form, Input, Select, Space, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolunteerField, VolunteerInput } from '../../../../shared/domain/volunteer-input';
import { SKILLS } from '../../../../shared/catalogue/catalogue';
import { orgName, orgUnit } from '../../../../shared/org/org-tree';
import { currentActor } from '../../session/store';
import { useStation } from '../../station/station';
import { orgTreeData } from '../setup/orgTreeData';
import { registerVolunteer, VolunteerRejected } from './commands';

/** Register one volunteer; every problem is shown at its field and nothing is saved. */
export function VolunteerForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const station = useStation();
  const [form] = Form.useForm<VolunteerInput>();
  const [saving, setSaving] = useState(false);
  const stationPath = station?.orgPath;
  const isVillage = stationPath ? orgUnit(stationPath)?.level === 'village' : false;
  // A town or county station registers volunteers for itself or any service point below it.
  const tree = useMemo(
    () => (stationPath && !isVillage ? [{ value: stationPath, title: orgName(stationPath), children: orgTreeData(stationPath) }] : []),
    [stationPath, isVillage],
  );

  const submit = async (values: VolunteerInput) => {
    if (!stationPath) return;
    setSaving(true);
    try {
      const servicePoint = isVillage ? stationPath : values.servicePoint;
      await registerVolunteer(currentActor(), stationPath, { ...values, servicePoint });
      message.success(t('volunteers.saved', { name: values.name }));
      form.resetFields();
      onClose();
    } catch (e) {
      if (!(e instanceof VolunteerRejected)) throw e;
      form.setFields(
        e.problems.map((p) => ({
          name: p.field as VolunteerField,
          errors: [t(`errors.${p.code}`, { name: e.existing?.name, number: e.existing?.volunteerNo })],
        })),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer title={t('volunteers.add')} open={open} onClose={onClose} size={480} destroyOnHidden
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" loading={saving} onClick={() => form.submit()}>{t('common.save')}</Button></Space>}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ politicalStatus: 'partyMember', servicePoint: stationPath }} autoComplete="off">
        <Form.Item label={t('volunteer.name')} name="name" required>
          <Input autoFocus maxLength={30} />
        </Form.Item>
        <Form.Item label={t('volunteer.idNumber')} name="idNumber" required extra={t('volunteers.idHint')}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item label={t('volunteer.mobile')} name="mobile" required>
          <Input maxLength={11} inputMode="tel" />
        </Form.Item>
        <Form.Item label={t('volunteer.politicalStatus')} name="politicalStatus">
          <Select options={['partyMember', 'leagueMember', 'masses'].map((v) => ({ value: v, label: t(`political.${v}`) }))} />
        </Form.Item>
        <Form.Item label={t('volunteer.partyBranch')} name="partyBranch"><Input maxLength={50} /></Form.Item>
        <Form.Item label={t('volunteer.skills')} name="skills">
          <Select mode="multiple" optionFilterProp="label" options={SKILLS.map((s) => ({ value: s.code, label: s.name }))} />
        </Form.Item>
        {!isVillage && (
          <Form.Item label={t('volunteer.servicePoint')} name="servicePoint" required>
            <TreeSelect showSearch treeNodeFilterProp="title" treeData={tree} treeDefaultExpandedKeys={stationPath ? [stationPath] : []} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
