/**
 * Request numbers (工单编号): `<unit>-<China-time date>-<sequence>`, unique across the network
 * because each station numbers only its own intake under its own unit code. The city keeps the
 * hotline's familiar `JX20261128-0001`; below it the code is built from the org path: county
 * `NH-20261128-0001`, town `NH10-…`, village `NH10003-…`. A resident quoting a number to any
 * station is found by it, and two stations never hand out the same one.
 *
 * A station with several PCs (the city hotline's seats) numbers per PC: the centre gives each
 * PC a seat at enrolment, and seat 2 onwards put it before the sequence (`JX20261128-2-0001`),
 * so two PCs taking calls between syncs never give the same number. Seat 1, and a PC never
 * enrolled, keep the plain form.
 */
import { CITY_PATH, type OrgPath } from '../org/org-path';

const CST_MS = 8 * 3_600_000;

/** A unit's code: its county code, then the digits of its town and village segments. */
export function unitNumberCode(path: OrgPath): string {
  const [, county, ...below] = path.split('/');
  return [county ?? '', ...below.map((s) => s.replace(/^[A-Z](?=\d)/, ''))].join('');
}

/** The prefix of the numbers a station's PC in `seat` gives on the China-time day of `at`. */
export function requestNumberPrefix(stationPath: OrgPath, at: number, seat = 1): string {
  const day = new Date(at + CST_MS).toISOString().slice(0, 10).replaceAll('-', '');
  const unit = stationPath === CITY_PATH ? `JX${day}-` : `${unitNumberCode(stationPath)}-${day}-`;
  return seat > 1 ? `${unit}${seat}-` : unit;
}

/** The sequence of a number given under `prefix`, or 0 when it was given under another (a later seat's). */
export function requestNumberSequence(number: string, prefix: string): number {
  const rest = number.startsWith(prefix) ? number.slice(prefix.length) : '';
  return /^\d+$/.test(rest) ? Number(rest) : 0;
}
