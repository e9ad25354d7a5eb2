import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { VolunteerList } from './VolunteerList';
import { SharedRecordsTab } from './shared-records/SharedRecordsTab';
import type { SharedTable } from './queries';

const SHARED: SharedTable[] = ['teams', 'studios', 'enterprises', 'providers'];

/** 志愿者与服务商 the registry: volunteers, then the teams, studios and suppliers that serve with them. */
export function VolunteersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'volunteers';
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('nav.volunteers')}</Typography.Title>} styles={{ body: { paddingTop: 0 } }}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'volunteers' ? {} : { tab: key })}
        items={[
          { key: 'volunteers', label: t('registry.tabs.volunteers'), children: <VolunteerList /> },
          ...SHARED.map((table) => ({ key: table, label: t(`registry.tabs.${table}`), children: <SharedRecordsTab table={table} /> })),
        ]}
      />
    </Card>
  );
}
