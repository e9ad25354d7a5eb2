import { Button, Checkbox, DatePicker, Input, Select, Space, TreeSelect, Tooltip } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestSource, RequestStatus } from '../../../../../shared/domain/entities';
import { useCatalogue } from '../../../catalogue/live';
import { childrenOf, orgName } from '../../../../../shared/org/org-tree';
import type { OrgPath } from '../../../../../shared/org/org-path';
import { useListFilter } from './filter-store';
import type { RequestSort } from './filter';

const STATUSES: RequestStatus[] = ['intake', 'escalated', 'dispatched', 'returned', 'redo', 'accepted', 'inProgress', 'completed', 'callbackDone', 'archived'];
const SOURCES: RequestSource[] = ['hotline', 'visit', 'walkIn', 'app', 'other'];
const SORTS: Record<string, RequestSort> = {
  newest: { field: 'receivedAt', descending: true },
  oldest: { field: 'receivedAt', descending: false },
  dueSoonest: { field: 'dueAt', descending: false },
  dueLatest: { field: 'dueAt', descending: true },
};

interface OrgNode { value: string; title: string; children?: OrgNode[] }
function orgNodes(path: OrgPath): OrgNode {
  const children = childrenOf(path);
  return { value: path, title: orgName(path), children: children.length ? children.map((c) => orgNodes(c.path)) : undefined };
}

/** The list's filters in one dense row: search, address, status, category, item, source, org unit, dates, overdue, sort. */
export function FilterBar({ station }: { station: OrgPath }) {
  const { t } = useTranslation();
  const { filter, sort, setFilter, setSort, reset } = useListFilter();
  const tree = useMemo(() => [orgNodes(station)], [station]);
  const { items: allItems, categories } = useCatalogue();
  const items = allItems.filter((i) => !filter.categoryCode || i.categoryCode === filter.categoryCode);
  const sortKey = Object.keys(SORTS).find((k) => SORTS[k]!.field === sort.field && SORTS[k]!.descending === sort.descending) ?? 'newest';
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to).subtract(1, 'day') : null];
  return (
    <Space wrap size={[8, 8]} data-testid="request-filters">
      <Input.Search key={`s${filter.search ?? ''}`} allowClear defaultValue={filter.search} placeholder={t('requestList.searchPlaceholder')} style={{ width: 250 }}
        aria-label={t('requestList.searchPlaceholder')} onSearch={(v) => setFilter({ search: v.trim() || undefined })}
        suffix={<Tooltip title={t('requestList.searchHelp')}><QuestionCircleOutlined style={{ color: '#999' }} /></Tooltip>} />
      <Input.Search key={`a${filter.address ?? ''}`} allowClear defaultValue={filter.address} placeholder={t('requestList.addressPlaceholder')} style={{ width: 170 }}
        aria-label={t('requestList.addressPlaceholder')} onSearch={(v) => setFilter({ address: v.trim() || undefined })} />
      <Select mode="multiple" allowClear maxTagCount={2} placeholder={t('requestList.statuses')} aria-label={t('requestList.statuses')} style={{ minWidth: 150 }}
        value={filter.statuses ?? []} onChange={(v: RequestStatus[]) => setFilter({ statuses: v.length ? v : undefined })}
        options={STATUSES.map((s) => ({ value: s, label: t(`requests.status.${s}`) }))} />
      <Select allowClear placeholder={t('requestList.category')} aria-label={t('requestList.category')} style={{ width: 120 }} value={filter.categoryCode}
        onChange={(v?: string) => setFilter({ categoryCode: v, itemCode: undefined })} options={categories.map((c) => ({ value: c.code, label: c.name }))} />
      <Select allowClear showSearch optionFilterProp="label" placeholder={t('requestList.item')} aria-label={t('requestList.item')} style={{ width: 150 }} value={filter.itemCode}
        onChange={(v?: string) => setFilter({ itemCode: v })} options={items.map((i) => ({ value: i.code, label: i.name }))} />
      <Select allowClear placeholder={t('requestList.source')} aria-label={t('requestList.source')} style={{ width: 110 }} value={filter.source}
        onChange={(v?: RequestSource) => setFilter({ source: v })} options={SOURCES.map((s) => ({ value: s, label: t(`requests.source.${s}`) }))} />
      <TreeSelect allowClear showSearch treeNodeFilterProp="title" placeholder={t('requestList.org')} aria-label={t('requestList.org')} style={{ width: 150 }}
        value={filter.orgPath} treeData={tree} treeDefaultExpandedKeys={[station]} onChange={(v?: string) => setFilter({ orgPath: v })} />
      <DatePicker.RangePicker allowEmpty={[true, true]} placeholder={t('requestList.dates', { returnObjects: true }) as [string, string]} style={{ width: 240 }}
        value={range} onChange={(v) => setFilter({ from: v?.[0]?.startOf('day').toISOString(), to: v?.[1]?.add(1, 'day').startOf('day').toISOString() })} />
      <Checkbox checked={!!filter.overdue} onChange={(e) => setFilter({ overdue: e.target.checked || undefined })}>{t('requestList.overdue')}</Checkbox>
      <Select aria-label="sort" style={{ width: 150 }} value={sortKey} onChange={(k: string) => setSort(SORTS[k]!)}
        options={Object.keys(SORTS).map((k) => ({ value: k, label: t(`requestList.sort.${k}`) }))} />
      <Button onClick={reset}>{t('requestList.reset')}</Button>
    </Space>
  );
}
