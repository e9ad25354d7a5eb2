import { useEffect, useState } from 'react';
import { Alert, App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { aggregatesConsistent, rebuildAggregates } from './aggregates/rebuild';

/**
 * The automatic check: when the dashboard opens, the tally row is compared with the counted
 * tables' sizes (cheap index counts). A mismatch — data written before the aggregates existed,
 * or by a tool around the app — offers the rebuild from a scan.
 */
export function ConsistencyCheck() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [state, setState] = useState<'checking' | 'ok' | 'stale' | 'rebuilding'>('checking');
  useEffect(() => {
    let live = true;
    aggregatesConsistent(db).then((ok) => live && setState(ok ? 'ok' : 'stale'), () => live && setState('stale'));
    return () => {
      live = false;
    };
  }, []);
  if (state === 'ok' || state === 'checking') return null;
  const rebuild = async () => {
    setState('rebuilding');
    await rebuildAggregates(db);
    setState('ok');
    message.success(t('dashboard.check.rebuilt'));
  };
  return (
    <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('dashboard.check.stale')} data-testid="dashboard-stale"
      action={<Button size="small" loading={state === 'rebuilding'} onClick={rebuild}>{state === 'rebuilding' ? t('dashboard.check.rebuilding') : t('dashboard.check.rebuild')}</Button>} />
  );
}
