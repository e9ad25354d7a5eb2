/**
 * One answer for everything that goes wrong: JSON `{ error, message }`. Bad input is always a
 * 4xx with a reason a station can show; only a fault of the centre itself is a 500, and its
 * details go to the log, not to the client.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { StoreInputError } from '../db/record-check';

export interface ErrorBody {
  error: string;
  message: string;
}

/** Codes as the sync protocol names them (shared/sync/protocol.ts ErrorResponse), so a station understands any 4xx. */
const NAMES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorised',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'too_large',
  415: 'unsupported_media_type',
  422: 'rejected',
  429: 'rate_limited',
};

export function errorName(status: number): string {
  return NAMES[status] ?? (status >= 500 ? 'internal' : 'bad_request');
}

function answer(error: FastifyError | Error): { status: number; body: ErrorBody } {
  if (error instanceof StoreInputError) return { status: 400, body: { error: 'bad_request', message: error.message } };
  const fe = error as FastifyError;
  if (fe.validation) return { status: 400, body: { error: 'bad_request', message: fe.message } };
  const status = fe.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return { status, body: { error: errorName(status), message: fe.message } };
  return { status: 500, body: { error: 'internal', message: 'The centre failed to handle this request; it has been logged.' } };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = answer(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ status, reason: body.message }, 'request refused');
    return reply.status(status).type('application/json; charset=utf-8').send(body);
  });
}

/**
 * Errors Fastify raises before routing (a URL that cannot be decoded, a bad constraint): the
 * request never reached our hooks, so the headers are set here.
 */
export function answerFrameworkError(error: FastifyError, reply: FastifyReply, headers: Record<string, string>): FastifyReply {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const body: ErrorBody = { error: errorName(status), message: error.message };
  return reply.status(status).headers(headers).type('application/json; charset=utf-8').send(body);
}

export function notFound(reply: FastifyReply, message: string): FastifyReply {
  return reply.status(404).type('application/json; charset=utf-8').send({ error: 'not_found', message } satisfies ErrorBody);
}

/** A refusal with a protocol error code (and, for 429, how long to wait). */
export function refuse(reply: FastifyReply, status: number, error: string, message: string, extra: Record<string, unknown> = {}): FastifyReply {
  if (typeof extra.retryAfterSeconds === 'number') reply.header('retry-after', String(extra.retryAfterSeconds));
  return reply.status(status).type('application/json; charset=utf-8').send({ error, message, ...extra });
}
