import { useEffect, useState } from 'react';
import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { orgName } from '../../../../shared/org/org-tree';
import { db } from '../../db';
import { signIn } from '../../session/operators';
import { useSession } from '../../session/store';
import type { Station } from '../../station/station';

/** Shown at start and after inactivity: pick your name, type your PIN. */
export function LockScreen({ station }: { station: Station }) {
  const { t } = useTranslation();
  const operators = useLiveQuery(() => db.operators.orderBy('name').filter((o) => !o.disabled).toArray(), [], []);
  const setOperator = useSession((s) => s.signIn);
  const [form] = Form.useForm<{ operatorId: string; pin: string }>();
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    if (!form.getFieldValue('operatorId') && operators[0]) form.setFieldValue('operatorId', operators[0].id);
  }, [operators, form]);

  const submit = async ({ operatorId, pin }: { operatorId: string; pin: string }) => {
    setChecking(true);
    const operator = await signIn(db, operatorId, pin);
    setChecking(false);
    if (operator) setOperator(operator);
    else form.setFields([{ name: 'pin', errors: [t('lock.wrongPin')], value: '' }]);
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 96 }}>
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}><LockOutlined /> {t('app.name')}</Typography.Title>
        <Typography.Paragraph type="secondary">{orgName(station.orgPath)}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item label={t('lock.operator')} name="operatorId" rules={[{ required: true, message: t('lock.chooseOperator') }]}>
            <Select options={operators.map((o) => ({ value: o.id, label: `${o.name} · ${t(`role.${o.role}`)}` }))} showSearch optionFilterProp="label" />
          </Form.Item>
          <Form.Item label={t('operator.pin')} name="pin" rules={[{ required: true, message: t('errors.pinFormat') }]}>
            <Input.Password autoFocus inputMode="numeric" maxLength={8} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={checking}>{t('lock.unlock')}</Button>
        </Form>
      </Card>
    </div>
  );
}
