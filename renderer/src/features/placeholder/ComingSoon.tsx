import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** An honest empty state: what this area will hold and that it is not built yet. */
export function ComingSoon({ area }: { area: 'requests' | 'residents' | 'points' | 'dashboard' }) {
  const { t } = useTranslation();
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t(`nav.${area}`)}</Typography.Title>}>
      <Empty description={<><Typography.Paragraph strong>{t('comingSoon.notYet')}</Typography.Paragraph><Typography.Paragraph type="secondary" style={{ maxWidth: 560, margin: '0 auto' }}>{t(`comingSoon.${area}`)}</Typography.Paragraph></>} />
    </Card>
  );
}
