/**
 * City-wide figures from the centre (GET /api/dashboard/figures), for a county or city station
 * that does not hold every record. Authenticated with this station's device credential, like
 * sync; the answer is kept in `dashboardCentre` so it is shown offline, with its age.
 */
import { FiguresResponse, type Period } from '../../../../shared/dashboard';
import { errorFromAnswer, SyncError } from '../../sync/errors';
import { readEnrolment } from '../../sync/local-state';
import { noAnswerError } from '../../sync/centre-client';
import { centreTransport, type FetchLike } from '../../sync/transport';
import type { LianxinDb } from '../../db/schema';
import { CENTRE_CACHE, type CentreFigures } from './aggregates/tables';

/** `fetchImpl` for tests; by default the station's transport (the desktop app's goes through main). */
export async function fetchCentreFigures(db: LianxinDb, unit: string, period: Period, fetchImpl?: FetchLike): Promise<CentreFigures> {
  const enrolment = await readEnrolment(db.meta);
  if (!enrolment) throw new SyncError('notEnrolled', 'this station is not enrolled with a centre');
  const query = new URLSearchParams({ unit, from: period.from, to: period.to });
  let res: Response;
  try {
    res = await centreTransport(enrolment.centreUrl, fetchImpl).send(`/api/dashboard/figures?${query}`, { method: 'GET', headers: { authorization: `Bearer ${enrolment.credential}` } });
  } catch (e) {
    throw noAnswerError(e, navigator.onLine);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw errorFromAnswer(res.status, body, res.headers.get('retry-after'));
  const answer = FiguresResponse.parse(body);
  const figures: CentreFigures = { unit, period: answer.period, computedAt: answer.computedAt, fetchedAt: new Date().toISOString(), rows: answer.rows };
  await db.table(CENTRE_CACHE).put(figures);
  return figures;
}

export function cachedCentreFigures(db: LianxinDb, unit: string): Promise<CentreFigures | undefined> {
  return db.table(CENTRE_CACHE).get(unit);
}
