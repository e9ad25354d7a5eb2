import { useEffect } from 'react';
import { useSession } from './store';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the app after `minutes` without keyboard or pointer activity (a shared PC). */
export function useIdleLock(minutes: number): void {
  const signedIn = useSession((s) => s.operator !== null);
  const lock = useSession((s) => s.lock);
  useEffect(() => {
    if (!signedIn || minutes <= 0) return;
    let timer = setTimeout(lock, minutes * 60_000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, reset);
    };
  }, [signedIn, minutes, lock]);
}
