import { useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Divider, Drawer, Form, Input, InputNumber, Row, Space, Statistic, Switch, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { checkRule, type EffectiveRule, type RuleSettings } from '../../../../../shared/points/rule';
import { data, db } from '../../../db';
import { currentActor } from '../../../session/store';
import { useStation } from '../../../station/station';
import { saveRule } from '../commands';
import { showCenti } from '../format';
import { previewRule, type RulePreview } from './preview';

type Values = Omit<RuleSettings, 'effectiveFrom'> & { effectiveFrom: Dayjs };

const toSettings = (v: Values): RuleSettings => ({ ...v, effectiveFrom: v.effectiveFrom?.format('YYYY-MM-DD') ?? '' });

/**
 * A new rule version (city centre only): the form, then the difference it makes to every
 * volunteer's points, then — only after seeing it — saving. Changing a field again clears the
 * preview, so what is saved is always what was previewed.
 */
export function RuleForm({ base, onClose }: { base: EffectiveRule; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const station = useStation();
  const [form] = Form.useForm<Values>();
  const [preview, setPreview] = useState<RulePreview | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const { id: _id, ...settings } = base;
  const initial: Values = { ...settings, name: '', effectiveFrom: dayjs().add(1, 'month').startOf('month') };

  const check = async (): Promise<RuleSettings | null> => {
    const values = toSettings(await form.validateFields());
    const checked = checkRule(values);
    if (checked.ok) return checked.value;
    form.setFields(checked.problems.map((p) => ({ name: p.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) as unknown as keyof Values, errors: [t('points.problem.invalid')] })));
    return null;
  };

  const runPreview = async () => {
    const value = await check().catch(() => null);
    if (!value) return;
    setProgress(0);
    try {
      setPreview(await previewRule(db, value, setProgress));
    } finally {
      setProgress(null);
    }
  };

  const save = async () => {
    const value = await check().catch(() => null);
    if (!value || !station) return;
    setSaving(true);
    try {
      await saveRule(data, currentActor(), station.orgPath, value);
      message.success(t('points.rules.saved'));
      onClose();
    } finally {
      setSaving(false);
    }
  };

  const num = (name: (string | number)[], label: string, props: { min?: number; max?: number; step?: number } = {}) => (
    <Form.Item label={label} name={name} rules={[{ required: true, message: t('points.problem.required') }]}><InputNumber style={{ width: '100%' }} {...props} /></Form.Item>
  );

  return (
    <Drawer open size={720} title={t('points.rules.add')} onClose={onClose}
      extra={<Space>
        <Button onClick={onClose}>{t('points.cancel')}</Button>
        <Button onClick={() => void runPreview()} loading={progress !== null}>{t('points.rules.preview')}</Button>
        <Button type="primary" disabled={!preview} loading={saving} onClick={() => void save()}>{t('points.rules.apply')}</Button>
      </Space>}>
      <Form form={form} layout="vertical" initialValues={initial} onValuesChange={() => setPreview(null)}>
        <Row gutter={12}>
          <Col span={14}><Form.Item label={t('points.rules.name')} name="name" rules={[{ required: true, whitespace: true, message: t('points.problem.required') }]}><Input maxLength={100} /></Form.Item></Col>
          <Col span={10}><Form.Item label={t('points.rules.effectiveFrom')} name="effectiveFrom" rules={[{ required: true, message: t('points.problem.required') }]}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Row gutter={12}>
          <Col span={6}>{num(['pointsPerHour'], t('points.rules.pointsPerHour'), { min: 0.01, max: 1000 })}</Col>
          <Col span={6}>{num(['multipliers', 'urgent'], t('points.multiplier.urgent'), { min: 1, max: 5, step: 0.1 })}</Col>
          <Col span={6}>{num(['multipliers', 'night'], t('points.multiplier.night'), { min: 1, max: 5, step: 0.1 })}</Col>
          <Col span={6}>{num(['multipliers', 'holiday'], t('points.multiplier.holiday'), { min: 1, max: 5, step: 0.1 })}</Col>
        </Row>
        <Row gutter={12}>
          <Col span={6}>{num(['satisfactionBonus'], t('points.rules.satisfactionBonus'), { min: 0, max: 1000 })}</Col>
          <Col span={6}>{num(['deductions', 'dissatisfied'], t('points.rules.deduction'), { min: 0, max: 1000 })}</Col>
          <Col span={6}><Form.Item label={t('points.rules.yearlyReset')} name="yearlyReset" valuePropName="checked"><Switch /></Form.Item></Col>
          <Col span={6}>{num(['carryOverRate'], t('points.rules.carryOverRate'), { min: 0, max: 1, step: 0.1 })}</Col>
        </Row>
        <Typography.Text strong>{t('points.rules.stars')}</Typography.Text>
        <Row gutter={8} style={{ marginTop: 8 }}>
          {[0, 1, 2, 3, 4].map((i) => <Col key={i} span={4}>{num(['starThresholds', i], '★'.repeat(i + 1), { min: 1, max: 100_000 })}</Col>)}
        </Row>
        <Typography.Text strong>{t('points.rules.excellent')}</Typography.Text>
        <Row gutter={12} style={{ marginTop: 8 }}>
          <Col span={8}>{num(['excellent', 'minHours'], t('points.excellent.minHours'), { min: 0 })}</Col>
          <Col span={8}>{num(['excellent', 'minRecords'], t('points.excellent.minRecords'), { min: 0 })}</Col>
          <Col span={8}>{num(['excellent', 'maxDissatisfied'], t('points.excellent.maxDissatisfied'), { min: 0 })}</Col>
        </Row>
      </Form>
      <Divider />
      {progress !== null && <Typography.Text type="secondary">{t('points.rules.previewing', { count: progress })}</Typography.Text>}
      {!preview && progress === null && <Alert type="info" showIcon title={t('points.rules.previewFirst')} />}
      {preview && (
        <div data-testid="rule-preview">
          <Row gutter={12} style={{ marginBottom: 12 }}>
            <Col span={6}><Statistic title={t('points.rules.diff.records')} value={preview.summary.records} /></Col>
            <Col span={6}><Statistic title={t('points.rules.diff.volunteers')} value={preview.changed} /></Col>
            <Col span={6}><Statistic title={t('points.rules.diff.before')} value={showCenti(preview.summary.before)} /></Col>
            <Col span={6}><Statistic title={t('points.rules.diff.after')} value={showCenti(preview.summary.after)} /></Col>
          </Row>
          <Table size="small" rowKey="volunteerId" pagination={false} dataSource={preview.top} locale={{ emptyText: t('points.rules.diff.none') }}
            columns={[
              { title: t('points.record.volunteer'), dataIndex: 'name' },
              { title: t('points.rules.diff.before'), key: 'b', align: 'right', render: (_, c) => showCenti(c.before) },
              { title: t('points.rules.diff.after'), key: 'a', align: 'right', render: (_, c) => showCenti(c.after) },
              { title: t('points.rules.diff.delta'), key: 'd', align: 'right', render: (_, c) => <span style={{ color: c.delta > 0 ? '#389e0d' : '#cf1322' }}>{c.delta > 0 ? '+' : ''}{showCenti(c.delta)}</span> },
            ]} />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>{t('points.rules.diff.note')}</Typography.Paragraph>
        </div>
      )}
    </Drawer>
  );
}
