import { useState } from 'react';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Reason, Suggestion } from '../../../../shared/registry/ranking';
import { skillName } from '../../../../shared/registry/cell-values';
import { suggestFor, type SuggestRequest } from './suggest';

export interface DispatchChoice {
  assigneeKind: 'volunteer' | 'team' | 'enterprise' | 'provider';
  assigneeId: string;
  assigneeName: string;
}

const KIND_COLOR = { volunteer: 'blue', team: 'purple', enterprise: 'gold', provider: 'cyan' } as const;

/**
 * Ranked volunteers, teams and suppliers for a request, each with the reasons it ranks there;
 * one click dispatches (the request page owns the dispatch itself and is told via onDispatch).
 */
export function DispatchSuggestions({ request, onDispatch }: { request: SuggestRequest; onDispatch: (choice: DispatchChoice) => void | Promise<void> }) {
  const { t } = useTranslation();
  const [sending, setSending] = useState<string | null>(null);
  const rows = useLiveQuery(() => suggestFor(request), [request.itemCode, request.orgPath, request.receivedAt]);
  const reasonText = (r: Reason) => t(`registry.dispatch.reason.${r.code}`, { ...r.params, matched: String(r.params?.matched ?? '').split(',').filter(Boolean).map(skillName).join('、') });
  const dispatch = async (s: Suggestion) => {
    setSending(s.candidate.id);
    try {
      await onDispatch({ assigneeKind: s.candidate.kind, assigneeId: s.candidate.id, assigneeName: s.candidate.name });
    } finally {
      setSending(null);
    }
  };
  return (
    <Table<Suggestion>
      data-testid="dispatch-suggestions"
      rowKey={(s) => `${s.candidate.kind}-${s.candidate.id}`}
      size="small"
      loading={!rows}
      dataSource={rows}
      pagination={false}
      scroll={{ y: 360 }}
      locale={{ emptyText: t('registry.dispatch.none') }}
      columns={[
        { title: '#', width: 40, render: (_, __, i) => i + 1 },
        { title: t('registry.dispatch.who'), width: 200, render: (_, s) => <Space size={4}><Tag color={KIND_COLOR[s.candidate.kind]}>{t(`registry.dispatch.kind.${s.candidate.kind}`)}</Tag><Typography.Text>{s.candidate.name}</Typography.Text></Space> },
        { title: t('registry.dispatch.score'), dataIndex: 'score', width: 64 },
        {
          title: t('registry.dispatch.why'),
          render: (_, s) => (
            <Space size={[4, 4]} wrap>
              {s.reasons.filter((r) => r.points !== 0 || r.code === 'noSkillNeeded').map((r) => (
                <Tooltip key={r.code} title={t('registry.dispatch.points', { points: r.points > 0 ? `+${r.points}` : r.points })}>
                  <Tag color={r.points > 0 ? 'green' : r.points < 0 ? 'red' : 'default'}>{reasonText(r)}</Tag>
                </Tooltip>
              ))}
            </Space>
          ),
        },
        {
          title: '', width: 90, fixed: 'right',
          render: (_, s) => <Button size="small" type="primary" icon={<SendOutlined />} loading={sending === s.candidate.id} disabled={sending !== null} onClick={() => void dispatch(s)}>{t('registry.dispatch.send')}</Button>,
        },
      ]}
    />
  );
}
