import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readShellSettings, SETTINGS_FILE, writeCentreAddress } from './settings';
import { useTempDirs } from './test/temp-dir';

const tempDir = useTempDirs();
const appDir = '/opt/Lianxin/resources/app.asar';
let userData: string;
beforeEach(() => {
  userData = tempDir();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
const writeSettings = (text: string) => fs.writeFileSync(path.join(userData, SETTINGS_FILE), text);

describe('readShellSettings', () => {
  it('uses the installed renderer and no centre address by default', () => {
    expect(readShellSettings({}, userData, appDir)).toEqual({
      appOrigin: { kind: 'file', dir: path.join(appDir, 'dist', 'renderer') },
      centreAddress: null,
      development: false,
    });
  });

  it('takes the centre from settings.json, keeping a path prefix and dropping the trailing slash', () => {
    writeSettings(JSON.stringify({ centreUrl: 'https://centre.jx96345.example/lianxin/' }));
    expect(readShellSettings({}, userData, appDir).centreAddress).toBe('https://centre.jx96345.example/lianxin');
  });

  it('lets LIANXIN_CENTRE_URL win over the file', () => {
    writeSettings(JSON.stringify({ centreUrl: 'https://centre.jx96345.example' }));
    expect(readShellSettings({ LIANXIN_CENTRE_URL: 'http://10.0.0.5:8345/' }, userData, appDir).centreAddress).toBe('http://10.0.0.5:8345');
  });

  it.each(['not json', JSON.stringify({ centreUrl: 'javascript:alert(1)' }), JSON.stringify({ centreUrl: 42 }), JSON.stringify([]), JSON.stringify({ centreUrl: 'http://u:p@centre.example' })])(
    'ignores a broken settings file (%s)',
    (text) => {
      writeSettings(text);
      expect(readShellSettings({}, userData, appDir).centreAddress).toBeNull();
    },
  );

  it('serves the renderer from LIANXIN_DEV_URL in development', () => {
    expect(readShellSettings({ LIANXIN_DEV_URL: 'http://localhost:5173/' }, userData, appDir)).toMatchObject({
      appOrigin: { kind: 'http', origin: 'http://localhost:5173' },
      development: true,
    });
  });

  it.each([
    ['LIANXIN_DEV_URL', 'file:///etc/'],
    ['LIANXIN_CENTRE_URL', 'centre.jx96345.example'],
    ['LIANXIN_CENTRE_URL', 'ftp://centre.jx96345.example'],
  ])('refuses a malformed %s', (name, value) => {
    expect(() => readShellSettings({ [name]: value }, userData, appDir)).toThrow(`${name} must be an http(s) URL`);
  });
});

describe('writeCentreAddress', () => {
  it('keeps the address for the next start, and the keys IT placed beside it', async () => {
    writeSettings(JSON.stringify({ centreUrl: 'http://old.example:8345', proxyNote: 'set by IT' }));
    await writeCentreAddress(userData, 'https://centre.jx96345.example');
    expect(readShellSettings({}, userData, appDir).centreAddress).toBe('https://centre.jx96345.example');
    expect(JSON.parse(fs.readFileSync(path.join(userData, SETTINGS_FILE), 'utf8'))).toEqual({ centreUrl: 'https://centre.jx96345.example', proxyNote: 'set by IT' });
    expect(fs.readdirSync(userData)).toEqual([SETTINGS_FILE]);
  });

  it('replaces a broken file and creates a missing folder', async () => {
    const fresh = path.join(userData, 'new');
    await writeCentreAddress(fresh, 'http://10.0.0.5:8345');
    expect(readShellSettings({}, fresh, appDir).centreAddress).toBe('http://10.0.0.5:8345');
    writeSettings('{ broken');
    await writeCentreAddress(userData, 'http://10.0.0.6:8345');
    expect(readShellSettings({}, userData, appDir).centreAddress).toBe('http://10.0.0.6:8345');
  });
});
