import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StarRating } from '../../../../../shared/domain/entities';
import { orgName } from '../../../../../shared/org/org-tree';
import { starText } from '../format';

/** 星级历史: every grant, newest first; a grant is never overwritten. */
export function GrantTable({ grants }: { grants: StarRating[] }) {
  const { t } = useTranslation();
  return (
    <Table size="small" rowKey="id" pagination={false} dataSource={grants}
      columns={[
        { title: t('points.star.stars'), key: 's', width: 110, render: (_, g) => <span style={{ color: '#d48806' }}>{starText(g.stars)}</span> },
        { title: t('points.star.level'), key: 'l', width: 110, render: (_, g) => t(`points.star.levels.${g.level ?? 'county'}`) },
        { title: t('points.star.hoursAtGrant'), dataIndex: 'hoursAtGrant', width: 110, align: 'right' },
        { title: t('points.star.grantedBy'), key: 'b', render: (_, g) => g.grantedBy || (g.stationPath ? orgName(g.stationPath) : '') },
        { title: t('points.star.grantedAt'), key: 'a', width: 120, render: (_, g) => g.grantedAt.slice(0, 10) },
        { title: t('points.star.note'), dataIndex: 'note' },
      ]} />
  );
}
