import { Card, Empty, List } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db';
import { useAuditOf } from '../queries';

/** Who saw this household's unmasked data, and when: what PIPL asks a station to be able to answer. */
export function AuditCard({ recordId }: { recordId: string }) {
  const { t } = useTranslation();
  const entries = useAuditOf(recordId);
  const names = useLiveQuery(async () => new Map((await db.operators.toArray()).map((o) => [o.id, o.name])), []);
  return (
    <Card size="small" title={t('residents.detail.audit')} data-testid="audit">
      {entries && entries.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('residents.detail.noAudit')} /> : (
        <List size="small" dataSource={entries ?? []} renderItem={(e) => (
          <List.Item>{t('residents.detail.auditLine', { operator: names?.get(e.operatorId) ?? e.operatorId, at: new Date(e.at).toLocaleString() })}</List.Item>
        )} />
      )}
    </Card>
  );
}
