import { useCallback, useEffect, useState } from 'react';

/**
 * Loads when the screen opens and again on reload(), which resolves once the new data is in
 * (so an action can say "done" after the table shows it); the last error is kept for the screen.
 */
export function useLoad<T>(load: () => Promise<T>) {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({ data: undefined, error: null, loading: true });
  const [round, setRound] = useState<{ n: number; done?: () => void }>({ n: 0 });
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState((s) => ({ ...s, error, loading: false })),
    ).finally(() => round.done?.());
    return () => {
      current = false;
    };
  }, [load, round]);
  const reload = useCallback(() => new Promise<void>((resolve) => {
    setState((s) => ({ ...s, loading: true }));
    setRound((r) => ({ n: r.n + 1, done: resolve }));
  }), []);
  return { ...state, reload };
}
