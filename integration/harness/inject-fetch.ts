/**
 * A `fetch` for the station's sync client that goes through the REAL centre in-process
 * (Fastify's `inject`: the same routing, hooks, body parsing and store as over TCP), with the
 * network's misbehaviour added on demand: an answer lost after the centre applied the request,
 * a request delivered twice, and an old push re-delivered late (reordered).
 */
import type { FastifyInstance } from 'fastify';
import type { FetchLike } from '../../renderer/src/sync/centre-client';

export interface Faults {
  /** Probability that the answer is lost after the centre handled the request. */
  loseAnswer: number;
  /** Probability that the request is delivered twice (the station sees the second answer). */
  duplicate: number;
  /** Probability that an earlier push of the same station is delivered again first. */
  replayOld: number;
}

export const NO_FAULTS: Faults = { loseAnswer: 0, duplicate: 0, replayOld: 0 };

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface InjectFetch {
  fetch: FetchLike;
  faults: Faults;
  /** Requests the centre handled whose answer the station never saw. */
  lost: number;
  replayed: number;
}

export function injectFetch(app: FastifyInstance, random: () => number, around: <T>(run: () => Promise<T>) => Promise<T> = (run) => run()): InjectFetch {
  const pushes: Sent[] = [];
  const state: InjectFetch = {
    faults: { ...NO_FAULTS },
    lost: 0,
    replayed: 0,
    fetch: async (url, init) => {
      const u = new URL(url);
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const body = init.body === undefined || init.body === null ? undefined : Buffer.from(init.body instanceof ArrayBuffer ? new Uint8Array(init.body) : String(init.body));
      const sent: Sent = { method: init.method ?? 'GET', path: u.pathname + u.search, headers, body };
      const deliver = (s: Sent) => around(() => app.inject({ method: s.method as 'GET', url: s.path, headers: s.headers, ...(s.body ? { payload: s.body } : {}) }));
      if (sent.path.startsWith('/api/sync/push')) {
        const old = pushes.filter((p) => p.headers.authorization === headers.authorization);
        if (old.length && random() < state.faults.replayOld) {
          await deliver(old[Math.floor(random() * old.length)]!);
          state.replayed += 1;
        }
        pushes.push(sent);
      }
      let answer = await deliver(sent);
      if (random() < state.faults.duplicate) answer = await deliver(sent);
      if (random() < state.faults.loseAnswer) {
        state.lost += 1;
        throw new TypeError('network connection lost');
      }
      return new Response(answer.rawPayload.length ? new Uint8Array(answer.rawPayload) : null, {
        status: answer.statusCode,
        headers: Object.entries(answer.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)] as [string, string]])),
      });
    },
  };
  return state;
}
