import { useEffect, useState } from 'react';

/**
 * The requests feature's clock. Everything that decides "due soon" or "overdue", and the time
 * stamped on a step, asks here — one place a test controls (vitest's fake timers, Playwright's
 * `page.clock`).
 */
export function now(): number {
  return Date.now();
}

/** The current time, refreshed every `everyMs` so time-limit badges turn by themselves. */
export function useNow(everyMs = 30_000): number {
  const [value, setValue] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setValue(now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return value;
}
