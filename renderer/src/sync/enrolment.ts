/**
 * Enrolment: the centre's administrator gives the station a one-time code; the station
 * exchanges it for a device credential bound to an org unit and keeps it in `meta`. A code
 * made for another unit is refused here: this station's records belong to its own unit.
 */
import type { OrgPath } from '../../../shared/org/org-path';
import { parseCentreAddress, type CentreAddressProblem } from '../../../shared/sync/centre-address';
import type { LianxinDb } from '../db/schema';
import { CentreClient, type CentreHealth, type FetchLike } from './centre-client';
import { pointAt, type CentreTransport } from './transport';
import { CURSOR_KEY, ENROLMENT_KEY, readEnrolment, type Enrolment } from './local-state';
import { readDevice, writeDevice } from '../db/device';

/** The code was made for another org unit than this station's. */
export class EnrolmentMismatch extends Error {
  constructor(readonly codeFor: OrgPath, readonly station: OrgPath) {
    super(`the code is for ${codeFor}, this station is ${station}`);
    this.name = 'EnrolmentMismatch';
  }
}

/** The centre address is not one a station can use (shared/sync/centre-address.ts names why). */
export class BadCentreUrl extends Error {
  constructor(readonly url: string, readonly problem: CentreAddressProblem) {
    super(`not a centre address (${problem}): ${url}`);
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
  const parsed = parseCentreAddress(raw);
  if (!parsed.ok) throw new BadCentreUrl(raw, parsed.problem);
  return parsed.address;
}

/**
 * Runs `work` against the centre at a new address. In the desktop app main is pointed at it
 * first; if `work` fails, main is pointed back at the address this station enrolled with, so a
 * mistyped address never cuts off a working station.
 */
async function atAddress<T>(db: LianxinDb, centreUrl: string, fetch: FetchLike | undefined, work: (transport: CentreTransport) => Promise<T>): Promise<T> {
  const previous = await readEnrolment(db.meta);
  try {
    return await work(await pointAt(centreUrl, fetch));
  } catch (e) {
    if (previous && previous.centreUrl !== centreUrl) await pointAt(previous.centreUrl, fetch).catch(() => undefined);
    throw e;
  }
}

export async function enrol(db: LianxinDb, input: EnrolInput): Promise<Enrolment> {
  const centreUrl = normaliseCentreUrl(input.centreUrl);
  const answer = await atAddress(db, centreUrl, input.fetch, async (transport) => {
    const client = new CentreClient({ centreUrl, transport, isOnline: input.isOnline });
    await client.health();
    const enrolled = await client.enrol({ code: input.code.trim(), label: input.label, appVersion: input.appVersion });
    if (enrolled.orgPath !== input.stationPath) throw new EnrolmentMismatch(enrolled.orgPath, input.stationPath);
    return enrolled;
  });
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
 * The centre moved (a new server, a new name): check that a Lianxin centre of this version
 * answers at the new address, then sync there with the same credential. Nothing else changes.
 */
export async function changeCentreAddress(db: LianxinDb, raw: string, opts: { fetch?: FetchLike; isOnline?: () => boolean } = {}): Promise<{ health: CentreHealth; centreUrl: string }> {
  const centreUrl = normaliseCentreUrl(raw);
  const enrolment = await readEnrolment(db.meta);
  if (!enrolment) throw new Error('this station is not enrolled');
  const health = await atAddress(db, centreUrl, opts.fetch, (transport) => new CentreClient({ centreUrl, transport, isOnline: opts.isOnline }).health());
  await db.meta.put({ key: ENROLMENT_KEY, value: { ...enrolment, centreUrl } satisfies Enrolment });
  return { health, centreUrl };
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
