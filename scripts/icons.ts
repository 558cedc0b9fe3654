/**
 * Draws Shutten's icon — a page of text in which one figure is marked (amber) and its source
 * (green) — at every size the browsers and stores ask for, as PNG files in public/ (WXT lists
 * public/icon-<size>.png in the manifest) plus the SVG it is drawn from. No browser or image library:
 * the icon is a few rounded rectangles, rasterised here with 8×8 supersampling, so a test can check
 * that the committed files are exactly what this script draws.
 *
 *   npx tsx scripts/icons.ts      (writes public/icon.svg and public/icon-{16,32,48,96,128}.png)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** The sizes written: toolbar (16, 32), extensions page (48, 96), store and install prompt (128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
/** Transparent margin per side: the Chrome Web Store wants the 128 px icon drawn in its middle 96 px. */
const PADDING: Readonly<Record<number, number>> = { 128: 16 };

type Rgb = [number, number, number];
/** A rounded rectangle on a 128 × 128 canvas. */
interface Shape {
  x: number;
  y: number;
  w: number;
  h: number;
  r: number;
  fill: Rgb;
}

const INK: Rgb = [31, 58, 95];
const PAPER: Rgb = [236, 241, 247];
const FIGURE: Rgb = [255, 196, 0];
const SOURCE: Rgb = [60, 207, 154];

/** The drawing: a dark tile, three lines of text, a marked figure on the second and a source on the third. */
const SHAPES: readonly Shape[] = [
  { x: 4, y: 4, w: 120, h: 120, r: 26, fill: INK },
  { x: 22, y: 26, w: 84, h: 14, r: 7, fill: PAPER },
  { x: 22, y: 57, w: 26, h: 14, r: 7, fill: PAPER },
  { x: 54, y: 50, w: 52, h: 28, r: 9, fill: FIGURE },
  { x: 22, y: 88, w: 44, h: 14, r: 7, fill: PAPER },
  { x: 72, y: 88, w: 34, h: 14, r: 7, fill: SOURCE },
];

const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** The icon as SVG (the same shapes). */
export function iconSvg(): string {
  const rects = SHAPES.map(
    (s) => `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${hex(s.fill)}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="128" height="128">\n  <title>Shutten</title>\n${rects.join('\n')}\n</svg>\n`;
}

function inside(s: Shape, x: number, y: number): boolean {
  if (x < s.x || y < s.y || x > s.x + s.w || y > s.y + s.h) return false;
  const cx = Math.min(Math.max(x, s.x + s.r), s.x + s.w - s.r);
  const cy = Math.min(Math.max(y, s.y + s.r), s.y + s.h - s.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= s.r ** 2;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** The icon at `size` × `size` as a PNG (RGBA, straight alpha). */
export function renderIcon(size: number): Buffer {
  const N = 8;
  const pad = PADDING[size] ?? 0;
  const scale = 128 / (size - 2 * pad);
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const x = (px - pad + (sx + 0.5) / N) * scale;
          const y = (py - pad + (sy + 0.5) / N) * scale;
          // The topmost shape under the sample wins (shapes are opaque).
          for (let i = SHAPES.length - 1; i >= 0; i--) {
            const s = SHAPES[i] as Shape;
            if (!inside(s, x, y)) continue;
            r += s.fill[0];
            g += s.fill[1];
            b += s.fill[2];
            a += 1;
            break;
          }
        }
      }
      const o = 1 + px * 4;
      if (a) {
        row[o] = Math.round(r / a);
        row[o + 1] = Math.round(g / a);
        row[o + 2] = Math.round(b / a);
      }
      row[o + 3] = Math.round((a / (N * N)) * 255);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(import.meta.dirname, '..', 'public');
  writeFileSync(join(dir, 'icon.svg'), iconSvg());
  for (const size of ICON_SIZES) writeFileSync(join(dir, `icon-${size}.png`), renderIcon(size));
  console.log(`wrote public/icon.svg and ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
}
