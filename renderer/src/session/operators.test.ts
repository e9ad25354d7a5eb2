import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LianxinDb } from '../db/schema';
import type { OperatorInputError} from './operators';
import { createOperator, signIn } from './operators';
import { can } from './permissions';

let db: LianxinDb;
beforeEach(async () => {
  db = new LianxinDb(`ops-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('operators', () => {
  it('stores only a salted hash of the PIN and signs in with the right PIN only', async () => {
    const a = await createOperator(db, { name: '王芳', pin: '1357', role: 'clerk' });
    const b = await createOperator(db, { name: '赵强', pin: '1357', role: 'supervisor' });
    const stored = await db.operators.get(a.id);
    expect(JSON.stringify(stored)).not.toContain('1357');
    expect(stored?.pinHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.pinHash).not.toBe((await db.operators.get(b.id))?.pinHash);
    expect((await signIn(db, a.id, '1357'))?.name).toBe('王芳');
    expect(await signIn(db, a.id, '1358')).toBeNull();
    expect(await signIn(db, 'nobody', '1357')).toBeNull();
  });

  it('names the field of bad input and writes nothing', async () => {
    const attempt = (input: Parameters<typeof createOperator>[1]) => createOperator(db, input).catch((e: OperatorInputError) => [e.field, e.code]);
    expect(await attempt({ name: ' ', pin: '1234', role: 'clerk' })).toEqual(['name', 'nameLength']);
    expect(await attempt({ name: '王芳', pin: '12a4', role: 'clerk' })).toEqual(['pin', 'pinFormat']);
    expect(await attempt({ name: '王芳', pin: '123', role: 'clerk' })).toEqual(['pin', 'pinFormat']);
    expect(await db.operators.count()).toBe(0);
    await createOperator(db, { name: '王芳', pin: '1234', role: 'clerk' });
    expect(await attempt({ name: '王芳', pin: '9999', role: 'clerk' })).toEqual(['name', 'nameTaken']);
    expect(await db.operators.count()).toBe(1);
  });
});

describe('permissions', () => {
  it('lets only station admins manage operators and hides identity data from clerks', () => {
    expect(can('stationAdmin', 'manageOperators')).toBe(true);
    expect(can('clerk', 'manageOperators')).toBe(false);
    expect(can('supervisor', 'manageOperators')).toBe(false);
    expect(can('clerk', 'viewUnmaskedIdentity')).toBe(false);
    expect(can('supervisor', 'viewUnmaskedIdentity')).toBe(true);
    expect(can(undefined, 'editRecords')).toBe(false);
  });
});
