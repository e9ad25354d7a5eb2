/**
 * How the station reaches the centre. In a browser the page fetches the centre's API itself
 * (the centre serves the page, so it is its own origin). In the desktop app the page may
 * connect nowhere but itself (the shell's CSP), so every call goes through the main process
 * over the bridge (`window.lianxin.centreRequest`), to the address main keeps in settings.json
 * (docs/electron.md, "Reaching the centre"). The sync client sees one shape either way.
 */
import type { CentreFailure, LianxinBridge } from '../../../shared/bridge';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface CentreTransport {
  /** Calls `path` (`/api/sync/push`, `/api/sync/pull?…`) at the centre. */
  send(path: string, init: RequestInit): Promise<Response>;
  /** True when the transport compresses large bodies itself (the main process does). */
  readonly compresses: boolean;
}

/** No answer came from the centre, and the desktop shell says why. */
export class CentreUnreachable extends Error {
  constructor(readonly failure: CentreFailure, message: string) {
    super(message);
    this.name = 'CentreUnreachable';
  }
}

/** The bridge of the desktop app, or undefined in a plain browser. */
export function desktopBridge(): LianxinBridge | undefined {
  return globalThis.window?.lianxin;
}

export function httpTransport(centreUrl: string, fetch: FetchLike = (url, init) => globalThis.fetch(url, init)): CentreTransport {
  const base = centreUrl.replace(/\/+$/, '');
  return { compresses: false, send: (path, init) => fetch(`${base}${path}`, init) };
}

/** Statuses whose Response may carry no body (the constructor throws otherwise). */
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * Through main. `fallbackAddress` is the address the station enrolled with: if main has none
 * (settings.json lost or never written by an older app), it is set again once, then the call
 * is retried.
 */
export function bridgeTransport(bridge: LianxinBridge, fallbackAddress?: string): CentreTransport {
  const send = async (path: string, init: RequestInit, mayRestore: boolean): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (init.body !== undefined && init.body !== null && typeof init.body !== 'string') throw new TypeError('the centre bridge sends text bodies only');
    const answer = await bridge.centreRequest({
      method: init.method === 'POST' ? 'POST' : 'GET',
      path,
      headers: {
        ...(headers.get('authorization') ? { authorization: headers.get('authorization')! } : {}),
        ...(headers.get('content-type') ? { 'content-type': 'application/json' as const } : {}),
      },
      ...(typeof init.body === 'string' ? { body: init.body } : {}),
    });
    if (answer.kind === 'failure') {
      if (answer.failure === 'noAddress' && mayRestore && fallbackAddress) {
        const set = await bridge.setCentreAddress(fallbackAddress);
        if (set.ok) return send(path, init, false);
      }
      throw new CentreUnreachable(answer.failure, answer.message);
    }
    const responseHeaders: Record<string, string> = {};
    if (answer.contentType) responseHeaders['content-type'] = answer.contentType;
    if (answer.retryAfter) responseHeaders['retry-after'] = answer.retryAfter;
    return new Response(NULL_BODY.has(answer.status) ? null : answer.body, { status: answer.status, headers: responseHeaders });
  };
  return { compresses: true, send: (path, init) => send(path, init, true) };
}

/**
 * The transport for a centre at `centreUrl`: a given `fetch` (tests drive the real centre
 * in-process with one) wins; else the desktop bridge when there is one; else the page's fetch.
 */
export function centreTransport(centreUrl: string, fetch?: FetchLike): CentreTransport {
  if (fetch) return httpTransport(centreUrl, fetch);
  const bridge = desktopBridge();
  return bridge ? bridgeTransport(bridge, centreUrl) : httpTransport(centreUrl);
}

/**
 * Points the transport at a new address before enrolling or checking it: in the desktop app
 * main keeps it (and refuses a bad one, named by `problem`); in a browser nothing is kept
 * beyond the enrolment itself.
 */
export async function pointAt(centreUrl: string, fetch?: FetchLike): Promise<CentreTransport> {
  const bridge = fetch ? undefined : desktopBridge();
  if (!bridge) return httpTransport(centreUrl, fetch);
  const set = await bridge.setCentreAddress(centreUrl);
  if (!set.ok) throw new CentreUnreachable('noAddress', `the desktop app refused the address: ${set.problem}`);
  return bridgeTransport(bridge);
}
