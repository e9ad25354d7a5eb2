/**
 * The centre's address as a station keeps it: an http(s) origin with an optional path prefix
 * (a centre behind a reverse proxy at `https://host/lianxin`), never credentials, a query or a
 * fragment. The station's form and the desktop shell's main process both parse with this, so
 * an address the form accepts is one main accepts (docs/electron.md, "Reaching the centre").
 */

export type CentreAddressProblem = 'empty' | 'notUrl' | 'scheme' | 'credentials' | 'queryOrFragment' | 'tooLong';

export type ParsedCentreAddress = { ok: true; address: string } | { ok: false; problem: CentreAddressProblem };

export const MAX_CENTRE_ADDRESS_LENGTH = 300;

/**
 * `10.1.2.3:8345` → `http://10.1.2.3:8345`; `HTTPS://Centre.example/lianxin/` →
 * `https://centre.example/lianxin`. A clerk types the address by hand, so a missing scheme
 * means http (the usual LAN centre) and trailing slashes are dropped.
 */
export function parseCentreAddress(raw: string): ParsedCentreAddress {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.length > MAX_CENTRE_ADDRESS_LENGTH) return { ok: false, problem: 'tooLong' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `http://${trimmed}`);
  } catch {
    return { ok: false, problem: 'notUrl' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'scheme' };
  if (url.hostname === '') return { ok: false, problem: 'notUrl' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(trimmed)) return { ok: false, problem: 'queryOrFragment' };
  return { ok: true, address: url.origin + url.pathname.replace(/\/+$/, '') };
}

/**
 * The centre API paths a station calls (`/api/sync/push`, `/api/sync/pull?limit=500&cursor=…`,
 * `/api/health`, `/api/dashboard/figures?…`): the shell's main process sends nothing else.
 */
const API_PATH = /^\/api\/[A-Za-z0-9/_-]{1,100}(\?[A-Za-z0-9%&=._~+:-]{0,1000})?$/;

export function isCentreApiPath(path: string): boolean {
  return API_PATH.test(path) && !path.includes('/../') && !path.includes('//');
}
