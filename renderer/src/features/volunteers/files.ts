/**
 * Opening and saving files: through the desktop app's native dialogs when the bridge is there,
 * else the browser's file picker and downloads (shared/bridge.ts: the bridge is optional).
 */
import { XLSX_MIME } from './excel/exceljs';

export const XLSX_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }];

export interface PickedFile {
  name: string;
  /** Absent when the file is larger than asked for: it is never read into memory. */
  bytes?: Uint8Array;
}

/** Saves `bytes` as `name`; resolves false when the operator cancelled the dialog. */
export async function saveBytes(name: string, bytes: Uint8Array): Promise<boolean> {
  const bridge = window.lianxin;
  if (bridge) return (await bridge.saveFile({ suggestedName: name, data: bytes, filters: XLSX_FILTERS })).saved;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
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
