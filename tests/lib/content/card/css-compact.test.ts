import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactCss, cssCompact } from '../../../../scripts/css-compact';

// The card's style sheets ship without their layout whitespace (scripts/css-compact.ts): the same rules,
// only fewer bytes in the content script.
const CARD = join(__dirname, '../../../../lib/content/card');

describe('compactCss', () => {
  it('drops the whitespace CSS ignores and keeps what a value or a selector needs', () => {
    const css = `
:host {
  all: initial !important; inset: 0 auto auto 0 !important;
}
.card .title, dd { font: 13px/1.45 system-ui, "Noto Sans CJK JP", sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); }
@media (forced-colors: active) { .card { border: 2px solid CanvasText; } }
`;
    expect(compactCss(css)).toBe(
      ':host{all:initial!important;inset:0 auto auto 0!important}' +
        '.card .title,dd{font:13px/1.45 system-ui,"Noto Sans CJK JP",sans-serif;box-shadow:0 4px 16px rgb(0 0 0 / 0.18)}' +
        '@media (forced-colors:active){.card{border:2px solid CanvasText}}',
    );
  });

  it('refuses a sheet with an interpolation, an escape or a comment', () => {
    expect(() => compactCss(['.a { color: $', '{c}; }'].join(''))).toThrow(/css-compact/);
    expect(() => compactCss(".a { content: '\\2014'; }")).toThrow(/css-compact/);
    expect(() => compactCss('/* why */ .a { color: red; }')).toThrow(/css-compact/);
  });
});

describe('the Vite plugin', () => {
  it('edits the card style sheet of each card file, and fails when a file no longer holds it', () => {
    const plugin = cssCompact();
    for (const file of ['card-style.ts', 'card-host.ts']) {
      const id = join(CARD, file);
      const out = plugin.transform(readFileSync(id, 'utf8'), id)?.code ?? '';
      expect(out).toMatch(/_CSS = `[^`\n]*\.card\{/);
      expect(() => plugin.transform('export const X = 1;', id)).toThrow(/expected 1 style sheet/);
    }
    expect(plugin.transform('const A_CSS = `a { }`;', '/x/other.ts')).toBeNull();
  });
});
