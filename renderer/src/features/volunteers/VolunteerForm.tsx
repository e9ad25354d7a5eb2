import { useMemo, useState } from 'react';
import { App, Button, Drawer, Form, Input, Select, Space, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolunteerField, VolunteerInput } from '../../../../shared/domain/volunteer-input';
import { SKILLS } from '../../../../shared/catalogue/catalogue';
import { orgName, orgUnit } from '../../../../shared/org/org-tree';
import { currentActor } from '../../session/store';
import { useStation } from '../../station/station';
import { orgTreeData } from '../setup/orgTreeData';
import type { Volunteer } from '../../../../shared/domain/entities';
import { maskResidentId } from '../../../../shared/validation/resident-id';
import { maskMobile } from '../../../../shared/validation/mobile';
import { can } from '../../session/permissions';
import { useSession } from '../../session/store';
import { registerVolunteer, updateVolunteer, VolunteerRejected } from './commands';

const editableFields = (v: Volunteer): VolunteerInput => ({
  name: v.name, idNumber: v.idNumber, mobile: v.mobile, politicalStatus: v.politicalStatus, partyBranch: v.partyBranch,
  skills: v.skills, servicePoint: v.servicePoint, professionalField: v.professionalField, availability: v.availability,
});

/**
 * Register one volunteer, or edit one (`editing`) with the same checks; every problem is shown
 * at its field and nothing is saved. A clerk who may not see identity numbers edits the rest,
 * with the ID number and mobile shown masked and kept as they are.
 */
export function VolunteerForm({ open, onClose, editing }: { open: boolean; onClose: () => void; editing?: Volunteer }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const station = useStation();
  const role = useSession((s) => s.operator?.role);
  const [form] = Form.useForm<VolunteerInput>();
  const [saving, setSaving] = useState(false);
  const identityLocked = editing !== undefined && !can(role, 'viewUnmaskedIdentity');
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
      const servicePoint = isVillage ? (editing?.servicePoint ?? stationPath) : values.servicePoint;
      if (editing) {
        const identity = identityLocked ? { idNumber: editing.idNumber, mobile: editing.mobile } : {};
        const saved = await updateVolunteer(currentActor(), editing.id, { ...values, servicePoint, ...identity });
        message.success(saved ? t('volunteers.updated', { name: values.name }) : t('volunteers.unchanged'));
      } else {
        await registerVolunteer(currentActor(), stationPath, { ...values, servicePoint });
        message.success(t('volunteers.saved', { name: values.name }));
      }
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
    <Drawer title={editing ? t('volunteers.edit') : t('volunteers.add')} open={open} onClose={onClose} size={480} destroyOnHidden
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" loading={saving} onClick={() => form.submit()}>{t('common.save')}</Button></Space>}>
      <Form form={form} layout="vertical" onFinish={submit} autoComplete="off"
        initialValues={editing ? { ...editableFields(editing), ...(identityLocked ? { idNumber: maskResidentId(editing.idNumber), mobile: maskMobile(editing.mobile) } : {}) } : { politicalStatus: 'partyMember', servicePoint: stationPath }}>
        <Form.Item label={t('volunteer.name')} name="name" required>
          <Input autoFocus maxLength={30} />
        </Form.Item>
        <Form.Item label={t('volunteer.idNumber')} name="idNumber" required extra={identityLocked ? t('volunteers.identityLocked') : t('volunteers.idHint')}>
          <Input maxLength={18} disabled={identityLocked} />
        </Form.Item>
        <Form.Item label={t('volunteer.mobile')} name="mobile" required>
          <Input maxLength={11} inputMode="tel" disabled={identityLocked} />
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
