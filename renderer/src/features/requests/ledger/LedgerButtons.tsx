import { useRef, useState } from 'react';
import { App, Button, DatePicker, Modal, Progress, Space, Typography } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrgPath } from '../../../../../shared/org/org-path';
import { db } from '../../../db';
import { saveFile, XLSX_FILTER } from '../../../platform/files';
import { useListFilter } from '../list/filter-store';
import { countRequests } from '../list/queries';
import { ExportCancelled, exportLedger } from './export-xlsx';
import { PrintLedger } from './PrintLedger';

type Range = [dayjs.Dayjs, dayjs.Dayjs];

/** Export the ledger of the current filter to Excel, or print it. */
export function LedgerButtons({ station, now }: { station: OrgPath; now: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const filter = useListFilter((s) => s.filter);
  const [open, setOpen] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [range, setRange] = useState<Range>([dayjs(now).subtract(30, 'day').startOf('day'), dayjs(now).startOf('day')]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const start = async () => {
    const ranged = { ...filter, from: range[0].startOf('day').toISOString(), to: range[1].add(1, 'day').startOf('day').toISOString() };
    abort.current = new AbortController();
    const estimate = await countRequests(db, ranged, { now: new Date(now) });
    setProgress({ done: 0, total: estimate.count });
    try {
      const { data, rows } = await exportLedger(db, ranged, {
        t, now: new Date(now), signal: abort.current.signal,
        onProgress: (done) => setProgress({ done, total: Math.max(done, estimate.count) }),
      });
      const name = `${t('requestList.ledger.title')}_${range[0].format('YYYYMMDD')}-${range[1].format('YYYYMMDD')}.xlsx`;
      const saved = await saveFile(name, data, [XLSX_FILTER]);
      if (saved.saved) message.success(t('requestList.ledger.done', { count: rows }));
      setOpen(false);
    } catch (e) {
      if (e instanceof ExportCancelled) message.info(t('requestList.ledger.cancelled'));
      else message.error(t('requestList.ledger.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  return (
    <Space>
      <Button icon={<FileExcelOutlined />} onClick={() => setOpen(true)}>{t('requestList.ledger.export')}</Button>
      <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)} loading={printing}>{t('requestList.ledger.print')}</Button>
      {printing ? <PrintLedger station={station} filter={filter} now={now} onDone={() => setPrinting(false)} /> : null}
      <Modal open={open} title={t('requestList.ledger.exportTitle')} onCancel={() => (progress ? abort.current?.abort() : setOpen(false))} maskClosable={false}
        footer={progress
          ? <Button onClick={() => abort.current?.abort()}>{t('requestList.ledger.cancel')}</Button>
          : <Space><Button onClick={() => setOpen(false)}>{t('requestList.ledger.close')}</Button><Button type="primary" onClick={() => void start()}>{t('requestList.ledger.start')}</Button></Space>}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('requestList.ledger.exportHelp')}</Typography.Text>
          <Space><span>{t('requestList.ledger.range')}</span>
            <DatePicker.RangePicker value={range} allowClear={false} disabled={!!progress} aria-label={t('requestList.ledger.range')}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} /></Space>
          {progress ? (
            <div data-testid="export-progress">
              <Progress percent={progress.total ? Math.round((100 * progress.done) / progress.total) : 0} status="active" />
              <Typography.Text>{t('requestList.ledger.progress', { done: progress.done })}</Typography.Text>
            </div>
          ) : null}
        </Space>
      </Modal>
    </Space>
  );
}
