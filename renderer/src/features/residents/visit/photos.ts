/**
 * A chosen file becomes a visit photo in the renderer: decoded by the browser, drawn onto a
 * canvas at the stored size (shared/residents/photos.ts: 1280 px on the long side, never scaled
 * up) and encoded as JPEG at quality 0.75, stepping down when a busy picture is still too large.
 * Nothing of the original file is kept.
 */
import { fitWithin, MAX_PHOTO_BASE64, PHOTO_QUALITIES, photoFileProblem, type PhotoDraft } from '../../../../../shared/residents/photos';

export type PhotoRefusal = 'notAnImage' | 'tooLarge' | 'unreadable' | 'stillTooLarge';

/** A file that cannot become a photo, and why (shown at the field with the file's name). */
export class PhotoRefused extends Error {
  constructor(readonly code: PhotoRefusal, readonly fileName: string) {
    super(`${fileName}: ${code}`);
    this.name = 'PhotoRefused';
  }
}

/** When the picture was taken, as far as a file tells: its modification time, never in the future. */
function takenAt(file: File, now: number): string {
  const t = file.lastModified > 0 && file.lastModified <= now ? file.lastModified : now;
  return new Date(t).toISOString();
}

export async function photoFromFile(file: File, now = Date.now()): Promise<PhotoDraft> {
  const problem = photoFileProblem(file);
  if (problem) throw new PhotoRefused(problem, file.name);
  let bitmap: ImageBitmap;
  try {
    // Follows the EXIF orientation, so a phone's upright photo stays upright.
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PhotoRefused('unreadable', file.name);
  }
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new PhotoRefused('unreadable', file.name);
    // JPEG has no transparency: a transparent PNG becomes white, not black.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    for (const quality of PHOTO_QUALITIES) {
      const url = canvas.toDataURL('image/jpeg', quality);
      const data = url.slice(url.indexOf(',') + 1);
      if (data.length <= MAX_PHOTO_BASE64) return { mime: 'image/jpeg', width, height, data, takenAt: takenAt(file, now) };
    }
    throw new PhotoRefused('stillTooLarge', file.name);
  } finally {
    bitmap.close();
  }
}

export const photoUrl = (p: Pick<PhotoDraft, 'mime' | 'data'>) => `data:${p.mime};base64,${p.data}`;
