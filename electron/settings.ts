import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AppOrigin } from './trusted-url';

/** Demo centre started by `npm run demo` on the same PC. */
export const DEFAULT_CENTRE_URL = 'http://127.0.0.1:8345';
export const SETTINGS_FILE = 'settings.json';

export interface ShellSettings {
  /** Origin the renderer may connect to besides itself (the CSP's connect-src). */
  centreOrigin: string;
  appOrigin: AppOrigin;
  /** The renderer is served by the Vite dev server rather than from the installed files. */
  development: boolean;
}

const httpOrigin = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .transform((url) => new URL(url).origin);

const settingsFile = z.object({ centreUrl: httpOrigin.optional() });

/**
 * Reads the shell's settings. The centre URL comes from `LIANXIN_CENTRE_URL`, else from
 * `settings.json` in the user-data folder (IT staff can place it at installation), else the
 * local demo centre. A broken settings file falls back to the default rather than stopping the
 * app; a broken environment variable is a developer's mistake and throws.
 */
export function readShellSettings(env: NodeJS.ProcessEnv, userDataDir: string, appDir: string): ShellSettings {
  const devUrl = env.LIANXIN_DEV_URL;
  const appOrigin: AppOrigin = devUrl
    ? { kind: 'http', origin: parseEnvOrigin('LIANXIN_DEV_URL', devUrl) }
    : { kind: 'file', dir: path.join(appDir, 'dist', 'renderer') };
  const centreOrigin = env.LIANXIN_CENTRE_URL
    ? parseEnvOrigin('LIANXIN_CENTRE_URL', env.LIANXIN_CENTRE_URL)
    : (readCentreUrlFromFile(path.join(userDataDir, SETTINGS_FILE)) ?? new URL(DEFAULT_CENTRE_URL).origin);
  return { centreOrigin, appOrigin, development: devUrl !== undefined && devUrl !== '' };
}

function parseEnvOrigin(name: string, value: string): string {
  const parsed = httpOrigin.safeParse(value);
  if (!parsed.success) throw new Error(`${name} must be an http(s) URL, got ${JSON.stringify(value)}`);
  return parsed.data;
}

function readCentreUrlFromFile(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = settingsFile.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.centreUrl;
    console.warn(`[settings] ignoring ${file}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  } catch {
    console.warn(`[settings] ignoring ${file}: not JSON`);
  }
  return undefined;
}
