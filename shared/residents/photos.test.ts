import { describe, expect, it } from 'vitest';
import { base64Bytes, fitWithin, MAX_PHOTO_BASE64, MAX_PHOTO_SIDE, photoFileProblem, visitPhotoProblem } from './photos';

describe('photo size', () => {
  it('scales the long side down to 1280 px, keeping the shape', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 960, height: 1280 });
    expect(fitWithin(4000, 4000)).toEqual({ width: 1280, height: 1280 });
    expect(fitWithin(1920, 1081)).toEqual({ width: 1280, height: 721 });
  });

  it('never scales up, and keeps a sliver at least 1 px wide', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(1280, 10)).toEqual({ width: 1280, height: 10 });
    expect(fitWithin(100_000, 20)).toEqual({ width: 1280, height: 1 });
    expect(fitWithin(2560, 1440, 640)).toEqual({ width: 640, height: 360 });
  });

  it('refuses a size that is not a picture', () => {
    expect(() => fitWithin(0, 10)).toThrow(RangeError);
    expect(() => fitWithin(Number.NaN, 10)).toThrow(RangeError);
  });

  it('counts base64 bytes', () => {
    expect(base64Bytes(btoa('abc'))).toBe(3);
    expect(base64Bytes(btoa('abcd'))).toBe(4);
    expect(base64Bytes(btoa('abcde'))).toBe(5);
    expect(base64Bytes('')).toBe(0);
  });
});

describe('photo files', () => {
  it('takes pictures only, and none the size of a video', () => {
    expect(photoFileProblem({ type: 'image/jpeg', size: 3_000_000 })).toBeNull();
    expect(photoFileProblem({ type: 'image/png', size: 1 })).toBeNull();
    expect(photoFileProblem({ type: 'application/pdf', size: 1000 })).toBe('notAnImage');
    expect(photoFileProblem({ type: '', size: 1000 })).toBe('notAnImage');
    expect(photoFileProblem({ type: 'image/jpeg', size: 31 * 1024 * 1024 })).toBe('tooLarge');
  });

  it('a stored photo is a JPEG within the size limits', () => {
    const ok = { visitId: 'v1', mime: 'image/jpeg', width: MAX_PHOTO_SIDE, height: 720, data: btoa('jpeg bytes!!') };
    expect(visitPhotoProblem(ok)).toBeNull();
    expect(visitPhotoProblem({ ...ok, height: 0 })).toMatch(/height/);
    expect(visitPhotoProblem({ ...ok, width: 1.5 })).toMatch(/width/);
    expect(visitPhotoProblem({ ...ok, data: 'A'.repeat(MAX_PHOTO_BASE64 + 4) })).toMatch(/base64/);
    expect(visitPhotoProblem({ ...ok, visitId: '' })).toMatch(/visitId/);
    // A partial change names only what it carries.
    expect(visitPhotoProblem({ visitId: 'v2' })).toBeNull();
  });
});
