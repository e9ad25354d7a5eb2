import { useEffect } from 'react';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { data } from '../../../db';
import { currentActor } from '../../../session/store';
import { readStation } from '../../../station/station';

declare global {
  interface Window {
    /** Test-only helpers; present in development and e2e builds only; the production build has dev-hook.off.ts instead (vite.config.ts). */
    lianxinDev?: { loadDemoRequests(count: number, seed?: number): Promise<HelpRequest[]> };
  }
}

/**
 * Lets an end-to-end test fill the station with demo requests without typing hundreds of calls.
 * The requests are re-homed to this station and written through the data layer like any other
 * change (records and outbox in one transaction); never installed in a normal production page.
 */
export function useDevHook(): void {
  useEffect(() => {
    window.lianxinDev = {
      async loadDemoRequests(count, seed = 11) {
        const station = await readStation();
        if (!station) throw new Error('station not set up');
        // Loaded on demand so the generator never weighs on the app's own bundle.
        const { demoCity } = await import('../../../../../shared/demo');
        const rows = [...demoCity({ requests: count, seed }).requests()].map((r) => {
          const { createdAt: _c, updatedAt: _u, updatedBy: _b, ...fields } = r;
          return { ...fields, orgPath: station.orgPath, holderPath: station.orgPath };
        });
        await data.createMany(currentActor(), 'requests', rows);
        // Handed back so a test can work out the answers it expects.
        return rows as HelpRequest[];
      },
    };
    return () => {
      delete window.lianxinDev;
    };
  }, []);
}
