import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './csp';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('buildContentSecurityPolicy', () => {
  it('is strict for the installed app', () => {
    const policy = directives(buildContentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    // The centre is reached through the main process, never by the page itself.
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows inline scripts only for the dev server', () => {
    expect(directives(buildContentSecurityPolicy({ development: true })).get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('never allows eval or wildcards', () => {
    const policy = buildContentSecurityPolicy({ development: true });
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/\s\*(\s|;|$)/);
  });
});
