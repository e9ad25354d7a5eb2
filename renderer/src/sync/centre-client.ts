/**
 * The station's HTTP client of the centre's sync API (docs/sync-protocol.md): enrol, push,
 * pull. Every answer is checked against the shared zod schemas, every failure becomes a
 * `SyncError`. `fetch` is injectable so tests drive the real centre in-process.
 */
import type { z } from 'zod';
import {
  EnrolResponse, PROTOCOL_VERSION, PullResponse, PushResponse,
  type EnrolRequest, type PushRequest,
} from '../../../shared/sync/protocol';
import { SyncError, errorFromAnswer } from './errors';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface CentreClientOptions {
  centreUrl: string;
  credential?: string;
  fetch?: FetchLike;
  /** Whether the PC believes it has a network; decides "offline" versus "centre unreachable". */
  isOnline?: () => boolean;
  /** Push bodies larger than this many bytes are gzipped (CompressionStream). */
  gzipAbove?: number;
}

const DEFAULT_GZIP_ABOVE = 64 * 1024;

export class CentreClient {
  private readonly base: string;
  private readonly fetch: FetchLike;
  private readonly isOnline: () => boolean;

  constructor(private readonly options: CentreClientOptions) {
    this.base = options.centreUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.isOnline = options.isOnline ?? (() => globalThis.navigator?.onLine ?? true);
  }

  enrol(body: EnrolRequest) {
    return this.call('/api/sync/enrol', EnrolResponse, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  async push(body: Omit<PushRequest, 'protocol'>) {
    const json = JSON.stringify({ protocol: PROTOCOL_VERSION, ...body });
    const headers: Record<string, string> = { 'content-type': 'application/json', ...this.auth() };
    let payload: BodyInit = json;
    if (json.length > (this.options.gzipAbove ?? DEFAULT_GZIP_ABOVE) && typeof CompressionStream !== 'undefined') {
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

  private async call<S extends z.ZodType>(path: string, schema: S, init: RequestInit): Promise<z.infer<S>> {
    if (!this.isOnline()) throw new SyncError('offline', 'this PC has no network');
    let res: Response;
    try {
      res = await this.fetch(`${this.base}${path}`, init);
    } catch (e) {
      throw new SyncError(this.isOnline() ? 'unreachable' : 'offline', `cannot reach the centre: ${(e as Error).message}`);
    }
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
