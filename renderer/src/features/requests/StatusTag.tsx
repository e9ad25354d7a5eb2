import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../shared/domain/entities';

const COLOURS: Record<RequestStatus, string> = {
  intake: 'blue', dispatched: 'geekblue', accepted: 'cyan', inProgress: 'processing', completed: 'green', callbackDone: 'success',
  archived: 'default', returned: 'orange', escalated: 'purple', redo: 'volcano',
};

export function StatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[status]} data-testid="request-status">{t(`requests.status.${status}`)}</Tag>;
}
