import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where the app's own pages come from: the built renderer folder (file://, installed app) or
 * the Vite dev server (http, `LIANXIN_DEV_URL`). Everything else is foreign content.
 */
export type AppOrigin = { kind: 'file'; dir: string } | { kind: 'http'; origin: string };

/**
 * True when `url` is one of the app's own pages. Used for navigation, frames and IPC senders,
 * so it is strict: a parse failure, credentials in the URL, another scheme, host or port, or a
 * file outside the renderer folder (after `..` and percent-decoding) are all untrusted.
 */
export function isTrustedAppUrl(url: string, appOrigin: AppOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  return appOrigin.kind === 'http' ? isSameHttpOrigin(parsed, appOrigin.origin) : isInsideDir(parsed, appOrigin.dir);
}

function isSameHttpOrigin(parsed: URL, origin: string): boolean {
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  let expected: URL;
  try {
    expected = new URL(origin);
  } catch {
    return false;
  }
  return parsed.origin === expected.origin;
}

function isInsideDir(parsed: URL, dir: string): boolean {
  // A host in a file URL means a network share (file://server/share), never our install folder.
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  let filePath: string;
  try {
    // Rejects encoded separators (%2F, %5C) that could smuggle a different path past the parser.
    filePath = fileURLToPath(parsed);
  } catch {
    return false;
  }
  if (filePath.includes('\0')) return false;
  const relative = path.relative(path.resolve(dir), filePath);
  const escapes = relative === '..' || relative.startsWith(`..${path.sep}`);
  return relative !== '' && !escapes && !path.isAbsolute(relative);
}

/** The URL the main window loads for an origin: the dev server root or the built index.html. */
export function appEntryUrl(appOrigin: AppOrigin): string {
  if (appOrigin.kind === 'http') return new URL('/', appOrigin.origin).href;
  return pathToFileURL(path.resolve(appOrigin.dir, 'index.html')).href;
}
