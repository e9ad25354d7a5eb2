import { useCallback } from 'react';
import { Card, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db';
import { useStation } from '../../../station/station';
import { useSession } from '../../../session/store';
import { can } from '../../../session/permissions';
import { useNow } from '../now';
import { LedgerButtons } from '../ledger/LedgerButtons';
import { FilterBar } from './FilterBar';
import { RequestRows } from './RequestRows';
import { useListFilter } from './filter-store';
import { countRequests, requestPage } from './queries';
import { useKeysetRows } from './useKeysetRows';
import { useDevHook } from './dev-hook';

/** 工单列表: every request of this station, filtered and sorted through indexes, rows fetched as you scroll. */
export function RequestListPage() {
  const { t } = useTranslation();
  const station = useStation();
  const role = useSession((s) => s.operator?.role);
  const { filter, sort } = useListFilter();
  const now = useNow(60_000);
  useDevHook();
  const query = JSON.stringify([filter, sort]);
  // The newest change to any request: when it moves, the rows reload so the list stays live.
  const version = useLiveQuery(async () => String((await db.synced('requests').orderBy('updatedAt').reverse().limit(1).keys())[0] ?? ''), [], '');
  // Keyed on the data version too: a count over a whole index range is not always seen as touched by a write.
  const count = useLiveQuery(() => countRequests(db, filter, { now: new Date(now) }), [query, now, version]);
  const load = useCallback((cursor: Parameters<typeof requestPage>[3]) => requestPage(db, filter, sort, cursor, { now: new Date(now) }), [filter, sort, now]);
  // The clock is not part of the key: a minute passing must not throw away the rows scrolled through.
  const data = useKeysetRows(`${query}|${version}`, load);
  if (!station) return null;
  const countText = !count ? t('requestList.counting') : count.exact ? t('requestList.count', { count: count.count }) : t('requestList.countAtLeast', { count: count.count });
  return (
    <Card size="small" title={<Typography.Title level={4} style={{ margin: 0 }}>{t('requestList.title')}</Typography.Title>}
      extra={<Space><Typography.Text type="secondary" data-testid="request-count">{countText}</Typography.Text><LedgerButtons station={station.orgPath} now={now} /></Space>}>
      <Space orientation="vertical" style={{ width: '100%' }} size={10}>
        <FilterBar station={station.orgPath} />
        <RequestRows data={data} now={now} showMobile={can(role, 'viewUnmaskedIdentity')} height={Math.max(320, window.innerHeight - 300)} />
      </Space>
    </Card>
  );
}
