/**
 * Enrolment: the centre's administrator gives the station a one-time code; the station
 * exchanges it for a device credential bound to an org unit and keeps it in `meta`. A code
 * made for another unit is refused here: this station's records belong to its own unit.
 */
import type { OrgPath } from '../../../shared/org/org-path';
import type { LianxinDb } from '../db/schema';
import { CentreClient, type FetchLike } from './centre-client';
import { ENROLMENT_KEY, type Enrolment } from './local-state';

/** The code was made for another org unit than this station's. */
export class EnrolmentMismatch extends Error {
  constructor(readonly codeFor: OrgPath, readonly station: OrgPath) {
    super(`the code is for ${codeFor}, this station is ${station}`);
    this.name = 'EnrolmentMismatch';
  }
}

/** The centre address is not an http(s) URL. */
export class BadCentreUrl extends Error {
  constructor(readonly url: string) {
    super(`not a centre address: ${url}`);
    this.name = 'BadCentreUrl';
  }
}

export interface EnrolInput {
  centreUrl: string;
  code: string;
  /** How the centre's administrator will recognise this PC in the device list. */
  label: string;
  appVersion: string;
  stationPath: OrgPath;
  fetch?: FetchLike;
  isOnline?: () => boolean;
}

export function normaliseCentreUrl(raw: string): string {
  const trimmed = raw.trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    throw new BadCentreUrl(raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BadCentreUrl(raw);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

export async function enrol(db: LianxinDb, input: EnrolInput): Promise<Enrolment> {
  const centreUrl = normaliseCentreUrl(input.centreUrl);
  const client = new CentreClient({ centreUrl, fetch: input.fetch, isOnline: input.isOnline });
  const answer = await client.enrol({ code: input.code.trim(), label: input.label, appVersion: input.appVersion });
  if (answer.orgPath !== input.stationPath) throw new EnrolmentMismatch(answer.orgPath, input.stationPath);
  const enrolment: Enrolment = { centreUrl, deviceId: answer.deviceId, credential: answer.credential, orgPath: answer.orgPath, enrolledAt: new Date().toISOString() };
  await db.meta.put({ key: ENROLMENT_KEY, value: enrolment });
  return enrolment;
}
