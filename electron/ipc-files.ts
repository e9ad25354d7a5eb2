import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron';
import type { FileFilter, OpenedFile, OpenFileRequest, SaveFileRequest, SaveResult } from '../shared/bridge';
import { BRIDGE_LIMITS } from '../shared/bridge';

/** Asks the operator where to save, starting in Documents with the suggested name. */
export async function askSavePath(
  event: IpcMainInvokeEvent,
  suggestedName: string,
  filters: FileFilter[] | undefined,
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(filters ? { filters } : {}),
  };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

/**
 * Writes beside the target and renames, so a failed write (disk full, USB stick pulled) never
 * leaves a truncated export where a good file used to be.
 */
export async function writeFileAtomically(target: string, data: Uint8Array): Promise<void> {
  const partial = `${target}.${process.pid}.partial`;
  try {
    await fs.writeFile(partial, data);
    await fs.rename(partial, target);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}

export async function saveFile(event: IpcMainInvokeEvent, req: SaveFileRequest): Promise<SaveResult> {
  const target = await askSavePath(event, req.suggestedName, req.filters);
  if (target === null) return { saved: false };
  await writeFileAtomically(target, req.data);
  return { saved: true, path: target };
}

export async function openFile(event: IpcMainInvokeEvent, req: OpenFileRequest): Promise<OpenedFile | null> {
  const options: Electron.OpenDialogOptions = { properties: ['openFile'], ...(req.filters ? { filters: req.filters } : {}) };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  const chosen = choice.filePaths[0];
  if (choice.canceled || chosen === undefined) return null;

  const limit = req.maxBytes ?? BRIDGE_LIMITS.maxFileBytes;
  const handle = await fs.open(chosen, 'r');
  try {
    // Size is checked on the open handle, so the file cannot be swapped for a larger one in between.
    const stat = await handle.stat();
    if (!stat.isFile()) throw new Error(`${path.basename(chosen)} is not a regular file`);
    if (stat.size > limit) throw new Error(`${path.basename(chosen)} is ${stat.size} bytes; at most ${limit} bytes can be opened`);
    const data = await handle.readFile();
    return { name: path.basename(chosen), data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } finally {
    await handle.close();
  }
}
