import { useMemo, useState } from 'react';
import { App, Button, Input, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import type { Volunteer } from '../../../../shared/domain/entities';
import { SKILLS } from '../../../../shared/catalogue/catalogue';
import { skillName } from '../../../../shared/registry/cell-values';
import { maskResidentId } from '../../../../shared/validation/resident-id';
import { maskMobile } from '../../../../shared/validation/mobile';
import { orgName } from '../../../../shared/org/org-tree';
import { useSession } from '../../session/store';
import { can } from '../../session/permissions';
import { useStation } from '../../station/station';
import { useVisibleRecords, useVolunteerPage, type VolunteerFilter } from './queries';
import { VolunteerForm } from './VolunteerForm';
import { ImportWizard } from './import/ImportWizard';
import { exportVolunteerList } from './export-volunteers';

const PAGE_SIZE = 100;

/**
 * The volunteer list: search by name, pinyin, initials or mobile, filter by skill, team and
 * status — each through an index — in pages of 100, so it stays
 * smooth at a county's 181,000 volunteers.
 */
export function VolunteerList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useSession((s) => s.operator?.role);
  const station = useStation();
  const [filter, setFilter] = useState<VolunteerFilter>({ search: '' });
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const result = useVolunteerPage(filter, page, PAGE_SIZE);
  const teams = useVisibleRecords('teams', station?.orgPath);
  const teamNames = useMemo(() => new Map((teams ?? []).map((x) => [x.id, x.name])), [teams]);
  const unmasked = can(role, 'viewUnmaskedIdentity');
  // The record being edited is named in the address (`?record=`), so the 同步 page's
  // "fix it on its page" opens it here.
  const [params, setParams] = useSearchParams();
  const recordId = params.get('record');
  const editing = useLiveQuery(async () => (recordId ? (await db.synced('volunteers').get(recordId)) ?? null : null), [recordId]);
  const openRecord = (id: string) => setParams((p) => { p.set('record', id); return p; });
  const closeRecord = () => setParams((p) => { p.delete('record'); return p; });
  const change = (next: Partial<VolunteerFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPage(0);
  };
  const runExport = async () => {
    setExporting(true);
    try {
      const count = await exportVolunteerList(t, filter, { unmasked, teamNames });
      if (count !== null) message.success(t('registry.exported', { count }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Input.Search allowClear placeholder={t('volunteers.searchPlaceholder')} aria-label={t('volunteers.searchPlaceholder')} style={{ width: 260 }} onSearch={(v) => change({ search: v })} />
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('registry.filter.skill')} aria-label={t('registry.filter.skill')} style={{ width: 150 }}
            options={SKILLS.map((s) => ({ value: s.code, label: s.name }))} onChange={(skill?: string) => change({ skill })} />
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('registry.filter.team')} aria-label={t('registry.filter.team')} style={{ width: 220 }}
            options={(teams ?? []).map((x) => ({ value: x.id, label: x.name }))} onChange={(teamId?: string) => change({ teamId })} />
          <Select allowClear placeholder={t('registry.filter.status')} aria-label={t('registry.filter.status')} style={{ width: 110 }}
            options={(['active', 'inactive', 'left'] as const).map((s) => ({ value: s, label: t(`volunteerStatus.${s}`) }))} onChange={(status?: Volunteer['status']) => change({ status })} />
        </Space>
        <Space wrap>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>{t('registry.actions.import')}</Button>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void runExport()}>{t('registry.actions.export')}</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('volunteers.add')}</Button>
        </Space>
      </Space>
      <Table<Volunteer>
        rowKey="id"
        size="small"
        scroll={{ x: 1400, y: 520 }}
        loading={!result}
        dataSource={result?.rows}
        pagination={{ current: page + 1, pageSize: PAGE_SIZE, total: result?.total ?? 0, showSizeChanger: false, onChange: (p) => setPage(p - 1), showTotal: (n) => t('common.total', { count: n }) }}
        columns={[
          { title: t('volunteer.volunteerNo'), dataIndex: 'volunteerNo', width: 160 },
          { title: t('volunteer.name'), dataIndex: 'name', width: 90 },
          { title: t('volunteer.gender'), dataIndex: 'gender', width: 76, render: (g: string) => t(`gender.${g}`) },
          { title: t('volunteer.idNumber'), dataIndex: 'idNumber', width: 180, render: (v: string) => (unmasked ? v : maskResidentId(v)) },
          { title: t('volunteer.mobile'), dataIndex: 'mobile', width: 120, render: (v: string) => (unmasked ? v : maskMobile(v)) },
          { title: t('volunteer.politicalStatus'), dataIndex: 'politicalStatus', width: 110, render: (p: string) => t(`political.${p}`) },
          { title: t('volunteer.skills'), dataIndex: 'skills', width: 180, ellipsis: true, render: (s: string[]) => s.map(skillName).join('、') },
          { title: t('registry.volunteer.teams'), dataIndex: 'teamIds', width: 180, ellipsis: true, render: (ids: string[]) => ids.map((id) => teamNames.get(id) ?? '').filter(Boolean).join('、') },
          { title: t('volunteer.servicePoint'), dataIndex: 'servicePoint', width: 120, ellipsis: true, render: (p: string) => orgName(p) },
          { title: t('registry.volunteer.availability'), dataIndex: 'availability', width: 100, ellipsis: true },
          { title: t('volunteer.status'), dataIndex: 'status', width: 72, render: (s: string) => <Tag color={s === 'active' ? 'green' : 'default'}>{t(`volunteerStatus.${s}`)}</Tag> },
          { title: '', key: 'edit', width: 70, fixed: 'right', render: (_, v) => <Button size="small" type="link" onClick={() => openRecord(v.id)}>{t('registry.actions.edit')}</Button> },
        ]}
        locale={{ emptyText: filter.search || filter.skill || filter.teamId || filter.status ? t('common.noMatch') : t('volunteers.empty') }}
      />
      <VolunteerForm open={adding} onClose={() => setAdding(false)} />
      {editing && !editing.deleted && <VolunteerForm key={editing.id} open editing={editing} onClose={closeRecord} />}
      {importing && <ImportWizard onClose={() => setImporting(false)} />}
    </>
  );
}
