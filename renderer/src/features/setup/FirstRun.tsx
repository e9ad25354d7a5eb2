import { useMemo, useState } from 'react';
import { App, Button, Card, Form, Input, Steps, TreeSelect, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CITY_PATH, type OrgPath } from '../../../../shared/org/org-path';
import { orgName, orgUnit } from '../../../../shared/org/org-tree';
import { db } from '../../db';
import { createOperator, OperatorInputError } from '../../session/operators';
import { useSession } from '../../session/store';
import { DEFAULT_LOCK_MINUTES, saveStation } from '../../station/station';
import { orgTreeData } from './orgTreeData';
import { PinFields } from './PinFields';

interface OperatorForm {
  name: string;
  pin: string;
  pinAgain: string;
}

/**
 * First run on a new PC: choose the org unit this station serves, then create the first
 * operator, who becomes the station admin and can add the others.
 */
export function FirstRun() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const signIn = useSession((s) => s.signIn);
  const [step, setStep] = useState(0);
  const [orgPath, setOrgPath] = useState<OrgPath | undefined>();
  const [form] = Form.useForm<OperatorForm>();
  const [saving, setSaving] = useState(false);
  const treeData = useMemo(() => [{ value: CITY_PATH, title: orgName(CITY_PATH), children: orgTreeData() }], []);

  const finish = async (values: OperatorForm) => {
    if (!orgPath) return;
    setSaving(true);
    try {
      const operator = await createOperator(db, { name: values.name, pin: values.pin, role: 'stationAdmin' });
      await saveStation({ orgPath, setUpAt: new Date().toISOString(), lockAfterMinutes: DEFAULT_LOCK_MINUTES });
      signIn(operator);
      message.success(t('setup.done'));
    } catch (e) {
      if (e instanceof OperatorInputError) form.setFields([{ name: e.field === 'role' ? 'name' : e.field, errors: [t(`errors.${e.code}`)] }]);
      else throw e;
    } finally {
      setSaving(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 64 }}>
      <Card style={{ width: 560 }} title={<Typography.Title level={3} style={{ margin: 0 }}>{t('setup.welcome')}</Typography.Title>}>
        <Steps size="small" current={step} items={[{ title: t('setup.stepStation') }, { title: t('setup.stepOperator') }]} style={{ marginBottom: 24 }} />
        {step === 0 ? (
          <Form layout="vertical" onFinish={() => setStep(1)}>
            <Typography.Paragraph type="secondary">{t('setup.stationHint')}</Typography.Paragraph>
            <Form.Item label={t('setup.station')} name="orgPath" rules={[{ required: true, message: t('setup.stationRequired') }]}>
              <TreeSelect
                showSearch
                treeNodeFilterProp="title"
                treeData={treeData}
                placeholder={t('setup.stationPlaceholder')}
                onChange={(v: OrgPath) => setOrgPath(v)}
                treeDefaultExpandedKeys={[CITY_PATH]}
                listHeight={360}
                data-testid="station-picker"
              />
            </Form.Item>
            {orgPath && <Typography.Paragraph>{t('setup.level')}: {t(`level.${orgUnit(orgPath)?.level ?? 'city'}`)}</Typography.Paragraph>}
            <Button type="primary" htmlType="submit" block>{t('common.next')}</Button>
          </Form>
        ) : (
          <Form form={form} layout="vertical" onFinish={finish} autoComplete="off">
            <Typography.Paragraph type="secondary">{t('setup.operatorHint', { station: orgName(orgPath!) })}</Typography.Paragraph>
            <Form.Item label={t('operator.name')} name="name" rules={[{ required: true, whitespace: true, message: t('errors.nameRequired') }, { max: 20, message: t('errors.nameLength') }]}>
              <Input autoFocus maxLength={20} />
            </Form.Item>
            <PinFields />
            <div style={{ display: 'flex', gap: 8 }}>
              <Button onClick={() => setStep(0)}>{t('common.back')}</Button>
              <Button type="primary" htmlType="submit" loading={saving} style={{ flex: 1 }}>{t('setup.finish')}</Button>
            </div>
          </Form>
        )}
      </Card>
    </div>
  );
}
