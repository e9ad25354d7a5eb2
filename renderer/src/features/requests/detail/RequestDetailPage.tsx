import { useMemo } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Space, Spin, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { deriveState } from '../../../../../shared/requests/lifecycle';
import { useStation } from '../../../station/station';
import { stateDueAt, toLifecycleEvent } from '../derive';
import { useNow } from '../now';
import { useRequest, useRequestEvents } from '../queries';
import { ActionPanel, SuggestionsCard } from './ActionPanel';
import { EventTimeline } from './EventTimeline';
import { RequestFields } from './RequestFields';

/** One request: its fields and time limit, its timeline, and what this station may do next. */
export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const station = useStation();
  const request = useRequest(id);
  const events = useRequestEvents(id);
  const now = useNow();
  // The events are the truth; the record's own status fields are only an index for lists.
  const derived = useMemo(() => (request && events ? deriveState(request, events.map(toLifecycleEvent)) : null), [request, events]);

  if (request === undefined || events === undefined) return <Spin />;
  if (request === null || !derived?.state) return <Card><Empty description={t('requests.notFound')} /></Card>;
  const { state } = derived;
  const dueAt = stateDueAt(state, request, now);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small"
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('requests.detail.back')} onClick={() => navigate(-1)} />
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="request-number">{request.number}</Typography.Title>
          </Space>
        }>
        <RequestFields request={request} state={state} dueAt={dueAt} now={now} />
      </Card>
      <Row gutter={12}>
        <Col xs={24} lg={9} xxl={8} style={{ marginBottom: 12 }}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {station && <ActionPanel request={request} state={state} stationPath={station.orgPath} />}
            {state.pauses.at(-1) && state.pauses.at(-1)!.to === undefined && <Alert type="info" showIcon title={t('requests.detail.paused')} />}
            {state.extensionPending && (
              <Alert type="warning" showIcon
                title={t('requests.detail.extensionPending', { until: new Date(state.extensionPending.until).toLocaleString() })}
                description={state.extensionPending.reason} />
            )}
            {derived.rejected.length > 0 && (
              <Alert type="error" showIcon title={t('requests.detail.rejectedEvents')}
                description={derived.rejected.map((r) => `${t(`requests.event.${r.event.kind}`)}:${t(`requests.reject.${r.reason}`)}`).join(';')} />
            )}
          </Space>
        </Col>
        <Col xs={24} lg={15} xxl={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {station && <SuggestionsCard request={request} state={state} stationPath={station.orgPath} />}
            <Card size="small" title={t('requests.detail.timeline')}>
              <EventTimeline events={events} />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
