import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { parseCentreAddress } from '../shared/sync/centre-address';
import type { AppOrigin } from './trusted-url';

export const SETTINGS_FILE = 'settings.json';

export interface ShellSettings {
  /** The centre the station syncs with; null until the clerk (or IT, in settings.json) sets one. */
  centreAddress: string | null;
  appOrigin: AppOrigin;
  /** The renderer is served by the Vite dev server rather than from the installed files. */
  development: boolean;
}

const httpOrigin = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .transform((url) => new URL(url).origin);

const settingsFile = z.looseObject({ centreUrl: z.string().optional() });

/**
 * Reads the shell's settings. The centre address comes from `LIANXIN_CENTRE_URL`, else from
 * `settings.json` in the user-data folder (written by the 同步 page through the bridge, or
 * placed by IT at installation), else none. A broken settings file is ignored rather than
 * stopping the app; a broken environment variable is a developer's mistake and throws.
 */
export function readShellSettings(env: NodeJS.ProcessEnv, userDataDir: string, appDir: string): ShellSettings {
  const devUrl = env.LIANXIN_DEV_URL;
  const appOrigin: AppOrigin = devUrl
    ? { kind: 'http', origin: parseEnvOrigin('LIANXIN_DEV_URL', devUrl) }
    : { kind: 'file', dir: path.join(appDir, 'dist', 'renderer') };
  const centreAddress = env.LIANXIN_CENTRE_URL
    ? parseEnvAddress('LIANXIN_CENTRE_URL', env.LIANXIN_CENTRE_URL)
    : readCentreAddressFromFile(settingsPath(userDataDir));
  return { centreAddress, appOrigin, development: devUrl !== undefined && devUrl !== '' };
}

export const settingsPath = (userDataDir: string): string => path.join(userDataDir, SETTINGS_FILE);

/**
 * Keeps the centre address in settings.json, leaving any other keys IT put there. Written
 * beside the file and renamed, so a crash mid-write leaves the old settings, never half a file.
 */
export async function writeCentreAddress(userDataDir: string, address: string): Promise<void> {
  const file = settingsPath(userDataDir);
  let current: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await fsp.readFile(file, 'utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) current = parsed as Record<string, unknown>;
  } catch {
    // No file yet, or a broken one: it is replaced.
  }
  await fsp.mkdir(userDataDir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await fsp.writeFile(partial, `${JSON.stringify({ ...current, centreUrl: address }, null, 2)}\n`);
  await fsp.rename(partial, file);
}

function parseEnvOrigin(name: string, value: string): string {
  const parsed = httpOrigin.safeParse(value);
  if (!parsed.success) throw new Error(`${name} must be an http(s) URL, got ${JSON.stringify(value)}`);
  return parsed.data;
}

function parseEnvAddress(name: string, value: string): string {
  const parsed = /^https?:\/\//i.test(value.trim()) ? parseCentreAddress(value) : null;
  if (!parsed?.ok) throw new Error(`${name} must be an http(s) URL, got ${JSON.stringify(value)}`);
  return parsed.address;
}

function readCentreAddressFromFile(file: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = settingsFile.safeParse(JSON.parse(text));
    if (!parsed.success) {
      console.warn(`[settings] ignoring ${file}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return null;
    }
    if (parsed.data.centreUrl === undefined) return null;
    const address = parseCentreAddress(parsed.data.centreUrl);
    if (address.ok) return address.address;
    console.warn(`[settings] ignoring centreUrl in ${file}: ${address.problem}`);
  } catch {
    console.warn(`[settings] ignoring ${file}: not JSON`);
  }
  return null;
}
