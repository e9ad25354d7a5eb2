import { Button, Card, Col, Empty, Progress, Row, Space, Statistic, Tabs, Typography } from 'antd';
import { GiftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { orgName } from '../../../../../shared/org/org-tree';
import { db } from '../../../db';
import { can } from '../../../session/permissions';
import { useSession } from '../../../session/store';
import { VolunteerPicker } from '../../volunteers/shared-records/VolunteerPicker';
import { volunteerPoints } from '../ledger';
import { showCenti, starLevel, starText } from '../format';
import { LedgerTable } from './LedgerTable';
import { RedemptionTable } from './RedemptionTable';
import { YearTable } from './YearTable';
import { GrantTable } from './GrantTable';
import { RedeemDialog } from './RedeemDialog';

/** One volunteer's hours, points and stars, each point traced to its record and rule. */
export function VolunteerPointsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const role = useSession((s) => s.operator?.role);
  const id = params.get('v') ?? '';
  const [redeeming, setRedeeming] = useState(false);
  const volunteer = useLiveQuery(() => (id ? db.synced('volunteers').get(id) : undefined), [id]);
  const points = useLiveQuery(() => (id ? volunteerPoints(db, id) : undefined), [id]);
  const year = new Date().getFullYear();
  const thisYear = points?.balance.years.find((y) => y.year === year);
  const star = points?.star;
  return (
    <Card size="small" title={<Typography.Title level={4} style={{ margin: 0 }}>{t('points.volunteer.title')}</Typography.Title>}
      extra={<div style={{ width: 320 }} data-testid="points-volunteer-picker"><VolunteerPicker value={id || undefined} onChange={(v) => setParams(typeof v === 'string' ? { v } : {})} /></div>}>
      {!id || !volunteer || !points ? (
        <Empty description={t('points.volunteer.pick')} />
      ) : (
        <>
          <Space align="baseline" wrap style={{ marginBottom: 12 }}>
            <Typography.Title level={5} style={{ margin: 0 }} data-testid="points-volunteer-name">{volunteer.name}</Typography.Title>
            <Typography.Text type="secondary">{volunteer.volunteerNo} · {orgName(volunteer.orgPath)}</Typography.Text>
          </Space>
          <Row gutter={[12, 12]}>
            <Col flex="1 1 160px"><Card size="small"><Statistic title={t('points.volunteer.hours')} value={showCenti(points.centiHours)} suffix={t('points.unit.hours')} data-testid="points-hours" /></Card></Col>
            <Col flex="1 1 160px"><Card size="small"><Statistic title={t('points.volunteer.balance')} value={showCenti(points.balance.balance)} data-testid="points-balance"
              styles={{ content: { color: points.balance.balance < 0 ? '#cf1322' : undefined } }} /></Card></Col>
            <Col flex="1 1 160px"><Card size="small"><Statistic title={t('points.volunteer.yearPoints', { year })} value={showCenti(thisYear?.earned ?? 0)} /></Card></Col>
            <Col flex="1 1 160px"><Card size="small"><Statistic title={t('points.volunteer.granted')} value={points.granted ? starText(points.granted) : t('points.volunteer.notRated')} styles={{ content: { color: points.granted ? '#d48806' : undefined } }} /></Card></Col>
          </Row>
          <Card size="small" style={{ marginTop: 12 }} data-testid="star-progress">
            <Space orientation="vertical" style={{ width: '100%' }} size={4}>
              <Typography.Text>
                {star!.stars ? t('points.star.earned', { stars: starLevel(star!.stars) }) : t('points.star.none')}{' '}
                {star!.next === null ? t('points.star.top') : t('points.star.toNext', { next: starLevel(star!.stars + 1), hours: showCenti(star!.centiHoursLeft), threshold: star!.next })}
              </Typography.Text>
              <Progress percent={star!.next === null ? 100 : Math.floor(points.centiHours / star!.next)} format={() => `${showCenti(points.centiHours)} / ${star!.next ?? points.current.starThresholds[4]} ${t('points.unit.hours')}`} />
              {star!.stars > points.granted && <Typography.Text type="warning">{t('points.star.awaitingGrant', { stars: starLevel(star!.stars) })}</Typography.Text>}
            </Space>
          </Card>
          <Space style={{ margin: '12px 0' }}>
            {can(role, 'redeemPoints') && <Button icon={<GiftOutlined />} onClick={() => setRedeeming(true)}>{t('points.redeem.action')}</Button>}
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/points/certificate/${volunteer.id}`)}>{t('points.certificate.action')}</Button>
          </Space>
          <Tabs items={[
            { key: 'ledger', label: t('points.volunteer.tabs.ledger', { count: points.lines.length }), children: <LedgerTable points={points} /> },
            { key: 'redemptions', label: t('points.volunteer.tabs.redemptions', { count: points.redemptions.length }), children: <RedemptionTable points={points} /> },
            { key: 'years', label: t('points.volunteer.tabs.years'), children: <YearTable points={points} /> },
            { key: 'stars', label: t('points.volunteer.tabs.stars', { count: points.grants.length }), children: <GrantTable grants={points.grants} /> },
          ]} />
          {redeeming && <RedeemDialog volunteer={volunteer} balance={points.balance.balance} onClose={() => setRedeeming(false)} />}
        </>
      )}
    </Card>
  );
}
