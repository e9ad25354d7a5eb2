import type { Operator, OperatorRole } from '../../../shared/domain/entities';
import { newId } from '../../../shared/ids';
import type { LianxinDb } from '../db/schema';
import { hashPin, PIN_PATTERN, verifyPin } from './pin';

/** A problem with operator input, named by field so the form can show it at that field. */
export class OperatorInputError extends Error {
  constructor(readonly field: 'name' | 'pin' | 'role', readonly code: string) {
    super(`${field}: ${code}`);
  }
}

/**
 * Operators are local accounts of this PC: they are not synced (the PIN hash never leaves
 * the machine), so they are written directly rather than through the data layer.
 */
export async function createOperator(db: LianxinDb, input: { name: string; pin: string; role: OperatorRole }): Promise<Operator> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 20) throw new OperatorInputError('name', 'nameLength');
  if (!PIN_PATTERN.test(input.pin)) throw new OperatorInputError('pin', 'pinFormat');
  if (!['clerk', 'stationAdmin', 'supervisor'].includes(input.role)) throw new OperatorInputError('role', 'role');
  const hashed = await hashPin(input.pin);
  const operator: Operator = { id: newId(), name, role: input.role, ...hashed, createdAt: new Date().toISOString() };
  await db.transaction('rw', db.operators, async () => {
    if ((await db.operators.where('name').equals(name).count()) > 0) throw new OperatorInputError('name', 'nameTaken');
    await db.operators.add(operator);
  });
  return operator;
}

/** The operator if the PIN matches, otherwise null. */
export async function signIn(db: LianxinDb, operatorId: string, pin: string): Promise<Operator | null> {
  const operator = await db.operators.get(operatorId);
  if (!operator || operator.disabled) return null;
  return (await verifyPin(pin, operator)) ? operator : null;
}
