import type { LianxinBridge } from '../shared/bridge';
import type { CentreLink } from './centre-link';

/** The bridge's centre methods over one CentreLink: what ipc.ts registers, and what the tests' stand-in shells answer with. */
export type CentreBridge = Pick<LianxinBridge, 'centreAddress' | 'setCentreAddress' | 'centreRequest'>;

export function centreBridge(link: CentreLink): CentreBridge {
  return {
    centreAddress: async () => link.address(),
    setCentreAddress: (address) => link.setAddress(address),
    centreRequest: (req) => link.request(req),
  };
}
