import type { Session } from 'electron';

export interface CspOptions {
  /**
   * The Vite dev server injects an inline module script (React refresh preamble), so development
   * alone allows inline scripts; installed builds never do.
   */
  development?: boolean;
}

/**
 * The Content-Security-Policy of every page the app shows. Inline styles are allowed because
 * antd writes its CSS-in-JS into <style> tags at run time; scripts come only from the app itself.
 * The page connects to nothing but its own origin: calls to the centre go through the main
 * process (electron/centre-link.ts), so the centre's address can change while the app runs
 * without loosening the policy (docs/electron.md, "Reaching the centre").
 */
export function buildContentSecurityPolicy({ development = false }: CspOptions = {}): string {
  const connect = ["'self'"];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': development ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': connect,
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Sets the policy on every response of the session, replacing whatever a server sent (header
 * names are case-insensitive, so every spelling of the header is removed first).
 */
export function installContentSecurityPolicy(session: Session, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
}
