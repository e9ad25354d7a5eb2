/**
 * One sync at a time per station, also across windows: the Web Locks API in Chromium and
 * Electron. Where it is absent (Node under fake-indexeddb) an in-process stand-in with the
 * same `ifAvailable` meaning keeps the runner's code path identical.
 */
export interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

export function inProcessLocks(): LockManagerLike {
  const held = new Set<string>();
  return {
    async request(name, _options, callback) {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

const shared = inProcessLocks();

export function defaultLocks(): LockManagerLike {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ?? shared;
}
