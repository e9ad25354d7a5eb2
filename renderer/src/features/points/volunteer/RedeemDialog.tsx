import { useState } from 'react';
import { Alert, App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volunteer } from '../../../../../shared/domain/entities';
import { data } from '../../../db';
import { currentActor } from '../../../session/store';
import { useStation } from '../../../station/station';
import { redeem, RedemptionRefused } from '../commands';
import { showCenti } from '../format';

/** 兑换: goods for points at this station; never more than the balance this station sees. */
export function RedeemDialog({ volunteer, balance, onClose }: { volunteer: Volunteer; balance: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const station = useStation();
  const [form] = Form.useForm<{ goods: string; points: number }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { goods: string; points: number }) => {
    if (!station) return;
    setBusy(true);
    setError(null);
    try {
      await redeem(data, currentActor(), station.orgPath, { volunteerId: volunteer.id, goods: v.goods, points: v.points });
      message.success(t('points.redeem.done', { points: v.points, goods: v.goods }));
      onClose();
    } catch (e) {
      if (!(e instanceof RedemptionRefused)) throw e;
      setError(t(`points.redeem.refused.${e.code}`, { balance: showCenti(e.balance) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('points.redeem.title', { name: volunteer.name })} okText={t('points.redeem.confirm')} cancelText={t('points.cancel')}
      confirmLoading={busy} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Typography.Paragraph>{t('points.redeem.balance', { balance: showCenti(balance) })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item label={t('points.redeem.goods')} name="goods" rules={[{ required: true, whitespace: true, message: t('points.problem.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('points.redeem.points')} name="points"
          rules={[{ required: true, message: t('points.problem.required') }, { type: 'number', min: 0.01, max: Math.max(0, balance / 100), message: t('points.redeem.refused.overdraw', { balance: showCenti(balance) }) }]}>
          <InputNumber min={0} step={1} style={{ width: 160 }} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
