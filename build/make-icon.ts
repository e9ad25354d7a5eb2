/**
 * Draws build/icon.png (512×512): two linked hearts, 连心 "hearts joined", on the red of the
 * volunteer service. Drawn from code and encoded with node:zlib so the icon needs no design
 * tool and no download; electron-builder derives the Windows .ico and Linux sizes from it.
 * Run: npx tsx build/make-icon.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

type Rgba = [number, number, number, number];
const SIZE = 512;
const SAMPLES = 4; // 4×4 samples per pixel for smooth edges

/** Implicit heart curve (x²+y²−1)³ − x²y³ ≤ 0, centred at (cx, cy), `scale` pixels per unit. */
const insideHeart = (px: number, py: number, cx: number, cy: number, scale: number): boolean => {
  const x = (px - cx) / scale;
  const y = -(py - cy) / scale;
  const a = x * x + y * y - 1;
  return a * a * a - x * x * y * y * y <= 0;
};

const insideRoundedSquare = (px: number, py: number, margin: number, radius: number): boolean => {
  const min = margin + radius;
  const max = SIZE - margin - radius;
  const dx = Math.max(min - px, 0, px - max);
  const dy = Math.max(min - py, 0, py - max);
  return dx * dx + dy * dy <= radius * radius;
};

function colourAt(px: number, py: number): Rgba {
  if (!insideRoundedSquare(px, py, 16, 96)) return [0, 0, 0, 0];
  const t = py / SIZE;
  const red: Rgba = [Math.round(216 - 40 * t), Math.round(48 - 24 * t), Math.round(40 - 16 * t), 255];
  if (insideHeart(px, py, 196, 226, 104)) return [255, 255, 255, 255];
  // A ring of background around the white heart makes it sit in front of the gold one.
  if (insideHeart(px, py, 196, 226, 120)) return red;
  if (insideHeart(px, py, 322, 300, 104)) return [255, 196, 40, 255];
  return red;
}

function renderPixels(): Buffer {
  // Each row starts with PNG filter byte 0 (none).
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    const rowStart = y * (SIZE * 4 + 1);
    for (let x = 0; x < SIZE; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
          // Premultiply so transparent corners do not darken the antialiased edge.
          sum[0]! += (r * a) / 255;
          sum[1]! += (g * a) / 255;
          sum[2]! += (b * a) / 255;
          sum[3]! += a;
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = sum[3]! / n;
      const offset = rowStart + 1 + x * 4;
      for (let c = 0; c < 3; c++) rows[offset + c] = alpha === 0 ? 0 : Math.round(((sum[c]! / n) * 255) / alpha);
      rows[offset + 3] = Math.round(alpha);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer): number => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(renderPixels(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const target = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
fs.writeFileSync(target, encodePng());
console.log(`wrote ${target}`);
