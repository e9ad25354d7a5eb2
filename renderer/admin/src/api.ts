/**
 * The admin screens talk to /api/admin with the session cookie the centre sets at sign-in
 * (HttpOnly: this code never sees it). Every call carries X-Lianxin-Admin, which the centre
 * requires of a change made with the cookie, so another site cannot forge one. A refusal
 * becomes an ApiError with the centre's error code, for a translated message.
 */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly extra: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'x-lianxin-admin': '1', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message);
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    const { error, message, ...extra } = json;
    throw new ApiError(res.status, typeof error === 'string' ? error : 'other', typeof message === 'string' ? message : `HTTP ${res.status}`, extra);
  }
  return json as T;
}

/** Answer types of the centre's admin API (docs/centre.md), as this app reads them. */
export interface AccountView {
  id: string;
  name: string;
  role: 'city' | 'county';
  countyPath: string | null;
  createdAt: string;
  updatedAt: string;
  disabledAt: string | null;
  lockedUntil: string | null;
  lastSignInAt: string | null;
}

export interface WhoAmI {
  kind: 'account' | 'token';
  account: AccountView | null;
  city: boolean;
  scope: string;
}

export interface DeviceView {
  id: string;
  orgPath: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
  lastSeqApplied: number;
  lastSeenAt: string | null;
  seat: number | null;
}

export interface CodeView {
  id: string;
  orgPath: string;
  label: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  deviceId: string | null;
  revokedAt: string | null;
}

export interface NewCodeView {
  id: string;
  code: string;
  orgPath: string;
  expiresAt: string;
}

export interface AuditView {
  id: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
  address: string | null;
}
