/**
 * What can go wrong talking to the centre, in the few kinds the station acts on differently
 * (ARCHITECTURE.md, "Errors the client understands"). Every failure of a sync becomes one
 * `SyncError`; the runner decides from its kind whether to retry, wait or ask a person.
 */
import { ErrorResponse } from '../../../shared/sync/protocol';

export type SyncErrorKind =
  /** The PC has no network (navigator.onLine false, or fetch failed while offline). */
  | 'offline'
  /** The network is up but the centre did not answer, or answered 5xx: retry with backoff. */
  | 'unreachable'
  /** The credential is unknown: enrol again (the outbox is kept). */
  | 'unauthorised'
  /** The credential was revoked by the centre's administrator: enrol again. */
  | 'revoked'
  /** 403: something outside this station's scope. */
  | 'forbidden'
  /** 409: the centre lost track of this station's history; see docs/sync-protocol.md. */
  | 'resyncRequired'
  /** 413: the batch was too large; the runner sends smaller ones. */
  | 'tooLarge'
  /** 422 for a whole batch (single mutations are rejected inside a 200 answer). */
  | 'rejected'
  /** 429: wait `retryAfterSeconds`. */
  | 'rateLimited'
  /** This PC's clock is far ahead of the centre's. */
  | 'clockAhead'
  /** The centre speaks a newer protocol than this app: update the app. */
  | 'unsupportedVersion'
  /** Any other 4xx or an answer that does not match the protocol: a bug, reported plainly. */
  | 'protocol'
  /** Not enrolled with a centre yet. */
  | 'notEnrolled'
  /** No centre at that address: the host name does not exist, or no address is set. */
  | 'badAddress'
  /** The address answers, but not as a Lianxin centre (another web server, a wrong port or path). */
  | 'notCentre'
  /** HTTPS: the centre's certificate is not trusted by this PC, expired or for another name. */
  | 'certificate'
  /** The centre speaks an older protocol than this app: the centre must be updated. */
  | 'centreOutdated';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
    /** With a push's 409: the last sequence number the centre still holds of this device. */
    readonly lastApplied?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

const BY_CODE: Record<ErrorResponse['error'], SyncErrorKind> = {
  bad_request: 'protocol',
  unauthorised: 'unauthorised',
  revoked: 'revoked',
  forbidden: 'forbidden',
  resync_required: 'resyncRequired',
  too_large: 'tooLarge',
  rejected: 'rejected',
  rate_limited: 'rateLimited',
  clock_ahead: 'clockAhead',
  not_found: 'protocol',
  unsupported_version: 'unsupportedVersion',
};

const BY_STATUS: Record<number, SyncErrorKind> = {
  401: 'unauthorised', 403: 'forbidden', 409: 'resyncRequired', 413: 'tooLarge', 422: 'rejected', 429: 'rateLimited',
};

/** The error of a non-2xx answer: from its JSON code when it has one, else from the status. */
export function errorFromAnswer(status: number, body: unknown, retryAfterHeader?: string | null): SyncError {
  const parsed = ErrorResponse.safeParse(body);
  const headerWait = retryAfterHeader && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) : undefined;
  if (status >= 500) return new SyncError('unreachable', parsed.success ? parsed.data.message : `centre answered ${status}`, status);
  if (parsed.success) {
    const { error, message, retryAfterSeconds } = parsed.data;
    const lastApplied = (body as { lastApplied?: unknown }).lastApplied;
    return new SyncError(BY_CODE[error], message, status, retryAfterSeconds ?? headerWait, typeof lastApplied === 'number' ? lastApplied : undefined);
  }
  return new SyncError(BY_STATUS[status] ?? 'protocol', `centre answered ${status}`, status, headerWait);
}

/** Kinds worth retrying by themselves (after a wait); the rest need a person or an update. */
export function isTransient(kind: SyncErrorKind): boolean {
  return kind === 'offline' || kind === 'unreachable' || kind === 'rateLimited' || kind === 'tooLarge';
}
