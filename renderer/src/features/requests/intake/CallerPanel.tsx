import { useEffect } from 'react';
import { Alert, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Resident } from '../../../../../shared/domain/entities';
import { catalogueItem } from '../../../catalogue/live';
import { callerHistory, residentByMobile } from '../queries';
import { StatusTag } from '../StatusTag';

/** Who is calling: a registered resident with that number, and the number's earlier requests. */
export function CallerPanel({ mobile, onUseResident, onResidentFound }: {
  mobile: string | null;
  onUseResident: (r: Resident) => void;
  /** Called once per resident found, so the form can prefill what is still empty. */
  onResidentFound: (r: Resident) => void;
}) {
  const { t } = useTranslation();
  const found = useLiveQuery(
    async () => (mobile ? { resident: await residentByMobile(mobile), history: await callerHistory(mobile) } : null),
    [mobile],
  );
  const resident = found?.resident;
  useEffect(() => {
    if (resident) onResidentFound(resident);
    // Only when a different resident is found, not on every render of the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resident?.id]);
  return (
    <Card size="small" title={t('requests.intake.history')} data-testid="caller-panel">
      {!found && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('requests.intake.noHistory')} />}
      {found?.resident && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('requests.intake.knownResident', { name: found.resident.name, address: found.resident.address })}
          action={<Button size="small" onClick={() => onUseResident(found.resident!)}>{t('requests.intake.useResident')}</Button>}
        />
      )}
      {found && (
        <>
          <Typography.Text type="secondary">
            {found.history.total > 0 ? t('requests.intake.previous', { count: found.history.total }) : t('requests.intake.noHistory')}
          </Typography.Text>
          {found.history.rows.length > 0 && <List
            size="small"
            dataSource={found.history.rows}
            renderItem={(r) => (
              <List.Item>
                <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                  <Space wrap size={4}>
                    <Link to={`/requests/${r.id}`}>{r.number}</Link>
                    <StatusTag status={r.status} />
                    <Tag>{catalogueItem(r.itemCode)?.name ?? r.itemCode}</Tag>
                  </Space>
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                    {new Date(r.receivedAt).toLocaleDateString()} · {r.callerName} · {r.description}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />}
        </>
      )}
    </Card>
  );
}
