import { Card, Descriptions, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { orgName, orgUnit } from '../../../../shared/org/org-tree';
import { useStation, saveStation } from '../../station/station';
import { useSession } from '../../session/store';
import { can } from '../../session/permissions';
import { OperatorsCard } from './OperatorsCard';

export function SettingsPage() {
  const { t } = useTranslation();
  const station = useStation();
  const role = useSession((s) => s.operator?.role);
  if (!station) return null;
  const admin = can(role, 'manageStation');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('settings.station')}</Typography.Title>}>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('setup.station')}>{orgName(station.orgPath)} <Typography.Text type="secondary">({station.orgPath})</Typography.Text></Descriptions.Item>
          <Descriptions.Item label={t('setup.level')}>{t(`level.${orgUnit(station.orgPath)?.level ?? 'city'}`)}</Descriptions.Item>
          <Descriptions.Item label={t('settings.setUpAt')}>{dayjs(station.setUpAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
          <Descriptions.Item label={t('settings.lockAfter')}>
            <InputNumber min={1} max={120} value={station.lockAfterMinutes} disabled={!admin} addonAfter={t('settings.minutes')}
              onChange={(v) => { if (typeof v === 'number' && v >= 1 && v <= 120) void saveStation({ ...station, lockAfterMinutes: v }); }} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <OperatorsCard />
    </Space>
  );
}
