import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestInput } from '../../../../../shared/requests/request-input';
import { db } from '../../../db';

/** The intake form in progress: kept per operator so a crash, a reload or the lock loses nothing. */
export type IntakeDraft = Partial<RequestInput>;

const SAVE_AFTER_MS = 400;
const keyOf = (operatorId: string) => `intake:${operatorId}`;

export function readDraft(operatorId: string): Promise<IntakeDraft | undefined> {
  return db.drafts.get(keyOf(operatorId)).then((d) => d?.value as IntakeDraft | undefined);
}

/**
 * Reads the operator's draft once (to become the form's initial values), then keeps it on every change (debounced, and at once when
 * the page goes away). A local-only table: drafts never travel to the centre.
 */
export function useIntakeDraft(operatorId: string) {
  /** The draft found at start (null: none); undefined while it is being read. */
  const [restored, setRestored] = useState<IntakeDraft | null | undefined>(undefined);
  const pending = useRef<IntakeDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const value = pending.current;
    pending.current = null;
    if (value) void db.drafts.put({ key: keyOf(operatorId), operatorId, value, savedAt: new Date().toISOString() });
  }, [operatorId]);

  useEffect(() => {
    let live = true;
    void readDraft(operatorId).then((draft) => {
      if (!live) return;
      const has = !!draft && Object.values(draft).some((v) => typeof v === 'string' && v.trim() !== '');
      setRestored(has ? draft : null);
    });
    return () => {
      live = false;
    };
  }, [operatorId]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const keep = useCallback((draft: IntakeDraft) => {
    pending.current = draft;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_AFTER_MS);
  }, [flush]);

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = null;
    await db.drafts.delete(keyOf(operatorId));
  }, [operatorId]);

  return { restored, keep, discard };
}
