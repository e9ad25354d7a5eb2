import type { Table } from 'dexie';
import { HlcClock, compareHlc } from '../../../shared/clock/hlc';
import { newId } from '../../../shared/ids';
import type { MetaRow } from './schema';

/**
 * This device's sync identity: a stable id (the HLC node), the last per-device sequence
 * number used, and the last HLC issued. Read and written inside each write transaction, so
 * two windows of the same station never reuse a sequence number or go back in time.
 */
export interface DeviceState {
  deviceId: string;
  /** Last sequence number given to a mutation. */
  seq: number;
  /** Highest sequence number the centre has acknowledged; `seq - ackedSeq` are pending. */
  ackedSeq: number;
  hlc: string;
}

const KEY = 'device';

export async function readDevice(meta: Table<MetaRow, string>): Promise<DeviceState> {
  const row = await meta.get(KEY);
  if (row) return row.value as DeviceState;
  const fresh: DeviceState = { deviceId: newId().replaceAll('-', '').slice(-16), seq: 0, ackedSeq: 0, hlc: '' };
  await meta.put({ key: KEY, value: fresh });
  return fresh;
}

/** The device state without creating it (for read-only queries). */
export async function peekDevice(meta: Table<MetaRow, string>): Promise<DeviceState | undefined> {
  return (await meta.get(KEY))?.value as DeviceState | undefined;
}

export function writeDevice(meta: Table<MetaRow, string>, state: DeviceState): Promise<string> {
  return meta.put({ key: KEY, value: state });
}

/** Keeps one clock per device id, never behind what the database last recorded. */
const clocks = new Map<string, HlcClock>();
export function clockFor(state: DeviceState): HlcClock {
  let clock = clocks.get(state.deviceId);
  if (!clock || (state.hlc && compareHlc(state.hlc, clock.last) > 0)) {
    clock = new HlcClock(state.deviceId, state.hlc ? { last: state.hlc } : {});
    clocks.set(state.deviceId, clock);
  }
  return clock;
}
