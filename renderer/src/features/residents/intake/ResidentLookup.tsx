import { useState } from 'react';
import { Button, Card, Empty, Input, List, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Resident } from '../../../../../shared/domain/entities';
import { chinaDate } from '../../../../../shared/residents/dates';
import { isActivePairing } from '../../../../../shared/residents/visit-schedule';
import { now } from '../../requests/now';
import { findResidents, pairingsOf } from '../queries';
import { CategoryTags, RiskTag } from '../tags';

const LIMIT = 5;

/**
 * At the intake: a registered resident found by name (Chinese, pinyin, initials), phone or
 * address — or by the caller's number as it is typed — shows who they are and who is paired
 * with them, so the clerk knows whom to call and can take the resident into the form.
 */
export function ResidentLookup({ mobile, onUse }: { mobile: string | null; onUse: (r: Resident) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const q = query.trim() || mobile || '';
  const found = useLiveQuery(async () => {
    if (!q) return null;
    const residents = await findResidents(q, LIMIT);
    const today = chinaDate(now());
    const pairings = await Promise.all(residents.map((r) => pairingsOf(r.id)));
    return residents.map((resident, i) => ({
      resident,
      members: pairings[i]!.filter((p) => isActivePairing(p.pairing, today) && p.member).map((p) => `${p.member!.name} ${p.member!.mobile}`),
    }));
  }, [q]);
  return (
    <Card size="small" title={t('residents.lookup.title')} style={{ marginTop: 12 }} data-testid="resident-lookup">
      <Input.Search allowClear placeholder={t('residents.lookup.placeholder')} aria-label={t('residents.lookup.title')} value={query} onChange={(e) => setQuery(e.target.value)} style={{ marginBottom: 8 }} />
      {found && found.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('residents.lookup.none')} />}
      {found && found.length > 0 && (
        <List size="small" dataSource={found} renderItem={({ resident: r, members }) => (
          <List.Item data-testid="lookup-resident" actions={[
            <Button key="use" size="small" onClick={() => onUse(r)}>{t('residents.lookup.use')}</Button>,
            <Link key="open" to={`/residents/${r.id}`}>{t('residents.lookup.open')}</Link>,
          ]}>
            <Space orientation="vertical" size={0}>
              <Space size={4} wrap><Typography.Text strong>{r.name}</Typography.Text><CategoryTags categories={r.categories} /><RiskTag level={r.riskLevel} /></Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.address}{r.mobile ? ` · ${r.mobile}` : ''}</Typography.Text>
              <Typography.Text style={{ fontSize: 12 }} data-testid="lookup-paired">{members.length ? t('residents.lookup.paired', { names: members.join('、') }) : t('residents.lookup.notPaired')}</Typography.Text>
            </Space>
          </List.Item>
        )} />
      )}
    </Card>
  );
}
