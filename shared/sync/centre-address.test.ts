import { describe, expect, it } from 'vitest';
import { isCentreApiPath, parseCentreAddress } from './centre-address';

describe('parseCentreAddress', () => {
  it.each([
    ['10.1.2.3:8345', 'http://10.1.2.3:8345'],
    ['  http://127.0.0.1:8345/  ', 'http://127.0.0.1:8345'],
    ['HTTPS://Centre.Example/lianxin/', 'https://centre.example/lianxin'],
    ['https://centre.example', 'https://centre.example'],
  ])('accepts %s as %s', (raw, address) => {
    expect(parseCentreAddress(raw)).toEqual({ ok: true, address });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://centre.example', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['javascript://alert(1)', 'scheme'],
    ['http://user:pw@centre.example', 'credentials'],
    ['http://centre.example/?x=1', 'queryOrFragment'],
    ['http://centre.example/#top', 'queryOrFragment'],
    ['http://exa mple.com', 'notUrl'],
    [`http://${'a'.repeat(400)}.example`, 'tooLong'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(parseCentreAddress(raw)).toEqual({ ok: false, problem });
  });
});

describe('isCentreApiPath', () => {
  it.each(['/api/health', '/api/sync/push', '/api/sync/pull?limit=500&cursor=00000012', '/api/dashboard/figures?unit=JX%2FNH&from=2026-01-01&to=2026-12-31'])('allows %s', (path) => {
    expect(isCentreApiPath(path)).toBe(true);
  });
  it.each(['/admin', '/api', 'http://evil.example/api/health', '/api/../admin', '//evil.example/api/x', '/api/x#frag', '/api/x y', 'api/health'])('refuses %s', (path) => {
    expect(isCentreApiPath(path)).toBe(false);
  });
});
