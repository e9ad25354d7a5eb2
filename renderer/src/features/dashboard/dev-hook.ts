import { useEffect } from 'react';
import type { HelpRequest } from '../../../../shared/domain/entities';
import { isWithin } from '../../../../shared/org/org-path';
import { orgTree } from '../../../../shared/org/org-tree';
import { data } from '../../db';
import { currentActor } from '../../session/store';
import { readStation } from '../../station/station';

declare global {
  interface Window {
    /** Test-only: fills the station's subtree with demo requests (development and e2e builds only; the production build has dev-hook.off.ts instead, vite.config.ts). */
    lianxinDashboardDev?: { loadDemoRequests(count: number, seed?: number): Promise<HelpRequest[]> };
  }
}

/**
 * Unlike the request list's hook, requests keep a spread over the station's villages (demo
 * request i goes to its subtree's village i mod n), so the dashboard has units to drill into.
 * Written through the data layer like any other change.
 */
export function useDashboardDevHook(): void {
  useEffect(() => {
    window.lianxinDashboardDev = {
      async loadDemoRequests(count, seed = 21) {
        const station = await readStation();
        if (!station) throw new Error('station not set up');
        const villages = orgTree().filter((u) => u.level === 'village' && isWithin(u.path, station.orgPath)).map((u) => u.path);
        const homes = villages.length ? villages : [station.orgPath];
        const { demoCity } = await import('../../../../shared/demo');
        const rows = [...demoCity({ requests: count, seed }).requests()].map((r, i) => {
          const { createdAt: _c, updatedAt: _u, updatedBy: _b, ...fields } = r;
          // Scattered (a large prime step) so that neighbouring requests, close in time, land in different villages.
          const home = homes[(i * 7919) % homes.length]!;
          return { ...fields, orgPath: home, holderPath: home };
        });
        await data.createMany(currentActor(), 'requests', rows);
        return rows as HelpRequest[];
      },
    };
    return () => {
      delete window.lianxinDashboardDev;
    };
  }, []);
}
