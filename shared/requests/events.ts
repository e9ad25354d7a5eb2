/**
 * The workflow steps of a help request (工单), as append-only events. Events never conflict:
 * the request's status is derived from them by lifecycle.ts, and the centre may reject one
 * that cannot apply (DOMAIN.md, "The core process"; ARCHITECTURE.md, "Unit of change").
 */
import type { OrgPath } from '../org/org-path';
import type { HelpRequest, OperatorRole } from '../domain/entities';

export type AssigneeKind = NonNullable<HelpRequest['assigneeKind']>;
export type Satisfaction = NonNullable<HelpRequest['satisfaction']>;
export type SupervisionCard = NonNullable<HelpRequest['supervision']>;

/** Data of each event kind. */
export interface RequestEventData {
  /** 受理 the request was taken (always the first event). */
  intake: Record<string, never>;
  /** 派单 to a volunteer, team, enterprise or individual provider. */
  dispatch: { assigneeKind: Exclude<AssigneeKind, 'orgUnit'>; assigneeId: string; assigneeName: string };
  /** 转派 up a level: the higher level must now dispatch it. */
  escalate: { toPath: OrgPath; reason: string };
  /** 下派 back down to a unit below the current holder. */
  sendDown: { toPath: OrgPath; reason: string };
  /** 签收 the assignee accepted. */
  accept: Record<string, never>;
  /** 退单 the assignee returned it, with a reason. */
  return: { reason: string };
  /** 办理 handling started. */
  start: Record<string, never>;
  /** Waiting on the resident: the time-limit clock pauses. */
  pause: { reason: string };
  resume: Record<string, never>;
  /** 办结 done: result and hours for each volunteer who served. */
  complete: { result: string; hours: { volunteerId: string; hours: number }[] };
  /** 回访 callback with the resident's satisfaction; 不满意 reopens for redo. */
  callback: { satisfaction: Satisfaction; note: string };
  /** 归档 */
  archive: Record<string, never>;
  /** 督办 supervision card. */
  supervise: { card: SupervisionCard; note: string };
  /** 催办 reminder. */
  remind: { note: string };
  /** 延期 requested before the deadline… */
  requestExtension: { until: string; reason: string };
  /** …and decided by a level above the holder. */
  decideExtension: { approved: boolean; note: string };
}
export type RequestEventKind = keyof RequestEventData;
export const EVENT_KINDS = [
  'intake', 'dispatch', 'escalate', 'sendDown', 'accept', 'return', 'start', 'pause', 'resume',
  'complete', 'callback', 'archive', 'supervise', 'remind', 'requestExtension', 'decideExtension',
] as const satisfies readonly RequestEventKind[];

/** An event as the state machine sees it (the stored RequestEvent record carries more). */
export type LifecycleEvent = {
  [K in RequestEventKind]: {
    kind: K;
    data: RequestEventData[K];
    /** When it happened (ISO). */
    at: string;
    /** HLC of the event: the total order across stations. */
    hlc: string;
    /** The station that recorded it and, where known, the operator's role there. */
    stationPath: OrgPath;
    role?: OperatorRole;
  };
}[RequestEventKind];
