/**
 * The centre's JSON body parser (replaces Fastify's): the bytes must be valid UTF-8 (never
 * silently replaced), nested at most MAX_BODY_DEPTH deep (checked by a cheap scan before
 * JSON.parse, so no body can blow the stack), and a key named `__proto__` is kept as a plain own
 * property (JSON.parse never touches prototypes), so the one mutation carrying it is refused
 * with `invalidShape` by the per-mutation checks instead of the whole batch.
 */
import type { FastifyInstance } from 'fastify';

/** Deeper than any body the protocol or the admin API sends; records themselves are held to shared/sync/value-bounds.ts. */
export const MAX_BODY_DEPTH = 64;

export class BodyError extends Error {
  readonly statusCode = 400;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The deepest nesting of arrays/objects in JSON text, stopping as soon as it passes `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) throw new BodyError('The body is empty; send JSON.');
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new BodyError('The body is not valid UTF-8 text; send JSON encoded as UTF-8.');
  }
  if (jsonDepthExceeds(text, MAX_BODY_DEPTH)) throw new BodyError(`The body is nested deeper than ${MAX_BODY_DEPTH} levels.`);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new BodyError(`The body is not valid JSON: ${(e as Error).message}`);
  }
}

export function registerJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as Buffer));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
}
