/**
 * The station's HTTP client of the centre's sync API (docs/sync-protocol.md): health, enrol,
 * push, pull. Every answer is checked against the shared zod schemas, every failure becomes a
 * `SyncError`. It talks through a transport (transport.ts): the page's fetch in a browser, the
 * main process in the desktop app; `fetch` is injectable so tests drive the real centre in-process.
 */
import { z } from 'zod';
import type { CentreFailure } from '../../../shared/bridge';
import {
  EnrolResponse, PROTOCOL_VERSION, PullResponse, PushResponse,
  type EnrolRequest, type PushRequest,
} from '../../../shared/sync/protocol';
import { SyncError, errorFromAnswer, type SyncErrorKind } from './errors';
import { CentreUnreachable, centreTransport, type CentreTransport, type FetchLike } from './transport';

export type { FetchLike } from './transport';

/** What GET /api/health must say for the address to be a Lianxin centre this app can talk to. */
const Health = z.object({ name: z.literal('lianxin-centre'), version: z.string(), protocolVersion: z.number().int() });
export type CentreHealth = z.infer<typeof Health>;

const BY_FAILURE: Record<CentreFailure, SyncErrorKind> = {
  noAddress: 'badAddress', notFound: 'badAddress', refused: 'unreachable', timeout: 'unreachable', certificate: 'certificate', network: 'unreachable',
};

/** The SyncError of a call that got no answer at all: offline, unreachable, badAddress or certificate. */
export function noAnswerError(e: unknown, online: boolean): SyncError {
  if (!online) return new SyncError('offline', 'this PC has no network');
  const kind = e instanceof CentreUnreachable ? BY_FAILURE[e.failure] : 'unreachable';
  return new SyncError(kind, `cannot reach the centre: ${(e as Error).message}`);
}

export interface CentreClientOptions {
  centreUrl: string;
  credential?: string;
  fetch?: FetchLike;
  /** How calls travel; by default chosen from `fetch` and the desktop bridge (transport.ts). */
  transport?: CentreTransport;
  /** Whether the PC believes it has a network; decides "offline" versus "centre unreachable". */
  isOnline?: () => boolean;
  /** Push bodies larger than this many bytes are gzipped (CompressionStream). */
  gzipAbove?: number;
}

const DEFAULT_GZIP_ABOVE = 64 * 1024;

export class CentreClient {
  private readonly transport: CentreTransport;
  private readonly isOnline: () => boolean;

  constructor(private readonly options: CentreClientOptions) {
    this.transport = options.transport ?? centreTransport(options.centreUrl, options.fetch);
    this.isOnline = options.isOnline ?? (() => globalThis.navigator?.onLine ?? true);
  }

  /**
   * Is a Lianxin centre there, and one this app can talk to? Asked before enrolling, so a
   * wrong address, a centre that is down and a centre of another version each get their own
   * plain message instead of a failed enrolment.
   */
  async health(): Promise<CentreHealth> {
    const res = await this.send('/api/health', { method: 'GET' });
    if (res.status >= 500) throw new SyncError('unreachable', `centre answered ${res.status}`, res.status);
    const body: unknown = await res.json().catch(() => undefined);
    const health = Health.safeParse(body);
    if (!res.ok || !health.success) throw new SyncError('notCentre', `the address answers ${res.status}, not as a Lianxin centre`, res.status);
    if (health.data.protocolVersion > PROTOCOL_VERSION) throw new SyncError('unsupportedVersion', `the centre (${health.data.version}) speaks protocol ${health.data.protocolVersion}, this app ${PROTOCOL_VERSION}`);
    if (health.data.protocolVersion < PROTOCOL_VERSION) throw new SyncError('centreOutdated', `the centre (${health.data.version}) speaks protocol ${health.data.protocolVersion}, this app ${PROTOCOL_VERSION}`);
    return health.data;
  }

  enrol(body: EnrolRequest) {
    return this.call('/api/sync/enrol', EnrolResponse, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  async push(body: Omit<PushRequest, 'protocol'>) {
    const json = JSON.stringify({ protocol: PROTOCOL_VERSION, ...body });
    const headers: Record<string, string> = { 'content-type': 'application/json', ...this.auth() };
    let payload: BodyInit = json;
    if (!this.transport.compresses && json.length > (this.options.gzipAbove ?? DEFAULT_GZIP_ABOVE) && typeof CompressionStream !== 'undefined') {
      payload = await gzip(json);
      headers['content-encoding'] = 'gzip';
    }
    return this.call('/api/sync/push', PushResponse, { method: 'POST', headers, body: payload });
  }

  pull(cursor: string | undefined, limit: number) {
    const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
    return this.call(`/api/sync/pull?${query}`, PullResponse, { method: 'GET', headers: this.auth() });
  }

  private auth(): Record<string, string> {
    if (!this.options.credential) throw new SyncError('notEnrolled', 'this station is not enrolled with a centre');
    return { authorization: `Bearer ${this.options.credential}` };
  }

  /** One call; a call that got no answer at all becomes offline, unreachable, badAddress or certificate. */
  private async send(path: string, init: RequestInit): Promise<Response> {
    if (!this.isOnline()) throw new SyncError('offline', 'this PC has no network');
    try {
      return await this.transport.send(path, init);
    } catch (e) {
      throw noAnswerError(e, this.isOnline());
    }
  }

  private async call<S extends z.ZodType>(path: string, schema: S, init: RequestInit): Promise<z.infer<S>> {
    const res = await this.send(path, init);
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      body = undefined;
    }
    if (!res.ok) throw errorFromAnswer(res.status, body, res.headers.get('retry-after'));
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new SyncError('protocol', `unexpected answer from ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, res.status);
    return parsed.data;
  }
}

async function gzip(text: string): Promise<ArrayBuffer> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}
