import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, Modal, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { levelOf } from '../../../../../shared/org/org-path';
import { orgName } from '../../../../../shared/org/org-tree';
import { grantableBy } from '../../../../../shared/points/stars';
import { ruleOn } from '../../../../../shared/points/rule';
import { data, db } from '../../../db';
import { can } from '../../../session/permissions';
import { currentActor, useSession } from '../../../session/store';
import { useStation } from '../../../station/station';
import { grantStar, StarRefused } from '../commands';
import { recentGrants, ruleTimelineOf, starProposals, type StarProposal } from '../queries';
import { chinaToday } from '../ledger';
import { showCenti, starText } from '../format';

/** 星级评定: what the hours have earned and this station is entitled to grant; the grants made. */
export function StarsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const station = useStation();
  const role = useSession((s) => s.operator?.role);
  const [granting, setGranting] = useState<StarProposal | null>(null);
  const [note, setNote] = useState('');
  const path = station?.orgPath ?? '';
  const timeline = useLiveQuery(() => ruleTimelineOf(db), []);
  const proposals = useLiveQuery(async () => (path && timeline ? starProposals(db, path, timeline) : undefined), [path, timeline]);
  const grants = useLiveQuery(() => recentGrants(db), []);
  if (!station || !timeline) return null;
  const thresholds = ruleOn(timeline, chinaToday()).starThresholds;
  const mine = grantableBy(path);

  const grant = async () => {
    if (!granting) return;
    try {
      await grantStar(data, currentActor(), path, { volunteerId: granting.tally.volunteerId, stars: granting.proposed.stars, grantedBy: orgName(path), note });
      message.success(t('points.star.grantedDone', { name: granting.volunteer?.name ?? '', stars: starText(granting.proposed.stars) }));
      setGranting(null);
      setNote('');
    } catch (e) {
      if (!(e instanceof StarRefused)) throw e;
      message.error(t(`points.star.refused.${e.code}`));
    }
  };

  return (
    <Card size="small" title={<Typography.Title level={4} style={{ margin: 0 }}>{t('points.stars.title')}</Typography.Title>}>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}
        items={[
          { key: 't', label: t('points.stars.thresholds'), children: thresholds.map((h, i) => `${starText(i + 1)} ${h} ${t('points.unit.hours')}`).join(' · ') },
          { key: 'w', label: t('points.stars.who'), children: t('points.stars.whoText') },
          { key: 'm', label: t('points.stars.mine'), children: mine.length ? mine.map((s) => starText(s)).join('、') + (mine.includes(5) ? ` ${t('points.stars.externalNote')}` : '') : t('points.stars.none', { level: t(`points.level.${levelOf(path)}`) }) },
        ]} />
      {mine.length > 0 && (
        <>
          <Typography.Title level={5}>{t('points.stars.proposals')}</Typography.Title>
          {proposals?.more && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('points.stars.more', { count: proposals.rows.length })} />}
          <Table size="small" rowKey={(r) => r.tally.volunteerId} loading={!proposals} dataSource={proposals?.rows ?? []} pagination={{ pageSize: 20, showSizeChanger: false }} data-testid="star-proposals"
            columns={[
              { title: t('points.record.volunteer'), key: 'n', render: (_, r) => <Link to={`/points?v=${r.tally.volunteerId}`}>{r.volunteer?.name ?? r.tally.volunteerId}</Link> },
              { title: t('points.leaderboard.unit'), key: 'u', render: (_, r) => orgName(r.tally.orgPath) },
              { title: t('points.volunteer.hours'), key: 'h', align: 'right', render: (_, r) => showCenti(r.tally.centiHours) },
              { title: t('points.star.grantedNow'), key: 'g', render: (_, r) => starText(r.granted) },
              { title: t('points.star.proposed'), key: 'p', render: (_, r) => <span style={{ color: '#d48806' }}>{starText(r.proposed.stars)}</span> },
              { title: '', key: 'a', width: 100, render: (_, r) => can(role, 'grantStars') && <Button size="small" type="primary" onClick={() => setGranting(r)}>{r.proposed.level === 'external' ? t('points.star.recordExternal') : t('points.star.grant')}</Button> },
            ]} />
        </>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t('points.stars.recent')}</Typography.Title>
      <Table size="small" rowKey="id" dataSource={grants?.rows ?? []} pagination={{ pageSize: 10, showSizeChanger: false }}
        columns={[
          { title: t('points.record.volunteer'), key: 'n', render: (_, g) => <Link to={`/points?v=${g.volunteerId}`}>{grants?.names.get(g.volunteerId) ?? '—'}</Link> },
          { title: t('points.star.stars'), key: 's', render: (_, g) => <span style={{ color: '#d48806' }}>{starText(g.stars)}</span> },
          { title: t('points.star.level'), key: 'l', render: (_, g) => t(`points.star.levels.${g.level ?? 'county'}`) },
          { title: t('points.star.grantedBy'), dataIndex: 'grantedBy' },
          { title: t('points.star.grantedAt'), key: 'a', render: (_, g) => g.grantedAt.slice(0, 10) },
        ]} />
      <Modal open={granting !== null} title={granting ? t('points.star.grantTitle', { name: granting.volunteer?.name ?? '', stars: starText(granting.proposed.stars) }) : ''}
        okText={t('points.star.grant')} cancelText={t('points.cancel')} onCancel={() => setGranting(null)} onOk={() => void grant()}>
        {granting?.proposed.level === 'external' && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('points.star.externalHelp')} />}
        <Input.TextArea placeholder={t('points.star.note')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} autoSize />
      </Modal>
    </Card>
  );
}
