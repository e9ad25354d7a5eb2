/**
 * 走访照片 photos on a household visit. On a station PC photos arrive as files (from a phone or
 * a camera card); each is downscaled before it is stored, so a visit's photos stay small enough
 * to sync: at most 1280 px on the long side, JPEG, quality 0.75, stepping the quality down when a
 * busy picture is still too large. The sizes here are the rules both sides apply.
 */
import type { VisitPhoto } from '../domain/entities';

export const MAX_PHOTOS_PER_VISIT = 4;
/** The long side of a stored photo: enough to read a meter or a label on a phone-sized picture. */
export const MAX_PHOTO_SIDE = 1280;
export const PHOTO_QUALITIES: readonly number[] = [0.75, 0.6, 0.45];
/** The largest stored photo, as base64 characters (≈ 450 KB of JPEG). */
export const MAX_PHOTO_BASE64 = 600_000;
/** A file larger than this is refused before it is decoded (a raw camera file, a video). */
export const MAX_SOURCE_BYTES = 30 * 1024 * 1024;

/** The size a `width`×`height` picture is stored at: scaled down to fit `max` on its long side, never up. */
export function fitWithin(width: number, height: number, max = MAX_PHOTO_SIDE): { width: number; height: number } {
  if (!(width > 0 && height > 0)) throw new RangeError(`not a picture size: ${width}×${height}`);
  const long = Math.max(width, height);
  if (long <= max) return { width: Math.round(width), height: Math.round(height) };
  const scale = max / long;
  // The long side lands exactly on `max`; the short one rounds, never to 0.
  return width >= height
    ? { width: max, height: Math.max(1, Math.round(height * scale)) }
    : { width: Math.max(1, Math.round(width * scale)), height: max };
}

/** Bytes a base64 string decodes to. */
export function base64Bytes(b64: string): number {
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - pad;
}

export type PhotoFileProblem = 'notAnImage' | 'tooLarge';

/** Why a chosen file cannot become a photo, before it is read: only pictures, and none the size of a video. */
export function photoFileProblem(file: { type: string; size: number }): PhotoFileProblem | null {
  if (!/^image\//.test(file.type)) return 'notAnImage';
  if (file.size > MAX_SOURCE_BYTES) return 'tooLarge';
  return null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Why fields pushed for a visit photo cannot be stored, or null (the centre's check; the station produces only good ones). */
export function visitPhotoProblem(fields: Partial<Record<keyof VisitPhoto, unknown>>): string | null {
  if ('mime' in fields && fields.mime !== 'image/jpeg') return 'mime must be image/jpeg';
  for (const side of ['width', 'height'] as const) {
    const v = fields[side];
    if (side in fields && !(typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= MAX_PHOTO_SIDE)) return `${side} must be a whole number of pixels up to ${MAX_PHOTO_SIDE}`;
  }
  if ('data' in fields) {
    const d = fields.data;
    if (typeof d !== 'string' || d.length === 0 || d.length > MAX_PHOTO_BASE64 || d.length % 4 !== 0 || !BASE64.test(d)) return `data must be base64 of at most ${MAX_PHOTO_BASE64} characters`;
  }
  if ('visitId' in fields && (typeof fields.visitId !== 'string' || fields.visitId === '')) return 'visitId must name a visit';
  return null;
}

/** A photo ready to be stored with its visit (the visit's id and bookkeeping are added on saving). */
export type PhotoDraft = Pick<VisitPhoto, 'takenAt' | 'mime' | 'width' | 'height' | 'data'>;

/** Why a visit's photos cannot be stored: too many, or one that is not a stored-size JPEG. */
export function photosProblem(photos: readonly PhotoDraft[]): 'tooManyPhotos' | 'badPhoto' | null {
  if (photos.length > MAX_PHOTOS_PER_VISIT) return 'tooManyPhotos';
  return photos.some((p) => visitPhotoProblem(p) !== null) ? 'badPhoto' : null;
}
