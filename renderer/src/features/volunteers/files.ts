/**
 * Opening rosters: through the desktop app's native dialog when the bridge is there, else the
 * browser's file picker (shared/bridge.ts: the bridge is optional). Saving goes through
 * platform/files.ts like every other feature.
 */
import { saveFile } from '../../platform/files';

export const XLSX_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }];

export interface PickedFile {
  name: string;
  /** Absent when the file is larger than asked for: it is never read into memory. */
  bytes?: Uint8Array;
}

/** Saves `bytes` as `name` (platform/files.ts); resolves false when the operator cancelled the dialog. */
export async function saveBytes(name: string, bytes: Uint8Array): Promise<boolean> {
  return (await saveFile(name, bytes, XLSX_FILTERS)).saved;
}

/** Asks for one file; null when the operator cancelled. */
export async function pickFile(maxBytes: number): Promise<PickedFile | null> {
  const bridge = window.lianxin;
  if (bridge) {
    // Main refuses a file over maxBytes by rejecting; to the clerk that is "too large".
    const opened = await bridge.openFile({ filters: XLSX_FILTERS, maxBytes }).catch(() => ({ name: '', data: undefined }));
    return opened ? { name: opened.name, ...(opened.data ? { bytes: opened.data } : {}) } : null;
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const done = (file: PickedFile | null) => {
      input.remove();
      resolve(file);
    };
    input.onchange = async () => {
      const file = input.files?.[0];
      if (!file) return done(null);
      done(file.size > maxBytes ? { name: file.name } : { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    };
    input.oncancel = () => done(null);
    document.body.append(input);
    input.click();
  });
}
