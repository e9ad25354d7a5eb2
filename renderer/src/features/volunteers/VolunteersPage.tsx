import { useState } from 'react';
import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Volunteer } from '../../../../shared/domain/entities';
import { maskResidentId } from '../../../../shared/validation/resident-id';
import { maskMobile } from '../../../../shared/validation/mobile';
import { orgName } from '../../../../shared/org/org-tree';
import { useSession } from '../../session/store';
import { can } from '../../session/permissions';
import { useVolunteerPage } from './queries';
import { VolunteerForm } from './VolunteerForm';

const PAGE_SIZE = 50;

/** The volunteer registry of this station: search, page, register. */
export function VolunteersPage() {
  const { t } = useTranslation();
  const role = useSession((s) => s.operator?.role);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);
  const result = useVolunteerPage(search, page, PAGE_SIZE);
  const unmasked = can(role, 'viewUnmaskedIdentity');

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('volunteers.title')}</Typography.Title>}
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder={t('volunteers.searchPlaceholder')}
            onSearch={(v) => { setSearch(v); setPage(0); }}
            style={{ width: 280 }}
            aria-label={t('volunteers.searchPlaceholder')}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('volunteers.add')}</Button>
        </Space>
      }
    >
      <Table<Volunteer>
        rowKey="id"
        size="small"
        loading={!result}
        dataSource={result?.rows}
        pagination={{ current: page + 1, pageSize: PAGE_SIZE, total: result?.total ?? 0, showSizeChanger: false, onChange: (p) => setPage(p - 1), showTotal: (n) => t('common.total', { count: n }) }}
        columns={[
          { title: t('volunteer.volunteerNo'), dataIndex: 'volunteerNo', width: 170 },
          { title: t('volunteer.name'), dataIndex: 'name', width: 110 },
          { title: t('volunteer.gender'), dataIndex: 'gender', width: 64, render: (g: string) => t(`gender.${g}`) },
          { title: t('volunteer.idNumber'), dataIndex: 'idNumber', width: 190, render: (v: string) => (unmasked ? v : maskResidentId(v)) },
          { title: t('volunteer.mobile'), dataIndex: 'mobile', width: 130, render: (v: string) => (unmasked ? v : maskMobile(v)) },
          { title: t('volunteer.politicalStatus'), dataIndex: 'politicalStatus', width: 90, render: (p: string) => t(`political.${p}`) },
          { title: t('volunteer.servicePoint'), dataIndex: 'servicePoint', ellipsis: true, render: (p: string) => orgName(p) },
          { title: t('volunteer.status'), dataIndex: 'status', width: 80, render: (s: string) => <Tag color={s === 'active' ? 'green' : 'default'}>{t(`volunteerStatus.${s}`)}</Tag> },
        ]}
        locale={{ emptyText: search ? t('common.noMatch') : t('volunteers.empty') }}
      />
      <VolunteerForm open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
