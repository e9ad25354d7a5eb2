import { Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { catalogue, catalogueItem } from '../../../catalogue/live';
import { orgName } from '../../../../../shared/org/org-tree';
import type { RequestState } from '../../../../../shared/requests/lifecycle';
import { StatusTag } from '../StatusTag';
import { TimeLimitTag } from './TimeLimitTag';

const CARD_COLOURS = { normal: 'default', yellow: 'gold', red: 'red' } as const;

/** Every field of the request, dense, as a clerk reads a work-order sheet. */
export function RequestFields({ request, state, dueAt, now }: { request: HelpRequest; state: RequestState; dueAt: string | null; now: number }) {
  const { t } = useTranslation();
  const item = catalogueItem(request.itemCode);
  const time = (iso?: string) => (iso ? new Date(iso).toLocaleString() : '—');
  const card = state.supervision;
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2, xxl: 3 }} data-testid="request-fields"
      items={[
        { key: 'status', label: t('requests.field.status'), children: <Space size={4}><StatusTag status={state.status} /><TimeLimitTag request={state} dueAt={dueAt} now={now} /></Space> },
        { key: 'dueAt', label: t('requests.field.dueAt'), children: time(dueAt ?? undefined) },
        { key: 'supervision', label: t('requests.field.supervision'), children: <Tag color={CARD_COLOURS[card]}>{t(`requests.card.${card}`)}</Tag> },
        { key: 'callerName', label: t('requests.field.callerName'), children: request.callerName },
        { key: 'callerMobile', label: t('requests.field.callerMobile'), children: request.callerMobile },
        { key: 'address', label: t('requests.field.address'), children: request.address },
        { key: 'item', label: t('requests.field.itemCode'), children: item ? `${item.name}(${catalogue().categories.find((c) => c.code === item.categoryCode)?.name ?? ''})` : request.itemCode },
        { key: 'type', label: t('requests.field.type'), children: t(`requests.type.${request.type}`) },
        { key: 'source', label: t('requests.field.source'), children: t(`requests.source.${request.source}`) },
        { key: 'urgency', label: t('requests.field.urgency'), children: <Tag color={request.urgency === 'normal' ? 'default' : 'red'}>{t(`requests.urgency.${request.urgency}`)}</Tag> },
        { key: 'receivedAt', label: t('requests.field.receivedAt'), children: time(request.receivedAt) },
        { key: 'origin', label: t('requests.field.origin'), children: orgName(state.originPath) },
        { key: 'holder', label: t('requests.field.holder'), children: orgName(state.holderPath) },
        { key: 'assignee', label: t('requests.field.assignee'), children: state.assignee ? `${state.assignee.name}(${t(`requests.assigneeKind.${state.assignee.kind}`)})` : '—' },
        { key: 'counts', label: `${t('requests.field.returns')} / ${t('requests.field.extensions')} / ${t('requests.field.redos')}`, children: `${state.returns} / ${state.extensions} / ${state.redos}` },
        { key: 'satisfaction', label: t('requests.field.satisfaction'), children: state.satisfaction ? t(`requests.satisfaction.${state.satisfaction}`) : '—' },
        { key: 'closedAt', label: t('requests.field.closedAt'), children: time(state.completedAt) },
        { key: 'description', label: t('requests.field.description'), span: 'filled', children: request.description },
      ]}
    />
  );
}
