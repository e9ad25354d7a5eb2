import { create } from 'zustand';
import type { Operator } from '../../../shared/domain/entities';

/**
 * Session state only (who is at the desk, whether the screen is locked); never a copy of
 * database records. The operator's PIN hash is not kept here.
 */
export interface SessionState {
  operator: Pick<Operator, 'id' | 'name' | 'role'> | null;
  signIn(operator: Operator): void;
  lock(): void;
}

export const useSession = create<SessionState>((set) => ({
  operator: null,
  signIn: (o) => set({ operator: { id: o.id, name: o.name, role: o.role } }),
  lock: () => set({ operator: null }),
}));

/** The acting operator for data-layer writes; throws if nobody is signed in. */
export function currentActor(): { operatorId: string } {
  const operator = useSession.getState().operator;
  if (!operator) throw new Error('No operator signed in');
  return { operatorId: operator.id };
}
