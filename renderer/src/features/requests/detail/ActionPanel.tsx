import { useState } from 'react';
import { Alert, App, Button, Card, Form, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import type { RequestEventKind } from '../../../../../shared/requests/events';
import { allowedKinds, type RequestState } from '../../../../../shared/requests/lifecycle';
import { can } from '../../../session/permissions';
import { currentActor, useSession } from '../../../session/store';
import { EventRejected, recordEvent } from '../commands';
import { ActionFields, initialValues, NO_FORM, toEventData, type ActionValues } from './ActionFields';
import { HoursRefused } from '../../points/errors';
import { DispatchSuggestions, type DispatchChoice } from '../../dispatch-suggestions/DispatchSuggestions';
import { hoursRefusalText } from '../../points/hours-text';

type Step = Exclude<RequestEventKind, 'intake'>;
/** The order actions are offered in: the usual next step first. */
const ORDER: Step[] = [
  'dispatch', 'accept', 'start', 'complete', 'callback', 'archive', 'return', 'pause', 'resume', 'escalate', 'sendDown',
  'requestExtension', 'decideExtension', 'remind', 'supervise',
];
const PRIMARY: ReadonlySet<Step> = new Set(['dispatch', 'accept', 'complete', 'callback', 'archive']);

/** Only what the state machine allows this station and role now, each with its small form. */
export function ActionPanel({ request, state, stationPath }: { request: HelpRequest; state: RequestState; stationPath: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useSession((s) => s.operator?.role);
  const [open, setOpen] = useState<Step | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = new Set(allowedKinds(state, stationPath, role));
  const kinds = ORDER.filter((k) => allowed.has(k) && (k !== 'decideExtension' || can(role, 'decideExtension')));

  const record = async (kind: Step, values: ActionValues) => {
    setBusy(true);
    setError(null);
    try {
      await recordEvent(currentActor(), request.id, kind, toEventData(kind, values) as never, { stationPath, role });
      message.success(t('requests.detail.done', { action: t(`requests.event.${kind}`) }));
      setOpen(null);
    } catch (e) {
      // Hours over what a house call allows (features/points): say which and how many.
      if (e instanceof HoursRefused) return setError(hoursRefusalText(e, t));
      if (!(e instanceof EventRejected)) throw e;
      setError(t('requests.detail.rejected', { reason: t(`requests.reject.${e.reason}`) }));
    } finally {
      setBusy(false);
    }
  };

  const start = (kind: Step) => {
    setError(null);
    if (NO_FORM.includes(kind)) return void record(kind, {});
    setOpen(kind);
  };

  return (
    <Card size="small" title={t('requests.detail.actions')} data-testid="actions">
      {kinds.length === 0 && <Typography.Text type="secondary">{t('requests.detail.noActions')}</Typography.Text>}
      <Space wrap>
        {kinds.map((k) => (
          <Button key={k} type={PRIMARY.has(k) ? 'primary' : 'default'} danger={k === 'supervise' || k === 'return'} loading={busy && open === null}
            onClick={() => start(k)}>
            {t(`requests.event.${k}`)}
          </Button>
        ))}
      </Space>
      {error && open === null && <Alert type="error" showIcon style={{ marginTop: 8 }} title={error} />}
      {open && (
        <ActionDialog kind={open} state={state} busy={busy} error={error}
          onCancel={() => setOpen(null)} onSubmit={(values) => void record(open, values)} />
      )}
    </Card>
  );
}

/**
 * While this station may dispatch the request, the ranked candidates with their reasons, one
 * click from dispatching; the step goes through the same command as the 派单 dialog.
 */
export function SuggestionsCard({ request, state, stationPath }: { request: HelpRequest; state: RequestState; stationPath: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useSession((s) => s.operator?.role);
  if (!allowedKinds(state, stationPath, role).includes('dispatch')) return null;
  const dispatch = async (choice: DispatchChoice) => {
    try {
      await recordEvent(currentActor(), request.id, 'dispatch', choice, { stationPath, role });
      message.success(t('requests.detail.done', { action: t('requests.event.dispatch') }));
    } catch (e) {
      if (!(e instanceof EventRejected)) throw e;
      message.error(t('requests.detail.rejected', { reason: t(`requests.reject.${e.reason}`) }));
    }
  };
  return (
    <Card size="small" title={t('requests.detail.suggestions')} data-testid="suggestions-card">
      <DispatchSuggestions request={request} onDispatch={dispatch} />
    </Card>
  );
}

/**
 * One action's dialog, mounted only while open so each opening starts from that action's
 * initial values: nothing typed for an earlier action (a callback's note, the last assignee)
 * reappears in the next one.
 */
function ActionDialog({ kind, state, busy, error, onCancel, onSubmit }: {
  kind: Step;
  state: RequestState;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (values: ActionValues) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActionValues>();
  const initial = initialValues(kind, state);
  return (
    <Modal open title={t(`requests.event.${kind}`)} okText={t('requests.form.submit')} cancelText={t('requests.form.cancel')}
      confirmLoading={busy} onCancel={onCancel} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => onSubmit({ ...initial, ...v })}>
        <ActionFields kind={kind} state={state} />
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
