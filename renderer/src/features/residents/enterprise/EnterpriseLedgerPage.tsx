import { useState } from 'react';
import { Button, Card, Descriptions, Empty, List, Result, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { db } from '../../../db';
import { can } from '../../../session/permissions';
import { useSession } from '../../../session/store';
import { volunteerNames } from '../queries';
import { EnterpriseVisitForm } from './EnterpriseVisitForm';
import { useEnterpriseVisits, useServedEnterprise } from './queries';

/** One enterprise's ledger: its visits, newest first, each with its checks, findings and the requests its needs became. */
export function EnterpriseLedgerPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useSession((s) => s.operator?.role);
  const enterprise = useServedEnterprise(id);
  const visits = useEnterpriseVisits(id);
  const [recording, setRecording] = useState(false);
  const refs = useLiveQuery(async () => {
    const list = visits ?? [];
    const [names, requests] = await Promise.all([
      volunteerNames(list.flatMap((v) => v.visitorIds)),
      db.synced('requests').bulkGet([...new Set(list.flatMap((v) => v.requestIds))]),
    ]);
    return { names, numbers: new Map(requests.filter((r) => r !== undefined).map((r) => [r.id, r.number])) };
  }, [visits]);
  if (enterprise === undefined) return null;
  if (enterprise === null) return <Result status="404" title={t('residents.detail.notFound')} extra={<Button onClick={() => navigate('/residents/enterprises')}>{t('residents.enterprise.back')}</Button>} />;
  return (
    <Card
      title={<Space><Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('residents.enterprise.back')} onClick={() => navigate('/residents/enterprises')} />
        <Typography.Title level={4} style={{ margin: 0 }}>{enterprise.name}</Typography.Title></Space>}
      extra={can(role, 'editRecords') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>{t('residents.enterprise.record')}</Button>}>
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('residents.enterprise.creditCode')}>{enterprise.creditCode}</Descriptions.Item>
        <Descriptions.Item label={t('residents.enterprise.industry')}>{enterprise.industry}</Descriptions.Item>
        <Descriptions.Item label={t('residents.enterprise.contactName')}>{enterprise.contactName} {enterprise.contactMobile}</Descriptions.Item>
        <Descriptions.Item label={t('residents.enterprise.address')} span={3}>{enterprise.address}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('residents.enterprise.visits')}</Typography.Title>
      {visits && visits.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('residents.enterprise.noVisits')} /> : (
        <List size="small" bordered dataSource={visits ?? []} data-testid="enterprise-visits" renderItem={(v) => {
          const failed = v.checklist.filter((c) => !c.passed);
          return (
            <List.Item data-testid="enterprise-visit">
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Space size={6} wrap>
                  <Typography.Text strong>{v.date}</Typography.Text>
                  <Typography.Text type="secondary">{v.visitorIds.map((x) => refs?.names.get(x) ?? '').filter(Boolean).join('、')}</Typography.Text>
                  <Tag color={failed.length ? 'red' : 'green'}>{t('residents.enterprise.checklistResult', { passed: v.checklist.length - failed.length, total: v.checklist.length })}</Tag>
                </Space>
                {failed.map((c) => <Typography.Text key={c.item} type="danger">{t('residents.enterprise.failed')}:{c.item}{c.note ? `(${c.note})` : ''}</Typography.Text>)}
                {v.findings && <Typography.Text>{v.findings}</Typography.Text>}
                {v.needs && <Typography.Text type="secondary">{t('residents.enterprise.needs')}:{v.needs}</Typography.Text>}
                {v.requestIds.length > 0 && (
                  <Space size={4} wrap>
                    <Typography.Text type="secondary">{t('residents.enterprise.requests')}:</Typography.Text>
                    {v.requestIds.map((rid) => <Link key={rid} to={`/requests/${rid}`} data-testid="enterprise-request">{refs?.numbers.get(rid) ?? rid}</Link>)}
                  </Space>
                )}
              </Space>
            </List.Item>
          );
        }} />
      )}
      {recording && <EnterpriseVisitForm enterprise={enterprise} onClose={() => setRecording(false)} />}
    </Card>
  );
}
