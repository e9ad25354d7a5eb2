import { useRef, useState, type ReactNode } from 'react';
import { App, Button, Card, Space, Tooltip } from 'antd';
import { FileExcelOutlined, PictureOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { saveFile, XLSX_FILTER } from '../../../platform/files';
import { chartPng } from '../export/png';
import { tableXlsx, type ChartTable } from '../export/xlsx';

/**
 * One chart of the dashboard with its two exports: the picture (PNG, from the chart's SVG) and
 * the data behind it (xlsx, the same table the chart was drawn from). `fileBase` names both.
 */
export function ChartCard({ id, title, subtitle, table, extra, children, height = 260 }: {
  id: string; title: string; subtitle: string; table: ChartTable; extra?: ReactNode; children: ReactNode; height?: number;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const body = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const fileBase = `${title}_${subtitle}`.replace(/\s+/g, '');
  const run = async (kind: 'png' | 'xlsx') => {
    setBusy(true);
    try {
      const name = `${fileBase}.${kind}`;
      const data = kind === 'png' ? await chartPng(body.current!) : await tableXlsx(title, subtitle, table);
      const saved = await saveFile(name, data, kind === 'png' ? [{ name: 'PNG', extensions: ['png'] }] : [XLSX_FILTER]);
      if (saved.saved) message.success(t('dashboard.chart.saved', { name }));
    } catch (e) {
      message.error(String((e as Error).message ?? e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={title} data-testid={`chart-${id}`} styles={{ body: { padding: 8 } }}
      extra={
        <Space size={4}>
          {extra}
          <Tooltip title={t('dashboard.chart.png')}>
            <Button size="small" icon={<PictureOutlined />} loading={busy} onClick={() => run('png')} aria-label={t('dashboard.chart.png')} data-testid={`png-${id}`} />
          </Tooltip>
          <Tooltip title={t('dashboard.chart.xlsx')}>
            <Button size="small" icon={<FileExcelOutlined />} loading={busy} onClick={() => run('xlsx')} aria-label={t('dashboard.chart.xlsx')} data-testid={`xlsx-${id}`} />
          </Tooltip>
        </Space>
      }>
      <div ref={body} style={{ height, position: 'relative' }}>
        {table.rows.length ? children : <div style={{ color: '#999', padding: 24, textAlign: 'center' }}>{t('dashboard.chart.empty')}</div>}
      </div>
    </Card>
  );
}
