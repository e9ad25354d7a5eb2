/**
 * The pull cursor: opaque to the station (base64url JSON), meaningful to the centre. A first
 * sync walks the records in priority tiers and remembers the change-log seq at which it began;
 * afterwards the cursor is just the last log seq the station has.
 */
import { z } from 'zod';

export const SnapshotCursor = z.object({
  v: z.literal(1),
  phase: z.literal('snapshot'),
  /** Change-log seq when the snapshot began: the log phase continues from here. */
  since: z.number().int().nonnegative(),
  /** Records updated at or after this time count as recent (fixed for the whole snapshot). */
  cutoff: z.string(),
  tier: z.number().int().min(0).max(2),
  /** Last (table, id) sent in this tier; empty at the start of a tier. */
  tbl: z.string().max(40),
  id: z.string().max(64),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export const LogCursor = z.object({ v: z.literal(1), phase: z.literal('log'), seq: z.number().int().nonnegative() });
export const Cursor = z.discriminatedUnion('phase', [SnapshotCursor, LogCursor]);
export type SnapshotCursor = z.infer<typeof SnapshotCursor>;
export type LogCursor = z.infer<typeof LogCursor>;
export type Cursor = z.infer<typeof Cursor>;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

/** The cursor, or null when the text is not one this centre issued. */
export function decodeCursor(text: string): Cursor | null {
  if (text.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const parsed = Cursor.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
