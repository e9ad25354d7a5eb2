import type { IpcMainInvokeEvent } from 'electron';
import type { PrintToPdfRequest, SaveResult } from '../shared/bridge';
import { askSavePath, writeFileAtomically } from './ipc-files';

const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];

/**
 * Prints the requesting window (work-order slips, monthly reports) to A4. The place is asked
 * first so a cancelled dialog costs no rendering.
 */
export async function printToPdf(event: IpcMainInvokeEvent, req: PrintToPdfRequest): Promise<SaveResult> {
  const name = /\.pdf$/i.test(req.suggestedName) ? req.suggestedName : `${req.suggestedName}.pdf`;
  const target = await askSavePath(event, name, PDF_FILTERS);
  if (target === null) return { saved: false };
  const pdf = await event.sender.printToPDF({ landscape: req.landscape ?? false, pageSize: 'A4', printBackground: true });
  await writeFileAtomically(target, pdf);
  return { saved: true, path: target };
}
