/**
 * Request numbers (工单编号): `<unit>-<China-time date>-<sequence>`, unique across the network
 * because each station numbers only its own intake under its own unit code. The city keeps the
 * hotline's familiar `JX20261128-0001`; below it the code is built from the org path: county
 * `NH-20261128-0001`, town `NH10-…`, village `NH10003-…`. A resident quoting a number to any
 * station is found by it, and two stations never hand out the same one.
 */
import { CITY_PATH, type OrgPath } from '../org/org-path';

const CST_MS = 8 * 3_600_000;

/** A unit's code: its county code, then the digits of its town and village segments. */
export function unitNumberCode(path: OrgPath): string {
  const [, county, ...below] = path.split('/');
  return [county ?? '', ...below.map((s) => s.replace(/^[A-Z](?=\d)/, ''))].join('');
}

/** The prefix of the numbers a station gives on the China-time day of `at`. */
export function requestNumberPrefix(stationPath: OrgPath, at: number): string {
  const day = new Date(at + CST_MS).toISOString().slice(0, 10).replaceAll('-', '');
  return stationPath === CITY_PATH ? `JX${day}-` : `${unitNumberCode(stationPath)}-${day}-`;
}
