import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { ruleOn, type EffectiveRule } from '../../../../../shared/points/rule';
import { db } from '../../../db';
import { can } from '../../../session/permissions';
import { useSession } from '../../../session/store';
import { useStation } from '../../../station/station';
import { mayEditRules } from '../commands';
import { ruleTimelineOf } from '../queries';
import { chinaToday } from '../ledger';
import { starText } from '../format';
import { RuleForm } from './RuleForm';

/** What a rule says, in one block (the current rule, and each version in the history). */
export function RuleDescription({ rule }: { rule: EffectiveRule }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" bordered column={2}
      items={[
        { key: 'n', label: t('points.rules.name'), children: rule.name },
        { key: 'f', label: t('points.rules.effectiveFrom'), children: rule.effectiveFrom },
        { key: 'p', label: t('points.rules.pointsPerHour'), children: rule.pointsPerHour },
        { key: 'm', label: t('points.rules.multipliers'), children: t('points.rules.multipliersText', rule.multipliers) },
        { key: 'b', label: t('points.rules.satisfactionBonus'), children: rule.satisfactionBonus },
        { key: 'd', label: t('points.rules.deduction'), children: rule.deductions.dissatisfied },
        { key: 'r', label: t('points.rules.yearlyReset'), children: rule.yearlyReset ? t('points.rules.resetText', { rate: Math.round(rule.carryOverRate * 100) }) : t('points.rules.noReset') },
        { key: 's', label: t('points.rules.stars'), children: rule.starThresholds.map((h, i) => `${starText(i + 1).replace(/☆/g, '')} ${h}`).join(' / ') },
        { key: 'e', label: t('points.rules.excellent'), span: 2, children: t('points.rules.excellentText', { hours: rule.excellent.minHours, records: rule.excellent.minRecords, dissatisfied: rule.excellent.maxDissatisfied }) },
      ]} />
  );
}

/** 积分规则: set by the city centre and shared down; stations read them, the city adds versions. */
export function RulesPage() {
  const { t } = useTranslation();
  const station = useStation();
  const role = useSession((s) => s.operator?.role);
  const [editing, setEditing] = useState(false);
  const timeline = useLiveQuery(() => ruleTimelineOf(db), []);
  if (!station || !timeline) return null;
  const current = ruleOn(timeline, chinaToday());
  const editable = mayEditRules(station.orgPath) && can(role, 'editPointsRules');
  return (
    <Card size="small" title={<Typography.Title level={4} style={{ margin: 0 }}>{t('points.rules.title')}</Typography.Title>}
      extra={editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(true)}>{t('points.rules.add')}</Button>}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={mayEditRules(station.orgPath) ? t('points.rules.cityHelp') : t('points.rules.stationHelp')} />
      <Typography.Title level={5}>{t('points.rules.current')}{current.id === 'built-in' ? ` ${t('points.rules.builtIn')}` : ''}</Typography.Title>
      <div data-testid="current-rule"><RuleDescription rule={current} /></div>
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t('points.rules.history')}</Typography.Title>
      <Table size="small" rowKey="id" pagination={false} dataSource={[...timeline].reverse()} locale={{ emptyText: t('points.rules.none') }}
        expandable={{ expandedRowRender: (r) => <RuleDescription rule={r} /> }}
        columns={[
          { title: t('points.rules.effectiveFrom'), dataIndex: 'effectiveFrom', width: 120 },
          { title: t('points.rules.name'), dataIndex: 'name' },
          { title: t('points.rules.pointsPerHour'), dataIndex: 'pointsPerHour', width: 120 },
          { title: '', key: 'c', width: 100, render: (_, r) => (r.id === current.id ? t('points.rules.inEffect') : '') },
        ]} />
      {editing && <RuleForm base={current} onClose={() => setEditing(false)} />}
    </Card>
  );
}
