/**
 * Enrolment: the centre's administrator gives the station a one-time code; the station
 * exchanges it for a device credential bound to an org unit and keeps it in `meta`. A code
 * made for another unit is refused here: this station's records belong to its own unit.
 */
import type { OrgPath } from '../../../shared/org/org-path';
import type { LianxinDb } from '../db/schema';
import { CentreClient, type FetchLike } from './centre-client';
import { CURSOR_KEY, ENROLMENT_KEY, type Enrolment } from './local-state';
import { readDevice, writeDevice } from '../db/device';

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
  const enrolment: Enrolment = { centreUrl, deviceId: answer.deviceId, credential: answer.credential, orgPath: answer.orgPath, ...(answer.seat ? { seat: answer.seat } : {}), enrolledAt: new Date().toISOString() };
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    await renumberOutbox(db);
    await db.meta.put({ key: ENROLMENT_KEY, value: enrolment });
    // A new credential is a new device for the centre: pull everything in scope again (merging is idempotent).
    await db.meta.delete(CURSOR_KEY);
  });
  return enrolment;
}

/**
 * The centre numbers each enrolled device's mutations from 1 and applies them in order, so a
 * station enrolling again (revoked, or the centre restored from a backup) renumbers what it
 * has not had acknowledged from 1, keeping their order. Nothing pending is dropped. Must run
 * inside a transaction over `outbox` and `meta`.
 */
async function renumberOutbox(db: LianxinDb): Promise<void> {
  const device = await readDevice(db.meta);
  const rows = await db.outbox.orderBy('seq').toArray();
  let seq = 0;
  const renumbered = rows.flatMap((row) => {
    const mutations = row.mutations.filter((m) => m.seq > device.ackedSeq).map((m) => ({ ...m, seq: ++seq }));
    return mutations.length ? [{ ...row, seq: mutations[0]!.seq, lastSeq: mutations.at(-1)!.seq, mutations }] : [];
  });
  await db.outbox.clear();
  if (renumbered.length) await db.outbox.bulkAdd(renumbered);
  await writeDevice(db.meta, { ...device, seq, ackedSeq: 0 });
}
