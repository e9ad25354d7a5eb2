import { useMemo, useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { chinaDate, weekOf } from '../../../../../shared/residents/dates';
import { orgUnit } from '../../../../../shared/org/org-tree';
import { can } from '../../../session/permissions';
import { useStation } from '../../../station/station';
import { orgTreeData } from '../../setup/orgTreeData';
import { useSession } from '../../../session/store';
import { useNow } from '../../requests/now';
import { VolunteerPicker } from '../../volunteers/shared-records/VolunteerPicker';
import { VisitStateTag } from '../tags';
import { VisitForm } from '../visit/VisitForm';
import { duePlan, PLAN_LIMIT, type PlanRow } from './queries';
import { RepairCard } from './RepairCard';

/** 走访计划 what is due this week and what is late, for the station or one member; and the households waiting for a new member. */
export function PlanPage() {
  const { t } = useTranslation();
  const role = useSession((s) => s.operator?.role);
  const today = chinaDate(useNow(60_000));
  const week = weekOf(today);
  const station = useStation();
  const [volunteerId, setVolunteerId] = useState<string | undefined>();
  const [within, setWithin] = useState<string | undefined>();
  const [visiting, setVisiting] = useState<PlanRow | null>(null);
  const plan = useLiveQuery(() => duePlan(today, { volunteerId, within }), [today, volunteerId, within]);
  // A town or county station looks at one of its service points, or all of them.
  const points = useMemo(() => (station && orgUnit(station.orgPath)?.level !== 'village' ? orgTreeData(station.orgPath) : []), [station]);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('residents.plan.title')}</Typography.Title>}
        extra={<Space>
          {points.length > 0 && <TreeSelect allowClear showSearch treeNodeFilterProp="title" style={{ width: 200 }} placeholder={t('residents.plan.allPoints')}
            aria-label={t('residents.plan.point')} treeData={points} value={within} onChange={(v?: string) => setWithin(v)} />}
          <span>{t('residents.plan.member')}</span><div style={{ width: 240 }}><VolunteerPicker value={volunteerId} onChange={(v) => setVolunteerId(v as string | undefined)} /></div>
        </Space>}>
        <Typography.Paragraph type="secondary">{t('residents.plan.week', { from: week.start, to: week.end })}</Typography.Paragraph>
        {plan?.more && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('residents.plan.more', { count: PLAN_LIMIT })} />}
        <Table<PlanRow>
          size="small"
          data-testid="plan"
          rowKey={(r) => r.pairing.id}
          loading={!plan}
          dataSource={plan?.rows}
          pagination={false}
          scroll={{ y: 420 }}
          locale={{ emptyText: t('residents.plan.empty') }}
          columns={[
            { title: t('residents.plan.status'), width: 130, render: (_, r) => <VisitStateTag status={r.status} /> },
            { title: t('residents.plan.due'), width: 110, render: (_, r) => r.status.due },
            { title: t('residents.plan.resident'), width: 100, render: (_, r) => <Link to={`/residents/${r.pairing.residentId}`}>{r.resident?.name ?? ''}</Link> },
            { title: t('residents.field.address'), ellipsis: true, render: (_, r) => r.resident?.address ?? '' },
            { title: t('residents.plan.member_'), width: 100, render: (_, r) => r.member?.name ?? '' },
            { title: t('residents.plan.frequency'), width: 80, render: (_, r) => <Tag>{t(`residents.frequency.${r.pairing.frequency}`)}</Tag> },
            {
              title: t('residents.plan.action'), width: 110,
              render: (_, r) => can(role, 'editRecords') && r.resident && <Button size="small" onClick={() => setVisiting(r)}>{t('residents.visit.record')}</Button>,
            },
          ]}
        />
      </Card>
      <RepairCard today={today} />
      {visiting?.resident && <VisitForm resident={visiting.resident} pairingId={visiting.pairing.id} onClose={() => setVisiting(null)} />}
    </Space>
  );
}
