/**
 * The sync protocol between a station and the city centre, version 1: the bodies both sides
 * exchange, as zod schemas so the centre checks every request and the client every answer.
 * Prose, rules and examples: docs/sync-protocol.md. Changing a shape means a new version.
 */
import { z } from 'zod';
import { SYNCED_TABLES } from '../domain/entities';

export const PROTOCOL_VERSION = 1;
/** Largest push a station sends and the centre accepts (mutations, bytes). */
export const MAX_PUSH_MUTATIONS = 500;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/**
 * A pull page stops once its records reach this much JSON (always at least one record), whatever
 * `limit` asked: 500 visit photos would otherwise make one answer of ~300 MB.
 */
export const MAX_PULL_PAGE_BYTES = 8 * 1024 * 1024;
/** Timestamps further ahead of the centre's clock than this are refused (a station clock that is wrong). */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

const orgPath = z.string().regex(/^JX(\/[A-Z0-9]+)*$/);
const hlc = z.string().regex(/^\d{15}-[0-9a-f]{4}-\S+$/);
const table = z.enum(SYNCED_TABLES);

/** POST /api/sync/enrol — a one-time code becomes a device credential bound to an org unit. */
export const EnrolRequest = z.object({ code: z.string().trim().min(6).max(64), label: z.string().trim().min(1).max(100), appVersion: z.string().max(40) }).strict();
/** `seat`: the PC's place among its unit's enrolled PCs (request numbers); absent from a centre older than it. */
export const EnrolResponse = z.object({ deviceId: z.string(), credential: z.string(), orgPath, seat: z.number().int().positive().optional(), centreTime: z.string() });

/** One mutation as pushed (shared/sync/mutation.ts is the type; this is its check). */
export const MutationSchema = z
  .object({
    mutationId: z.string().min(1).max(64),
    seq: z.number().int().positive(),
    table,
    recordId: z.string().min(1).max(64),
    orgPath,
    op: z.literal('upsert'),
    fields: z.record(z.string().max(64), z.unknown()),
    hlc,
    operatorId: z.string().min(1).max(64),
  })
  .strict();

/** POST /api/sync/push — Authorization: Bearer <credential>. Seqs consecutive, ascending. */
export const PushRequest = z
  .object({
    protocol: z.literal(PROTOCOL_VERSION),
    schemaVersion: z.number().int().positive(),
    appVersion: z.string().max(40),
    mutations: z.array(MutationSchema).min(1).max(MAX_PUSH_MUTATIONS),
  })
  .strict();

/** Why the centre refused one mutation for good (the station shows it and never resends it). */
export const RejectCode = z.enum(['outOfScope', 'invalidShape', 'invalidEvent', 'readOnly', 'clockAhead', 'unknownRecord']);
export type RejectCode = z.infer<typeof RejectCode>;

export const PushResponse = z.object({
  /** Every mutation with seq ≤ this is applied or rejected: the station may drop them from its outbox. */
  acknowledgedThrough: z.number().int().nonnegative(),
  rejected: z.array(z.object({ seq: z.number().int(), mutationId: z.string(), code: RejectCode, message: z.string() })),
  centreTime: z.string(),
  /** Set when the station runs an older app or schema than the centre: keep working, but update. */
  updateAvailable: z.boolean().optional(),
});

/** One change a station receives: fields of a record with the clock of each. */
export const ChangeSchema = z.object({
  table,
  recordId: z.string(),
  orgPath,
  fields: z.record(z.string(), z.unknown()),
  /** HLC of each field in `fields` (per-field last writer wins on the station too). */
  clocks: z.record(z.string(), hlc),
});

/**
 * GET /api/sync/pull?cursor=<opaque>&limit=<n> — pages of changes in the station's scope. A new
 * device starts with no cursor and first receives a snapshot (open and recent work first), then
 * the change log; the cursor is opaque to the station, which stores it with each page it applies.
 */
export const PullResponse = z.object({
  changes: z.array(ChangeSchema),
  cursor: z.string(),
  more: z.boolean(),
  /** `snapshot` while a first sync is still catching up, then `log`. */
  phase: z.enum(['snapshot', 'log']),
  /** Progress of a first sync: records sent so far of the estimated total. */
  progress: z.object({ done: z.number(), total: z.number() }).optional(),
  /** The calling PC's seat (as in EnrolResponse): a PC enrolled before seats existed learns its own here. */
  seat: z.number().int().positive().optional(),
  centreTime: z.string(),
});

/** Every error answer: a stable code the station understands and words for people. */
export const ErrorResponse = z.object({
  error: z.enum(['bad_request', 'unauthorised', 'revoked', 'forbidden', 'resync_required', 'too_large', 'rejected', 'rate_limited', 'clock_ahead', 'not_found', 'unsupported_version']),
  message: z.string(),
  retryAfterSeconds: z.number().optional(),
  /** With `resync_required` from a push: the last seq the centre still holds for this device. */
  lastApplied: z.number().int().nonnegative().optional(),
});

export type EnrolRequest = z.infer<typeof EnrolRequest>;
export type EnrolResponse = z.infer<typeof EnrolResponse>;
export type PushRequest = z.infer<typeof PushRequest>;
export type PushResponse = z.infer<typeof PushResponse>;
export type Change = z.infer<typeof ChangeSchema>;
export type PullResponse = z.infer<typeof PullResponse>;
export type ErrorResponse = z.infer<typeof ErrorResponse>;
