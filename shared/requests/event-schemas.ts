import { z } from 'zod';
import type { RequestEventData, RequestEventKind } from './events';

const text = (max: number) => z.string().trim().min(1).max(max);
const path = z.string().regex(/^JX(\/[A-Z0-9]+)*$/);
const empty = z.object({}).strict();

/** The shape of each event's data: checked on the station before saving and by the centre. */
export const EVENT_DATA_SCHEMAS: { [K in RequestEventKind]: z.ZodType<RequestEventData[K]> } = {
  intake: empty as z.ZodType<Record<string, never>>,
  dispatch: z.object({ assigneeKind: z.enum(['volunteer', 'team', 'enterprise', 'provider']), assigneeId: text(64), assigneeName: text(100) }).strict(),
  escalate: z.object({ toPath: path, reason: text(500) }).strict(),
  sendDown: z.object({ toPath: path, reason: text(500) }).strict(),
  accept: empty as z.ZodType<Record<string, never>>,
  return: z.object({ reason: text(500) }).strict(),
  start: empty as z.ZodType<Record<string, never>>,
  pause: z.object({ reason: text(500) }).strict(),
  resume: empty as z.ZodType<Record<string, never>>,
  complete: z
    .object({
      result: text(2000),
      // One service is at most a day's work per volunteer; travel is excluded (DOMAIN.md).
      hours: z.array(z.object({ volunteerId: text(64), hours: z.number().positive().max(24) }).strict()).max(200),
    })
    .strict(),
  callback: z.object({ satisfaction: z.enum(['satisfied', 'basicallySatisfied', 'dissatisfied']), note: z.string().max(1000) }).strict(),
  archive: empty as z.ZodType<Record<string, never>>,
  supervise: z.object({ card: z.enum(['normal', 'yellow', 'red']), note: z.string().max(500) }).strict(),
  remind: z.object({ note: z.string().max(500) }).strict(),
  requestExtension: z.object({ until: z.iso.datetime(), reason: text(500) }).strict(),
  decideExtension: z.object({ approved: z.boolean(), note: z.string().max(500) }).strict(),
};
