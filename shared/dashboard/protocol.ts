/**
 * GET /api/dashboard/figures?unit=…&from=…&to=…: city-wide figures the centre computes for a
 * unit in the calling station's subtree, for stations that do not hold every record (a county or
 * the city centre's own PC after a partial first sync). Authenticated like the sync routes (the
 * device credential); the centre refuses a unit outside the device's subtree with 403. The
 * answer is rows in the station's own aggregate shape (shared/dashboard/aggregate), so the same
 * `buildView` draws them.
 */
import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Longest period one call may ask for: a little over a year. */
export const MAX_FIGURES_DAYS = 400;

export const FiguresQuery = z.object({
  unit: z.string().min(2).max(40),
  from: Day,
  to: Day,
}).strict();
export type FiguresQuery = z.infer<typeof FiguresQuery>;

export const FiguresResponse = z.object({
  unit: z.string(),
  period: z.object({ from: Day, to: Day }),
  /** The centre's clock when it computed them. */
  computedAt: z.string(),
  /** Rows of the unit (its days and its standing counts) and of each child unit (their days). */
  rows: z.array(z.object({ unit: z.string(), day: z.string(), c: z.record(z.string(), z.number()) })),
});
export type FiguresResponse = z.infer<typeof FiguresResponse>;
