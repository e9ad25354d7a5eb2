import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readShellSettings, SETTINGS_FILE } from './settings';
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
  it('uses the installed renderer and the local demo centre by default', () => {
    expect(readShellSettings({}, userData, appDir)).toEqual({
      appOrigin: { kind: 'file', dir: path.join(appDir, 'dist', 'renderer') },
      centreOrigin: 'http://127.0.0.1:8345',
      development: false,
    });
  });

  it('takes the centre from settings.json, reduced to its origin', () => {
    writeSettings(JSON.stringify({ centreUrl: 'https://centre.jx96345.example/sync/v1' }));
    expect(readShellSettings({}, userData, appDir).centreOrigin).toBe('https://centre.jx96345.example');
  });

  it('lets LIANXIN_CENTRE_URL win over the file', () => {
    writeSettings(JSON.stringify({ centreUrl: 'https://centre.jx96345.example' }));
    expect(readShellSettings({ LIANXIN_CENTRE_URL: 'http://10.0.0.5:8345/' }, userData, appDir).centreOrigin).toBe('http://10.0.0.5:8345');
  });

  it.each(['not json', JSON.stringify({ centreUrl: 'javascript:alert(1)' }), JSON.stringify({ centreUrl: 42 }), JSON.stringify([])])(
    'ignores a broken settings file (%s)',
    (text) => {
      writeSettings(text);
      expect(readShellSettings({}, userData, appDir).centreOrigin).toBe('http://127.0.0.1:8345');
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
  ])('refuses a malformed %s', (name, value) => {
    expect(() => readShellSettings({ [name]: value }, userData, appDir)).toThrow(`${name} must be an http(s) URL`);
  });
});
