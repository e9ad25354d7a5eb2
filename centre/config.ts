/**
 * Where the centre listens and keeps its data, from the environment with flags on top.
 * Loopback by default: a station PC running the demo should not expose it to the LAN unless
 * HOST says so.
 */
import { fileURLToPath } from 'node:url';

export interface CentreConfig {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  staticDir: string;
}

export const DEFAULT_PORT = 8345;
/** The renderer build, found from this file so the centre can start from any directory. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../dist/renderer', import.meta.url));

export class ConfigError extends Error {}

export function parsePort(value: string | undefined, fallback = DEFAULT_PORT): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a whole number from 0 to 65535, not ${JSON.stringify(value)}`);
  return port;
}

export function centreConfig(env: NodeJS.ProcessEnv, flags: Partial<Record<'host' | 'port' | 'dataDir' | 'staticDir', string>> = {}): CentreConfig {
  return {
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    port: parsePort(flags.port ?? env.PORT),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: flags.dataDir ?? env.DATA_DIR ?? './data',
    staticDir: flags.staticDir ?? env.STATIC_DIR ?? DEFAULT_STATIC_DIR,
  };
}
