import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconSvg, renderIcon } from '../../scripts/icons';

const pub = join(import.meta.dirname, '../../public');

describe('the icons', () => {
  it('are exactly what scripts/icons.ts draws, at every size', () => {
    expect(readFileSync(join(pub, 'icon.svg'), 'utf8')).toBe(iconSvg());
    for (const size of ICON_SIZES) {
      const png = renderIcon(size);
      expect(readFileSync(join(pub, `icon-${size}.png`)).equals(png), `icon-${size}.png`).toBe(true);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
  it('keep the store icon inside a transparent 16 px margin and the toolbar icon full size', () => {
    // A corner pixel's alpha: RGBA rows after a filter byte, inflated from the one IDAT chunk.
    const alphaAt = (size: number, x: number, y: number) => {
      const png = renderIcon(size);
      const len = png.readUInt32BE(33);
      const raw = inflateSync(png.subarray(41, 41 + len));
      return raw[y * (1 + size * 4) + 1 + x * 4 + 3];
    };
    expect(alphaAt(128, 12, 64)).toBe(0);
    expect(alphaAt(128, 24, 64)).toBe(255);
    expect(alphaAt(16, 1, 8)).toBe(255);
  });
});
