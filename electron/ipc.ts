import { app, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { BRIDGE_CHANNELS, type BridgeMethod, type LianxinBridge } from '../shared/bridge';
import { openFile, saveFile } from './ipc-files';
import { printToPdf } from './ipc-print';
import { centreBridge } from './centre-bridge';
import type { CentreLink } from './centre-link';
import { parseBridgeArguments } from './ipc-schemas';
import { isTrustedAppUrl, type AppOrigin } from './trusted-url';

type BridgeHandler<M extends BridgeMethod> = (
  event: IpcMainInvokeEvent,
  ...args: Parameters<LianxinBridge[M]>
) => ReturnType<LianxinBridge[M]>;

/** Registers one `ipcMain.handle` per bridge method. Call once, before the window loads. */
export function registerBridgeHandlers(appOrigin: AppOrigin, centre: CentreLink): void {
  handle('appVersion', appOrigin, async () => app.getVersion());
  const toCentre = centreBridge(centre);
  handle('centreAddress', appOrigin, () => toCentre.centreAddress());
  handle('setCentreAddress', appOrigin, (_event, address) => toCentre.setCentreAddress(address));
  handle('centreRequest', appOrigin, (_event, req) => toCentre.centreRequest(req));
  handle('saveFile', appOrigin, saveFile);
  handle('openFile', appOrigin, openFile);
  handle('printToPdf', appOrigin, printToPdf);
}

/**
 * Main trusts nothing the renderer sends: the request must come from the app's own top-level
 * page, and its arguments must match the method's schema, before the handler sees them.
 * A refusal rejects the renderer's promise with the reason and touches nothing.
 */
function handle<M extends BridgeMethod>(method: M, appOrigin: AppOrigin, handler: BridgeHandler<M>): void {
  ipcMain.handle(BRIDGE_CHANNELS[method], (event, ...args: unknown[]) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedAppUrl(frame.url, appOrigin)) {
      throw new Error(`Lianxin bridge refused ${method}: the request did not come from the app's own page`);
    }
    return handler(event, ...parseBridgeArguments(method, args));
  });
}
