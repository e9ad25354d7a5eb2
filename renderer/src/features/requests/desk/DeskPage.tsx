import { useCallback, useState } from 'react';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { orgName } from '../../../../../shared/org/org-tree';
import { db } from '../../../db';
import { useStation } from '../../../station/station';
import { useSession } from '../../../session/store';
import { can } from '../../../session/permissions';
import { useNow } from '../now';
import { RequestRows } from '../list/RequestRows';
import { useKeysetRows } from '../list/useKeysetRows';
import type { Cursor } from '../list/keyset';
import { DESK_LISTS, deskCounts, deskPage, type DeskList } from './queries';

const COLOURS: Record<DeskList, string> = { toDispatch: '#1677ff', awaitingAcceptance: '#2f54eb', inProgress: '#13c2c2', overdue: '#f5222d', toCallBack: '#52c41a' };

/** 我的工作台: the five piles of work of this station, counted through indexes; a click lists one, soonest due first. */
export function DeskPage() {
  const { t } = useTranslation();
  const station = useStation();
  const role = useSession((s) => s.operator?.role);
  const now = useNow(60_000);
  const [list, setList] = useState<DeskList>('toDispatch');
  const path = station?.orgPath ?? '';
  const version = useLiveQuery(async () => String((await db.synced('requests').orderBy('updatedAt').reverse().limit(1).keys())[0] ?? ''), [], '');
  const counts = useLiveQuery(() => (path ? deskCounts(db, path, new Date(now)) : undefined), [path, now, version]);
  const load = useCallback((cursor: Cursor | null) => deskPage(db, path, list, new Date(now), cursor), [path, list, now]);
  const data = useKeysetRows(`${path}|${list}|${version}`, load);
  if (!station) return null;
  return (
    <Card size="small" title={<Typography.Title level={4} style={{ margin: 0 }}>{t('requestList.desk.title')}</Typography.Title>}
      extra={<Typography.Text type="secondary">{t('requestList.desk.scope', { station: orgName(station.orgPath) })}</Typography.Text>}>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {DESK_LISTS.map((key) => (
          <Col key={key} flex="1 1 150px">
            <Card size="small" hoverable onClick={() => setList(key)} data-testid={`desk-${key}`} role="button" aria-pressed={list === key}
              style={{ borderColor: list === key ? COLOURS[key] : undefined, borderWidth: list === key ? 2 : 1 }}>
              <Statistic title={t(`requestList.desk.${key}`)} value={counts?.[key] ?? '…'} styles={{ content: { color: COLOURS[key] } }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('requestList.desk.help')}</Typography.Paragraph>
      <RequestRows data={data} now={now} showMobile={can(role, 'viewUnmaskedIdentity')} height={Math.max(280, window.innerHeight - 420)} />
    </Card>
  );
}
