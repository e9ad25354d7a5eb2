import { describe, expect, it } from 'vitest';
import { appEntryUrl, isTrustedAppUrl, type AppOrigin } from './trusted-url';

const installed: AppOrigin = { kind: 'file', dir: '/opt/Lianxin/resources/app.asar/dist/renderer' };
const dev: AppOrigin = { kind: 'http', origin: 'http://localhost:5173' };

describe('isTrustedAppUrl for the installed renderer (file://)', () => {
  it.each([
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer/index.html', true],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer/index.html#/requests/42', true],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer/assets/index-abc.js', true],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer/index.html?lang=en', true],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer/', false],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer', false],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer/../main.cjs', false],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer/%2e%2e/main.cjs', false],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer/..%2F..%2Fsecret', false],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer/a%5C..%5C..%5Cx', true],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer-evil/index.html', false],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer%00/index.html', false],
    ['file:///etc/passwd', false],
    ['file://attacker.example/opt/Lianxin/resources/app.asar/dist/renderer/index.html', false],
    ['file://user@/opt/Lianxin/resources/app.asar/dist/renderer/index.html', false],
    ['http://localhost:5173/index.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['blob:file:///0d3c0ef8-0000-4000-8000-000000000000', false],
    ['about:blank', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, trusted) => {
    expect(isTrustedAppUrl(url, installed)).toBe(trusted);
  });
});

describe('isTrustedAppUrl for the dev server (http)', () => {
  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/index.html#/volunteers', true],
    ['http://LOCALHOST:5173/src/main.tsx', true],
    ['http://localhost:5174/', false],
    ['http://localhost/', false],
    ['https://localhost:5173/', false],
    ['ws://localhost:5173/', false],
    ['http://localhost:5173.attacker.example/', false],
    ['http://localhost.attacker.example:5173/', false],
    ['http://attacker.example/?http://localhost:5173/', false],
    ['http://localhost:5173@attacker.example/', false],
    ['http://attacker@localhost:5173/', false],
    ['http://user:pass@localhost:5173/', false],
    ['http://127.0.0.1:5173/', false],
    ['javascript:location="http://localhost:5173/"', false],
    ['file:///opt/Lianxin/resources/app.asar/dist/renderer/index.html', false],
  ])('%s → %s', (url, trusted) => {
    expect(isTrustedAppUrl(url, dev)).toBe(trusted);
  });

  it('trusts nothing when the configured origin itself is not a URL', () => {
    expect(isTrustedAppUrl('http://localhost:5173/', { kind: 'http', origin: 'localhost:5173' })).toBe(false);
  });
});

describe('appEntryUrl', () => {
  it('is the built index.html, percent-encoded, and trusted', () => {
    const origin: AppOrigin = { kind: 'file', dir: '/home/张三/连心 app/dist/renderer' };
    const url = appEntryUrl(origin);
    expect(url).toBe('file:///home/%E5%BC%A0%E4%B8%89/%E8%BF%9E%E5%BF%83%20app/dist/renderer/index.html');
    expect(isTrustedAppUrl(url, origin)).toBe(true);
  });

  it('is the dev server root', () => {
    expect(appEntryUrl({ kind: 'http', origin: 'http://localhost:5173' })).toBe('http://localhost:5173/');
  });
});
