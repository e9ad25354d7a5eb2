import { useEffect, useRef } from 'react';
import { Empty, Spin, Typography } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { catalogueItem } from '../../../catalogue/live';
import { orgName } from '../../../../../shared/org/org-tree';
import { maskMobile } from '../../../../../shared/validation/mobile';
import { StatusTag } from '../StatusTag';
import { TimeLimitTag } from '../detail/TimeLimitTag';
import type { KeysetRows } from './useKeysetRows';
import './request-rows.css';

const ROW_HEIGHT = 40;

/** Column template shared by the header and every row (a CSS grid, so both line up). */
const COLUMNS = '138px 116px 68px 102px minmax(96px, 1fr) 76px 72px 138px minmax(120px, 1.2fr) minmax(80px, 0.6fr)';

/**
 * The rows of a request list, virtualised: only the rows on screen exist in the DOM, and the
 * next page is fetched when the last loaded row scrolls into view. A click opens the request.
 */
export function RequestRows({ data, now, showMobile, height = 560 }: { data: KeysetRows; now: number; showMobile: boolean; height?: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scroller = useRef<HTMLDivElement>(null);
  const { rows, more, loading, loadMore } = data;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtual = useVirtualizer({ count: rows.length + (more ? 1 : 0), getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtual.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (more && lastIndex >= rows.length - 1) loadMore();
  }, [lastIndex, rows.length, more, loadMore]);

  const header = ['number', 'receivedAt', 'callerName', 'callerMobile', 'itemCode', 'source', 'status', 'dueAt', 'address', 'holder'] as const;
  return (
    <div className="lx-request-rows" role="table" aria-rowcount={rows.length}>
      <div className="lx-row lx-head" role="row" style={{ gridTemplateColumns: COLUMNS }}>
        {header.map((h) => <div key={h} role="columnheader">{t(`requests.field.${h}`)}</div>)}
      </div>
      <div ref={scroller} className="lx-scroll" style={{ height }} data-testid="request-rows">
        {rows.length === 0 && !more ? <Empty description={t('requestList.empty')} /> : null}
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const r: HelpRequest | undefined = rows[v.index];
            return (
              <div key={v.key} className="lx-virtual" style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}>
                {r ? (
                  <div className="lx-row lx-body" role="row" tabIndex={0} style={{ gridTemplateColumns: COLUMNS }} data-testid="request-row"
                    onClick={() => navigate(`/requests/${r.id}`)} onKeyDown={(e) => e.key === 'Enter' && navigate(`/requests/${r.id}`)}>
                    <div role="cell">{r.number}</div>
                    <div role="cell">{r.receivedAt ? new Date(r.receivedAt).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short', hour12: false }) : ''}</div>
                    <div role="cell">{r.callerName}</div>
                    <div role="cell">{showMobile ? r.callerMobile : maskMobile(r.callerMobile)}</div>
                    <div role="cell" title={catalogueItem(r.itemCode)?.name}>{catalogueItem(r.itemCode)?.name ?? r.itemCode}</div>
                    <div role="cell">{t(`requests.source.${r.source}`)}</div>
                    <div role="cell"><StatusTag status={r.status} /></div>
                    <div role="cell"><TimeLimitTag request={r} dueAt={r.dueAt ?? null} now={now} /></div>
                    <div role="cell" title={r.address}>{r.address}</div>
                    <div role="cell" title={orgName(r.holderPath ?? r.orgPath)}>{orgName(r.holderPath ?? r.orgPath)}</div>
                  </div>
                ) : (
                  <div className="lx-row lx-more"><Spin size="small" /> <Typography.Text type="secondary">{loading && rows.length ? t('requestList.scanning') : t('requestList.loading')}</Typography.Text></div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
