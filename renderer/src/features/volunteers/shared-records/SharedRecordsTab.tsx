import { useMemo, useState } from 'react';
import { Button, Space, Table, Tag, Tooltip } from 'antd';
import { EditOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ColumnsType } from 'antd/es/table';
import { orgName } from '../../../../../shared/org/org-tree';
import { editableAt } from '../../../../../shared/registry/scope';
import { skillName } from '../../../../../shared/registry/cell-values';
import { catalogueItem } from '../../../catalogue/live';
import { maskMobile } from '../../../../../shared/validation/mobile';
import { db } from '../../../db';
import { useStation } from '../../../station/station';
import { useVisibleRecords, volunteersByIds, type SharedTable } from '../queries';
import { RecordForm } from './RecordForm';

type Row = Record<string, unknown> & { id: string; orgPath: string; name: string };

const items = (codes: unknown) => ((codes as string[]) ?? []).map((c) => catalogueItem(c)?.name ?? c).join('、');
const rate = (r: unknown) => (typeof r === 'number' ? `${Math.round(r * 100)}%` : '—');

function columnsFor(table: SharedTable, t: TFunction, names: Map<string, string>): ColumnsType<Row> {
  const tt = (k: string) => t(`registry.${k}`);
  switch (table) {
    case 'teams': return [
      { title: tt('team.type'), dataIndex: 'type', width: 100, render: (v: string) => t(`registry.teamType.${v}`) },
      { title: tt('team.level'), dataIndex: 'level', width: 130, render: (v: string) => t(`level.${v}`) },
      { title: tt('team.leader'), dataIndex: 'leaderId', width: 90, render: (v?: string) => (v ? names.get(v) ?? '' : tt('noLeader')) },
      { title: tt('team.serviceObjects'), dataIndex: 'serviceObjects', ellipsis: true },
    ];
    case 'studios': return [
      { title: tt('studio.leader'), dataIndex: 'leaderId', width: 150, render: (v: string) => names.get(v) ?? '' },
      { title: tt('studio.speciality'), dataIndex: 'speciality', ellipsis: true },
      { title: tt('studio.members'), dataIndex: 'memberIds', width: 70, render: (m: string[]) => m.length + 1 },
    ];
    case 'enterprises': return [
      { title: tt('enterprise.creditCode'), dataIndex: 'creditCode', width: 180 },
      { title: tt('enterprise.items'), dataIndex: 'serviceItemCodes', ellipsis: true, render: items },
      { title: tt('enterprise.contactName'), dataIndex: 'contactName', width: 80 },
      { title: tt('enterprise.contactMobile'), dataIndex: 'contactMobile', width: 120, render: (v: string) => maskMobile(v) },
      { title: tt('enterprise.joinDate'), dataIndex: 'joinDate', width: 100 },
      { title: tt('enterprise.complaints'), dataIndex: 'complaints', width: 80 },
      { title: tt('enterprise.satisfaction'), dataIndex: 'satisfactionRate', width: 90, render: rate },
    ];
    default: return [
      { title: tt('provider.mobile'), dataIndex: 'mobile', width: 120, render: (v: string) => maskMobile(v) },
      { title: tt('provider.skills'), dataIndex: 'skills', ellipsis: true, render: (s: string[]) => s.map(skillName).join('、') },
      { title: tt('provider.items'), dataIndex: 'serviceItemCodes', ellipsis: true, render: items },
      { title: tt('provider.joinDate'), dataIndex: 'joinDate', width: 100 },
      { title: tt('provider.complaints'), dataIndex: 'complaints', width: 80 },
      { title: tt('provider.satisfaction'), dataIndex: 'satisfactionRate', width: 90, render: rate },
    ];
  }
}

/**
 * One shared-down table as this station sees it: its own records, editable, and those kept by
 * the units above it, marked read-only (shared/registry/scope).
 */
export function SharedRecordsTab({ table }: { table: SharedTable }) {
  const { t } = useTranslation();
  const station = useStation()?.orgPath;
  const rows = useVisibleRecords(table, station) as Row[] | undefined;
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const leaderIds = useMemo(() => (rows ?? []).map((r) => r.leaderId as string | undefined).filter((x): x is string => Boolean(x)), [rows]);
  const names = useLiveQuery(async () => new Map([...(await volunteersByIds(leaderIds))].map(([id, v]) => [id, v.name])), [leaderIds.join(',')], new Map<string, string>());
  const edit = async (row: Row) => {
    // A team's members are the volunteers naming it; the form edits that list as a whole.
    const memberIds = table === 'teams' ? await db.synced('volunteers').where('teamIds').equals(row.id).primaryKeys() : undefined;
    setEditing(memberIds ? { ...row, memberIds } : row);
  };
  if (!station) return null;
  const columns: ColumnsType<Row> = [
    { title: t(`registry.${table === 'teams' ? 'team' : table === 'studios' ? 'studio' : table === 'enterprises' ? 'enterprise' : 'provider'}.name`), dataIndex: 'name', width: 240, ellipsis: true },
    ...columnsFor(table, t, names),
    { title: t('registry.owner'), dataIndex: 'orgPath', width: 110, ellipsis: true, render: (p: string) => orgName(p) },
    {
      title: '', key: 'actions', width: 90, fixed: 'right',
      render: (_, r) => (editableAt(r.orgPath, station)
        ? <Button size="small" type="link" icon={<EditOutlined />} onClick={() => void edit(r)}>{t('registry.actions.edit')}</Button>
        : <Tooltip title={t('registry.readOnlyHint', { owner: orgName(r.orgPath) })}><Tag icon={<LockOutlined />}>{t('registry.readOnly')}</Tag></Tooltip>),
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'flex-end' }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('registry.actions.addRecord', { what: t(`registry.tabs.${table}`) })}</Button>
      </Space>
      <Table<Row> rowKey="id" size="small" loading={!rows} dataSource={rows} columns={columns} scroll={{ x: 1000, y: 520 }} virtual
        pagination={false} locale={{ emptyText: t(`registry.empty.${table}`) }} />
      {editing && <RecordForm table={table} station={station} record={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
