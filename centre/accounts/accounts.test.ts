import { describe, expect, it } from 'vitest';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { AccountInputError, changeRole, createAccount, resetPassword, setDisabled } from './accounts';
import { hashPassword, verifyPassword } from './password';
import { createSession, findSession, IDLE_MINUTES } from './sessions';
import { LOCK_AFTER_FAILURES, LOCK_MINUTES, signIn } from './sign-in';
import { hashSecret } from '../enrolment/secrets';

const MIN = 60_000;
const T0 = Date.parse('2026-12-04T08:00:00.000Z');

describe('password hashing', () => {
  it('stores scrypt with its cost and a salt of its own, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct');
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    // A changed key: its first character (the last one's low bits are base64 padding and may not change the bytes).
    const key = a.split('$')[5] ?? '';
    const tampered = a.replace(`$${key}`, `$${key[0] === 'A' ? 'B' : 'A'}${key.slice(1)}`);
    expect(tampered).not.toBe(a);
    expect(await verifyPassword('correct horse battery', tampered)).toBe(false);
    // A damaged stored value, or one asking for an absurd cost, is a refusal, not minutes of hashing.
    expect(await verifyPassword('correct horse battery', a.replace('scrypt$15$', 'scrypt$30$'))).toBe(false);
    expect(await verifyPassword('x', 'not a hash')).toBe(false);
  });

  it('treats a composed and a decomposed spelling of the same password alike', async () => {
    const stored = await hashPassword('caf\u00e9-password');
    expect(await verifyPassword('cafe\u0301-password', stored)).toBe(true);
  });
});

describe.each(STORE_KINDS)('accounts over %s', (kind) => {
  const t = useTestStore(kind);
  let n = 0;
  const account = async (role: 'city' | 'county' = 'city', county?: string) =>
    createAccount(t.store, { name: `admin-${++n}`, password: 'a long password', role, county }, T0);

  it('refuses bad input with a reason and writes nothing', async () => {
    const before = await t.store.db.selectFrom('admin_accounts').selectAll().execute();
    const refusals: [object, RegExp][] = [
      [{ name: '', password: 'a long password', role: 'city' }, /^name/],
      [{ name: 'x', password: 'short', role: 'city' }, /^password: at least 10/],
      [{ name: 'x', password: 'a long password', role: 'mayor' }, /^role/],
      [{ name: 'x', password: 'a long password', role: 'county' }, /^county/],
      [{ name: 'x', password: 'a long password', role: 'county', county: 'JX/NH/T01' }, /^county/],
      [{ name: 'x', password: 'a long password', role: 'county', county: 'JX/ZZ' }, /not a county of the network/],
      [{ name: 'x', password: 'a long password', role: 'city', county: 'JX/NH' }, /no county/],
    ];
    for (const [input, message] of refusals) await expect(createAccount(t.store, input as never)).rejects.toThrow(message);
    expect(await t.store.db.selectFrom('admin_accounts').selectAll().execute()).toEqual(before);
    const first = await account();
    await expect(createAccount(t.store, { name: first.name, password: 'another long one', role: 'city' })).rejects.toMatchObject({ status: 409 });
  });

  it('signs in with the right password only, and locks the account after repeated failures', async () => {
    const a = await account();
    expect(await signIn(t.store, a.name, 'wrong password', T0)).toMatchObject({ ok: false, reason: 'wrongPassword', failures: 1 });
    expect(await signIn(t.store, 'nobody', 'a long password', T0)).toEqual({ ok: false, reason: 'wrong' });
    // A success clears the count: the lock-out is for failures in a row.
    expect(await signIn(t.store, a.name, 'a long password', T0)).toMatchObject({ ok: true, account: { id: a.id, lastSignInAt: new Date(T0).toISOString() } });
    for (let i = 1; i < LOCK_AFTER_FAILURES; i++) expect(await signIn(t.store, a.name, 'wrong password', T0 + i)).toMatchObject({ reason: 'wrongPassword', failures: i });
    const locked = await signIn(t.store, a.name, 'wrong password', T0 + MIN);
    expect(locked).toMatchObject({ ok: false, reason: 'locked', fresh: true, lockedUntil: new Date(T0 + MIN + LOCK_MINUTES * MIN).toISOString() });
    // While locked even the right password is refused; afterwards it works again.
    expect(await signIn(t.store, a.name, 'a long password', T0 + 10 * MIN)).toMatchObject({ ok: false, reason: 'locked', fresh: false });
    expect(await signIn(t.store, a.name, 'a long password', T0 + (LOCK_MINUTES + 2) * MIN)).toMatchObject({ ok: true });
  });

  it('lifts a lock-out and ends the sessions when a city administrator resets the password', async () => {
    const a = await account();
    const session = await createSession(t.store, a.id, T0);
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await signIn(t.store, a.name, 'wrong password', T0);
    await resetPassword(t.store, a.id, 'a brand new password', T0 + MIN);
    expect(await findSession(t.store, session, T0 + MIN)).toBeNull();
    expect(await signIn(t.store, a.name, 'a long password', T0 + MIN)).toMatchObject({ reason: 'wrongPassword' });
    expect(await signIn(t.store, a.name, 'a brand new password', T0 + MIN)).toMatchObject({ ok: true });
  });

  it('keeps a session by its hash only, and ends it after 30 idle minutes or 12 hours', async () => {
    const a = await account('county', 'JX/NH');
    const id = await createSession(t.store, a.id, T0);
    const rows = await t.store.db.selectFrom('admin_sessions').selectAll().where('account_id', '=', a.id).execute();
    expect(rows.map((r) => r.id_hash)).toEqual([hashSecret(id)]);
    expect(await findSession(t.store, id, T0 + (IDLE_MINUTES - 1) * MIN)).toMatchObject({ id: a.id, role: 'county', countyPath: 'JX/NH' });
    // Used at 29 min, so idle counts from there.
    expect(await findSession(t.store, id, T0 + (2 * IDLE_MINUTES - 2) * MIN)).not.toBeNull();
    expect(await findSession(t.store, id, T0 + (3 * IDLE_MINUTES) * MIN)).toBeNull();
    expect(await findSession(t.store, id, T0 + (3 * IDLE_MINUTES) * MIN - 1)).toBeNull(); // ended for good
    // Used every 20 minutes, it still ends 12 hours after sign-in.
    const busy = await createSession(t.store, a.id, T0);
    let at = T0;
    for (; at <= T0 + 12 * 60 * MIN; at += 20 * MIN) expect(await findSession(t.store, busy, at)).not.toBeNull();
    expect(await findSession(t.store, busy, at)).toBeNull();
    expect(await findSession(t.store, 'x'.repeat(43), T0)).toBeNull();
  });

  it('ends the sessions of a disabled account, and a disabled account cannot sign in', async () => {
    const a = await account();
    const id = await createSession(t.store, a.id, T0);
    await setDisabled(t.store, a.id, true, T0);
    expect(await findSession(t.store, id, T0)).toBeNull();
    expect(await signIn(t.store, a.name, 'a long password', T0)).toMatchObject({ ok: false, reason: 'disabled' });
    // Disabled does not say so to a wrong password.
    expect(await signIn(t.store, a.name, 'wrong password', T0)).toMatchObject({ reason: 'wrongPassword' });
    await setDisabled(t.store, a.id, false, T0);
    expect(await signIn(t.store, a.name, 'a long password', T0)).toMatchObject({ ok: true });
  });

  it('changes the role, and an open session sees the new scope at once', async () => {
    const a = await account();
    const id = await createSession(t.store, a.id, T0);
    await changeRole(t.store, a.id, 'county', 'JX/HN', T0);
    expect(await findSession(t.store, id, T0)).toMatchObject({ role: 'county', countyPath: 'JX/HN' });
    await expect(changeRole(t.store, a.id, 'county', 'JX', T0)).rejects.toBeInstanceOf(AccountInputError);
    await expect(changeRole(t.store, 'adm_nope', 'city', null, T0)).rejects.toMatchObject({ status: 404 });
    await changeRole(t.store, a.id, 'city', null, T0);
    expect(await findSession(t.store, id, T0)).toMatchObject({ role: 'city', countyPath: null });
  });
});
