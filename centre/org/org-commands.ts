/**
 * `npm run centre -- org import <file.xlsx|file.csv>` and `org list [path]`: the org tree from the
 * command line, over the same store and the same checks as the admin API. Like the server, the
 * commands first write the bundled tree into a store that holds none.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isValidOrgPath, isWithin } from '../../shared/org/org-path';
import type { Store } from '../db/store';
import { importOrgFile, OrgImportRefused } from './import';
import { OrgFileError } from './org-file';
import { ensureOrgTree, readOrgTree } from './units';

/** Who the history says changed the tree from the command line (someone with the server's shell). */
export const CLI_WHO = 'command line';

export const ORG_USAGE = 'org takes: import <file.xlsx|file.csv>, or list [org path]';

/** Thrown for a command line that is not one of ORG_USAGE's. */
export class OrgUsageError extends Error {}

export async function runOrgCommand(store: Store, rest: string[], print: (line: string) => void): Promise<number> {
  const [verb, arg, ...extra] = rest;
  if (extra.length || (verb !== 'import' && verb !== 'list') || (verb === 'import' && !arg)) throw new OrgUsageError(ORG_USAGE);
  await ensureOrgTree(store);
  if (verb === 'list') {
    if (arg !== undefined && !isValidOrgPath(arg)) throw new OrgUsageError(`${arg} is not an org path (e.g. JX/NH)`);
    const { units } = await readOrgTree(store);
    const shown = arg === undefined ? units : units.filter((u) => isWithin(u.path, arg));
    for (const u of shown) print([u.path, u.name, u.level, u.areaCode ?? '-', u.retired ? 'RETIRED' : 'in use'].join('\t'));
    print(`${shown.length} unit(s), ${shown.filter((u) => u.retired).length} retired.`);
    return 0;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(arg!));
  } catch (e) {
    print(`Cannot read ${arg}: ${(e as Error).message}`);
    return 1;
  }
  try {
    const report = await importOrgFile(store, bytes, { fileName: basename(arg!), who: CLI_WHO });
    print(`Imported ${basename(arg!)}: ${report.rows} row(s), ${report.added} unit(s) added, ${report.changed} changed, ${report.unchanged} unchanged.`);
    return 0;
  } catch (e) {
    if (e instanceof OrgFileError) {
      print(`The file cannot be read: ${e.message}. Nothing was imported.`);
      return 1;
    }
    if (e instanceof OrgImportRefused) {
      for (const p of e.problems) print(`row ${p.row}, ${p.field}: ${p.message}`);
      print(`${e.problems.length} problem(s); nothing was imported.`);
      return 1;
    }
    throw e;
  }
}
