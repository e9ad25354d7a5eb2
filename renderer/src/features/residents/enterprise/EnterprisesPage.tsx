import { useMemo, useState } from 'react';
import { Button, Card, Input, Space, Table, Typography } from 'antd';
import { FileExcelOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ServedEnterprise } from '../../../../../shared/domain/entities';
import { can } from '../../../session/permissions';
import { useSession } from '../../../session/store';
import { useStation } from '../../../station/station';
import { useVisibleRecords } from '../../volunteers/queries';
import { EnterpriseForm } from './EnterpriseForm';
import { ChecklistModal } from './ChecklistModal';
import { ExportLedgerModal } from './ExportLedgerModal';
import { useServedEnterprises } from './queries';

/** 企业走访台账 the enterprises this district's visit teams serve; each opens its ledger. */
export function EnterprisesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const station = useStation();
  const role = useSession((s) => s.operator?.role);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<ServedEnterprise | 'new' | null>(null);
  const [checklist, setChecklist] = useState(false);
  const [exporting, setExporting] = useState(false);
  const rows = useServedEnterprises(search);
  const teams = useVisibleRecords('teams', station?.orgPath);
  const teamNames = useMemo(() => new Map((teams ?? []).map((x) => [x.id, x.name])), [teams]);
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('residents.enterprise.title')}</Typography.Title>}
      extra={<Space>
        {can(role, 'manageStation') && <Button icon={<SettingOutlined />} onClick={() => setChecklist(true)}>{t('residents.enterprise.configure')}</Button>}
        <Button icon={<FileExcelOutlined />} onClick={() => setExporting(true)}>{t('residents.enterprise.export')}</Button>
        {can(role, 'editRecords') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('residents.enterprise.add')}</Button>}
      </Space>}>
      <Input.Search allowClear placeholder={t('residents.enterprise.search')} aria-label={t('residents.enterprise.search')} style={{ width: 260, marginBottom: 12 }} onSearch={setSearch} />
      <Table<ServedEnterprise>
        rowKey="id" size="small" loading={!rows} dataSource={rows} scroll={{ x: 1000, y: 480 }}
        pagination={{ pageSize: 100, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
        onRow={(r) => ({ onClick: () => navigate(`/residents/enterprises/${r.id}`), style: { cursor: 'pointer' } })}
        locale={{ emptyText: search ? t('common.noMatch') : t('residents.enterprise.empty') }}
        columns={[
          { title: t('residents.enterprise.name'), dataIndex: 'name', ellipsis: true },
          { title: t('residents.enterprise.creditCode'), dataIndex: 'creditCode', width: 190 },
          { title: t('residents.enterprise.industry'), dataIndex: 'industry', width: 100 },
          { title: t('residents.enterprise.address'), dataIndex: 'address', ellipsis: true },
          { title: t('residents.enterprise.contactName'), dataIndex: 'contactName', width: 90 },
          { title: t('residents.enterprise.contactMobile'), dataIndex: 'contactMobile', width: 120 },
          { title: t('residents.enterprise.team'), dataIndex: 'teamId', width: 160, ellipsis: true, render: (id?: string) => (id ? teamNames.get(id) ?? '' : '') },
          {
            title: '', width: 70, render: (_, r) => can(role, 'editRecords') && (
              <Button size="small" type="link" onClick={(e) => { e.stopPropagation(); setEditing(r); }}>{t('residents.enterprise.edit')}</Button>
            ),
          },
        ]}
      />
      {editing && <EnterpriseForm existing={editing === 'new' ? undefined : editing} teams={teams ?? []} onClose={() => setEditing(null)} />}
      {checklist && station && <ChecklistModal stationPath={station.orgPath} onClose={() => setChecklist(false)} />}
      {exporting && <ExportLedgerModal enterprises={rows ?? []} teams={teams ?? []} onClose={() => setExporting(false)} />}
    </Card>
  );
}
