import { useState } from 'react';
import { Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Resident } from '../../../../../shared/domain/entities';
import { RESIDENT_CATEGORIES, RISK_LEVELS } from '../../../../../shared/residents/resident-input';
import { maskMobile } from '../../../../../shared/validation/mobile';
import { orgName } from '../../../../../shared/org/org-tree';
import { can } from '../../../session/permissions';
import { useSession } from '../../../session/store';
import { useResidentPage, type ResidentFilter } from '../queries';
import { CategoryTags, RiskTag } from '../tags';
import { ResidentForm } from './ResidentForm';

const PAGE_SIZE = 100;

/**
 * 弱势群体信息库 the register: search by name, pinyin, initials, phone or address, filter by
 * category and risk — each through an index — in pages of 100. Identity data never shows here.
 */
export function ResidentListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useSession((s) => s.operator?.role);
  const [filter, setFilter] = useState<ResidentFilter>({ search: '' });
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);
  const result = useResidentPage(filter, page, PAGE_SIZE);
  const change = (next: Partial<ResidentFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPage(0);
  };
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('residents.nav.register')}</Typography.Title>}
      extra={can(role, 'editRecords') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('residents.register.add')}</Button>}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('residents.register.search')} aria-label={t('residents.register.search')} style={{ width: 300 }} onSearch={(search) => change({ search })} />
        <Select allowClear placeholder={t('residents.register.filterCategory')} aria-label={t('residents.register.filterCategory')} style={{ width: 170 }}
          options={RESIDENT_CATEGORIES.map((c) => ({ value: c, label: t(`residents.category.${c}`) }))} onChange={(category?: Resident['categories'][number]) => change({ category })} />
        <Select allowClear placeholder={t('residents.register.filterRisk')} aria-label={t('residents.register.filterRisk')} style={{ width: 120 }}
          options={RISK_LEVELS.map((r) => ({ value: r, label: t(`residents.risk.${r}`) }))} onChange={(riskLevel?: Resident['riskLevel']) => change({ riskLevel })} />
      </Space>
      <Table<Resident>
        rowKey="id"
        size="small"
        scroll={{ x: 1000, y: 500 }}
        loading={!result}
        dataSource={result?.rows}
        onRow={(r) => ({ onClick: () => navigate(`/residents/${r.id}`), style: { cursor: 'pointer' } })}
        pagination={{ current: page + 1, pageSize: PAGE_SIZE, total: result?.total ?? 0, showSizeChanger: false, onChange: (p) => setPage(p - 1), showTotal: (n) => t('common.total', { count: n }) }}
        columns={[
          { title: t('residents.field.name'), dataIndex: 'name', width: 90 },
          { title: t('residents.field.categories'), dataIndex: 'categories', width: 220, render: (c: Resident['categories']) => <CategoryTags categories={c} /> },
          { title: t('residents.field.riskLevel'), dataIndex: 'riskLevel', width: 80, render: (r: Resident['riskLevel']) => <RiskTag level={r} /> },
          { title: t('residents.field.address'), dataIndex: 'address', ellipsis: true },
          { title: t('residents.field.mobile'), dataIndex: 'mobile', width: 120, render: (m?: string) => (m ? maskMobile(m) : '') },
          { title: t('residents.field.servicePoint'), dataIndex: 'orgPath', width: 130, ellipsis: true, render: (p: string) => orgName(p) },
          { title: t('residents.field.needs'), dataIndex: 'needs', width: 160, ellipsis: true },
        ]}
        locale={{ emptyText: filter.search || filter.category || filter.riskLevel ? t('common.noMatch') : t('residents.register.empty') }}
      />
      {adding && <ResidentForm onClose={() => setAdding(false)} onSaved={(r) => navigate(`/residents/${r.id}`)} />}
    </Card>
  );
}
