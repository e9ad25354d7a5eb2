import { gzipSync } from 'node:zlib';
import type { CentreAnswer, CentreFailure, CentreRequest, SetCentreAddressResult } from '../shared/bridge';
import { isCentreApiPath, parseCentreAddress } from '../shared/sync/centre-address';

/** Electron's `net.fetch` in the app; Node's `fetch` in tests. Both take the same arguments. */
export type NetFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface CentreLinkOptions {
  fetch: NetFetch;
  /** The address at start (LIANXIN_CENTRE_URL or settings.json), or null. */
  address: string | null;
  /** Keeps a new address (settings.json); called before the new address is used. */
  keepAddress: (address: string) => Promise<void>;
  /** Bodies larger than this are gzipped on the way to the centre. */
  gzipAbove?: number;
  timeoutMs?: number;
}

const DEFAULT_GZIP_ABOVE = 64 * 1024;
/** A first pull page of a county is large, and a village line slow: a minute before giving up. */
const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * The station's one way to the centre in the desktop app (docs/electron.md, "Reaching the
 * centre"). The page's CSP lets it connect to its own origin only; main makes the call, to the
 * address it keeps and under `/api/` only, so a page that was tricked into calling elsewhere
 * cannot. Every failure to get an answer is named (CentreFailure), never thrown.
 */
export class CentreLink {
  private current: string | null;

  constructor(private readonly options: CentreLinkOptions) {
    const parsed = options.address === null ? null : parseCentreAddress(options.address);
    this.current = parsed?.ok ? parsed.address : null;
  }

  address(): string | null {
    return this.current;
  }

  async setAddress(raw: string): Promise<SetCentreAddressResult> {
    const parsed = parseCentreAddress(raw);
    if (!parsed.ok) return { ok: false, problem: parsed.problem };
    await this.options.keepAddress(parsed.address);
    this.current = parsed.address;
    return { ok: true, address: parsed.address };
  }

  async request(req: CentreRequest): Promise<CentreAnswer> {
    if (this.current === null) return { kind: 'failure', failure: 'noAddress', message: 'no centre address is set' };
    // Checked here too, not only in the argument schema: this is the rule that keeps main's
    // calls inside the centre's API whoever calls it.
    if (!isCentreApiPath(req.path)) throw new Error(`not a centre API path: ${req.path.slice(0, 100)}`);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (req.headers?.authorization) headers.authorization = req.headers.authorization;
    if (req.headers?.['content-type']) headers['content-type'] = req.headers['content-type'];
    let body: BodyInit | undefined = req.body;
    if (req.body !== undefined && Buffer.byteLength(req.body) > (this.options.gzipAbove ?? DEFAULT_GZIP_ABOVE)) {
      const zipped = gzipSync(req.body);
      body = zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer;
      headers['content-encoding'] = 'gzip';
    }
    let res: Response;
    let text: string;
    try {
      res = await this.options.fetch(`${this.current}${req.path}`, {
        method: req.method,
        headers,
        ...(body !== undefined ? { body } : {}),
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      text = await res.text();
    } catch (error) {
      return { kind: 'failure', failure: classifyNetworkFailure(error), message: describe(error) };
    }
    return { kind: 'answer', status: res.status, contentType: res.headers.get('content-type'), retryAfter: res.headers.get('retry-after'), body: text };
  }
}

/**
 * Names a failed fetch from its error: Electron's net module says `net::ERR_…`; Node's fetch
 * (undici) puts the system or TLS code in `cause.code`. Unknown errors are plain `network`.
 */
export function classifyNetworkFailure(error: unknown): CentreFailure {
  const text = [describe(error), codeOf(error), codeOf((error as { cause?: unknown } | null)?.cause)].join(' ');
  if (/TimeoutError|ERR_TIMED_OUT|ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|aborted due to timeout/i.test(text)) return 'timeout';
  if (/ERR_CERT_|ERR_SSL_|CERT_|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT|UNABLE_TO_GET_ISSUER|ALTNAME/i.test(text)) return 'certificate';
  if (/ERR_NAME_NOT_RESOLVED|ENOTFOUND|EAI_AGAIN|ERR_ADDRESS_INVALID|ERR_NAME_RESOLUTION_FAILED/i.test(text)) return 'notFound';
  if (/ERR_CONNECTION_REFUSED|ECONNREFUSED/i.test(text)) return 'refused';
  return 'network';
}

function codeOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
    return [code, name, message].filter((x) => typeof x === 'string').join(' ');
  }
  return '';
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}
