import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CHANNELS, type LianxinBridge } from '../shared/bridge';

/**
 * The only door from the page to the desktop: named methods, each bound to its own channel.
 * `ipcRenderer` itself never crosses, so page script cannot invoke arbitrary channels or listen
 * to replies meant for someone else. Arguments are validated again in main.
 */
const api = {
  appVersion: () => ipcRenderer.invoke(BRIDGE_CHANNELS.appVersion),
  saveFile: (req) => ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, req),
  openFile: (req) => ipcRenderer.invoke(BRIDGE_CHANNELS.openFile, req),
  printToPdf: (req) => ipcRenderer.invoke(BRIDGE_CHANNELS.printToPdf, req),
  centreAddress: () => ipcRenderer.invoke(BRIDGE_CHANNELS.centreAddress),
  setCentreAddress: (address) => ipcRenderer.invoke(BRIDGE_CHANNELS.setCentreAddress, address),
  centreRequest: (req) => ipcRenderer.invoke(BRIDGE_CHANNELS.centreRequest, req),
} satisfies LianxinBridge;

contextBridge.exposeInMainWorld('lianxin', api);
