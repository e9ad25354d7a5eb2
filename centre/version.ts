/** The centre's version (package.json) and the sync protocol version it speaks. */
import { readFileSync } from 'node:fs';

export const PROTOCOL_VERSION = 1;

export const CENTRE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
