/**
 * Saving files and printing, whether or not the desktop app's bridge is there. Inside Electron
 * `window.lianxin` asks where to save (native dialog) and prints to PDF; in a plain browser a
 * file becomes a download and printing opens the browser's print dialog. Features call these,
 * never the bridge or `window.print` directly.
 */
import { BRIDGE_LIMITS, type FileFilter, type SaveResult } from '../../../shared/bridge';

export class FileTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`File of ${bytes} bytes exceeds ${BRIDGE_LIMITS.maxFileBytes}`);
  }
}

/** Keeps a suggested name to one plain file name the bridge accepts. */
export function safeFileName(name: string): string {
  const clean = [...name].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('').trim() || 'lianxin';
  return clean.slice(0, BRIDGE_LIMITS.maxNameLength);
}

export const XLSX_FILTER: FileFilter = { name: 'Excel', extensions: ['xlsx'] };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[] = []): Promise<SaveResult> {
  if (data.byteLength > BRIDGE_LIMITS.maxFileBytes) throw new FileTooLargeError(data.byteLength);
  const name = safeFileName(suggestedName);
  const bridge = globalThis.window?.lianxin;
  if (bridge) return bridge.saveFile({ suggestedName: name, data, filters });
  const type = name.endsWith('.xlsx') ? XLSX_TYPE : 'application/octet-stream';
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true };
}

/** Prints the window: to an A4 PDF through the desktop app, else through the browser's dialog. */
export async function printWindow(suggestedName: string, landscape = true): Promise<SaveResult> {
  const bridge = globalThis.window?.lianxin;
  if (bridge) return bridge.printToPdf({ suggestedName: safeFileName(suggestedName), landscape });
  window.print();
  return { saved: false };
}
