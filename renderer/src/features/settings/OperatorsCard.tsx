import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Operator, OperatorRole } from '../../../../shared/domain/entities';
import { db } from '../../db';
import { createOperator, OperatorInputError } from '../../session/operators';
import { useSession } from '../../session/store';
import { can } from '../../session/permissions';
import { PinFields } from '../setup/PinFields';

const ROLES: OperatorRole[] = ['clerk', 'stationAdmin', 'supervisor'];

/** The operators who share this PC; only a station admin adds them. */
export function OperatorsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useSession((s) => s.operator?.role);
  const operators = useLiveQuery(() => db.operators.orderBy('name').toArray(), [], []);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string; role: OperatorRole; pin: string }>();
  const admin = can(role, 'manageOperators');

  // The form outlives the dialog: a name and PIN, saved or cancelled, must not wait there for the next admin.
  const close = () => {
    form.resetFields();
    setOpen(false);
  };

  const submit = async (values: { name: string; role: OperatorRole; pin: string }) => {
    try {
      await createOperator(db, values);
      message.success(t('operator.added', { name: values.name }));
      close();
    } catch (e) {
      if (e instanceof OperatorInputError) form.setFields([{ name: e.field, errors: [t(`errors.${e.code}`)] }]);
      else throw e;
    }
  };

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('settings.operators')}</Typography.Title>}
      extra={admin && <Button icon={<UserAddOutlined />} onClick={() => setOpen(true)}>{t('operator.add')}</Button>}>
      <Table<Operator> rowKey="id" size="small" pagination={false} dataSource={operators}
        columns={[
          { title: t('operator.name'), dataIndex: 'name' },
          { title: t('operator.role'), dataIndex: 'role', render: (r: OperatorRole) => t(`role.${r}`) },
          { title: t('operator.createdAt'), dataIndex: 'createdAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
        ]} />
      {!admin && <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('operator.onlyAdmin')}</Typography.Paragraph>}
      <Modal title={t('operator.add')} open={open} onCancel={close} onOk={() => form.submit()} okText={t('common.save')} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'clerk' }} autoComplete="off">
          <Form.Item label={t('operator.name')} name="name" rules={[{ required: true, whitespace: true, message: t('errors.nameRequired') }]}><Input maxLength={20} /></Form.Item>
          <Form.Item label={t('operator.role')} name="role"><Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} /></Form.Item>
          <PinFields />
        </Form>
      </Modal>
    </Card>
  );
}
