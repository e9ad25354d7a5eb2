import { useEffect, useMemo, useState } from 'react';
import { App, Button, Checkbox, Col, Divider, Drawer, Form, Input, Radio, Row, Select, Space, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Resident } from '../../../../../shared/domain/entities';
import { DISABILITY_TYPES, LIVING_SITUATIONS, RESIDENT_CATEGORIES, RISK_LEVELS, type ResidentInput } from '../../../../../shared/residents/resident-input';
import { maskResident } from '../../../../../shared/residents/masking';
import { orgName, orgUnit } from '../../../../../shared/org/org-tree';
import { can } from '../../../session/permissions';
import { currentActor, useSession } from '../../../session/store';
import { useStation } from '../../../station/station';
import { orgTreeData } from '../../setup/orgTreeData';
import { registerResident, updateResident } from '../commands';
import { InputRejected, NotAllowed } from '../errors';
import { showProblems } from '../problems';
import type { Stored } from '../../../db';

type Values = ResidentInput & { servicePoint?: string };

/**
 * Register or edit a household. Sensitive fields (ID number, disability details, income) are
 * open only to roles allowed to edit them; an existing record's are shown unmasked only when the
 * caller has revealed them (and so audited the view).
 */
export function ResidentForm({ existing, revealed = false, onClose, onSaved }: {
  existing?: Stored<Resident>;
  /** The caller has revealed (and audited) the record's sensitive fields; otherwise they are shown masked and kept as they are. */
  revealed?: boolean;
  onClose: () => void;
  onSaved?: (r: Stored<Resident>) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const station = useStation();
  const operator = useSession((s) => s.operator);
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const categories = Form.useWatch('categories', form) ?? existing?.categories ?? [];
  const allowed = can(operator?.role, 'editSensitiveResident');
  const sensitive = allowed && (!existing || revealed);
  const stationPath = station?.orgPath;
  const isVillage = stationPath ? orgUnit(stationPath)?.level === 'village' : false;
  const tree = useMemo(
    () => (stationPath && !isVillage && !existing ? [{ value: stationPath, title: orgName(stationPath), children: orgTreeData(stationPath) }] : []),
    [stationPath, isVillage, existing],
  );

  // The station is read asynchronously: the form may open before it is known.
  useEffect(() => {
    if (stationPath && !existing && !form.getFieldValue('servicePoint')) form.setFieldsValue({ servicePoint: stationPath });
  }, [stationPath, existing, form]);

  const submit = async () => {
    if (!stationPath || !operator) return;
    const typed = form.getFieldsValue(true) as Values;
    // Masked fields were never typed: they keep what the record holds.
    const values: Values = existing && !sensitive
      ? { ...typed, idNumber: existing.idNumber, disability: existing.disability, elderly: typed.elderly && { ...typed.elderly, incomeSource: existing.elderly?.incomeSource } }
      : typed;
    setSaving(true);
    try {
      const ctx = { stationPath, role: operator.role };
      const saved = existing
        ? await updateResident(currentActor(), ctx, existing.id, values)
        : await registerResident(currentActor(), ctx, isVillage ? stationPath : (values.servicePoint ?? stationPath), values);
      message.success(t('residents.register.saved', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    } catch (e) {
      if (e instanceof InputRejected) showProblems(form, t, e.problems);
      else if (e instanceof NotAllowed) message.error(t('residents.problem.notAllowed'));
      else throw e;
    } finally {
      setSaving(false);
    }
  };

  const lockedHint = allowed ? t('residents.register.revealToEdit') : t('residents.register.sensitiveHint');
  const locked = !sensitive ? { disabled: true, placeholder: lockedHint } : {};
  return (
    <Drawer open title={existing ? `${t('residents.register.edit')} · ${existing.name}` : t('residents.register.add')} size={560} onClose={onClose} destroyOnHidden
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" loading={saving} onClick={() => void submit()}>{t('common.save')}</Button></Space>}>
      <Form<Values> form={form} layout="vertical" autoComplete="off"
        initialValues={existing ? (sensitive ? existing : maskResident(existing)) : { categories: ['elderly'], riskLevel: 'medium', servicePoint: stationPath, elderly: { livingSituation: 'alone' } }}
        onValuesChange={(changed: Values) => form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Values, errors: [] })))}>
        <Row gutter={12}>
          <Col span={12}><Form.Item label={t('residents.field.name')} name="name" required><Input autoFocus maxLength={30} /></Form.Item></Col>
          <Col span={12}><Form.Item label={t('residents.field.mobile')} name="mobile"><Input maxLength={13} inputMode="tel" /></Form.Item></Col>
        </Row>
        <Form.Item label={t('residents.field.address')} name="address" required><Input maxLength={120} /></Form.Item>
        {tree.length > 0 && (
          <Form.Item label={t('residents.field.servicePoint')} name="servicePoint" required>
            <TreeSelect showSearch treeNodeFilterProp="title" treeData={tree} treeDefaultExpandedKeys={stationPath ? [stationPath] : []} />
          </Form.Item>
        )}
        <Form.Item label={t('residents.field.categories')} name="categories" required>
          <Checkbox.Group options={RESIDENT_CATEGORIES.map((c) => ({ value: c, label: t(`residents.category.${c}`) }))} />
        </Form.Item>
        <Form.Item label={t('residents.field.riskLevel')} name="riskLevel" required>
          <Radio.Group optionType="button" options={RISK_LEVELS.map((r) => ({ value: r, label: t(`residents.risk.${r}`) }))} />
        </Form.Item>
        <Form.Item label={t('residents.field.idNumber')} name="idNumber" extra={!sensitive && lockedHint}>
          <Input maxLength={18} {...locked} />
        </Form.Item>
        {(categories.includes('elderly') || categories.includes('partyMemberInDifficulty')) && (
          <>
            <Divider titlePlacement="start" plain>{t('residents.register.elderlySection')}</Divider>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item label={t('residents.field.livingSituation')} name={['elderly', 'livingSituation']} required={categories.includes('elderly')}>
                  <Radio.Group optionType="button" options={LIVING_SITUATIONS.map((l) => ({ value: l, label: t(`residents.living.${l}`) }))} />
                </Form.Item>
              </Col>
              <Col span={12}><Form.Item label={t('residents.field.spouse')} name={['elderly', 'spouse']}><Input maxLength={30} /></Form.Item></Col>
            </Row>
            <Form.Item label={t('residents.field.incomeSource')} name={['elderly', 'incomeSource']}><Input maxLength={60} {...locked} /></Form.Item>
          </>
        )}
        {categories.includes('disabled') && (
          <>
            <Divider titlePlacement="start" plain>{t('residents.register.disabilitySection')}</Divider>
            <Form.Item label={t('residents.field.cardNo')} name={['disability', 'cardNo']}><Input maxLength={22} {...locked} /></Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item label={t('residents.field.disabilityType')} name={['disability', 'type']}>
                  <Select allowClear disabled={!sensitive} options={DISABILITY_TYPES.map((d) => ({ value: d, label: t(`residents.disability.${d}`) }))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label={t('residents.field.grade')} name={['disability', 'grade']}>
                  <Select allowClear disabled={!sensitive} options={[1, 2, 3, 4].map((g) => ({ value: g, label: t('residents.gradeN', { grade: g }) }))} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label={t('residents.field.guardian')} name={['disability', 'guardian']}><Input maxLength={30} {...locked} /></Form.Item>
          </>
        )}
        <Divider />
        <Form.Item label={t('residents.field.emergencyContact')} name="emergencyContact"><Input maxLength={60} /></Form.Item>
        <Form.Item label={t('residents.field.needs')} name="needs"><Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} /></Form.Item>
        <Form.Item label={t('residents.field.notes')} name="notes"><Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} /></Form.Item>
      </Form>
    </Drawer>
  );
}
