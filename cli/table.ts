import type { Analysis, Figure } from '../core/types';
import { formatFigureValue } from '../lib/shared/format-value';
import { pageTranslator, type UiLang } from '../lib/shared/i18n/page';

/** Terminal columns a string takes: CJK and full-width characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

/**
 * Page text made safe to print on a terminal: control characters shown as their pictures (ESC → ␛),
 * so an input cannot move the cursor, recolour the screen or retitle the window through an escape
 * sequence; C1 controls (8-bit CSI) and bidi controls (which reverse what follows) become U+FFFD.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x20 ? String.fromCharCode(0x2400 + c) : c === 0x7f ? '\u2421' : '\ufffd';
  });
}

function padTo(s: string, width: number): string {
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - (displayWidth(s) > width ? 1 : 0)) {
      out += '…';
      break;
    }
    out += ch;
  }
  return out + ' '.repeat(Math.max(0, width - displayWidth(out)));
}

/**
 * A figure's value as the popup and the card write it (lib/shared/format-value.ts), so the terminal and
 * the extension agree: 「約95万人超」「200万〜900万発台」「3割（30%）」 in Japanese, "about 950,000 人",
 * "2/3 (66.67%)" in English.
 */
function formatValue(f: Figure, lang: UiLang): string {
  return formatFigureValue(f, lang, pageTranslator(lang));
}

/** A readable table of an analysis's figures for the terminal. */
export function renderTable(a: Analysis, name: string, lang: UiLang = 'en'): string {
  const lines = [printable(`${name}${a.title ? ` — ${a.title}` : ''}`)];
  lines.push(printable(`published ${a.published ?? '?'} · byline ${a.byline ?? '?'} · ${a.figures.length} figures`));
  if (!a.isJapanese || !a.isArticle) lines.push(a.isJapanese ? 'not a news article' : 'not Japanese');
  const cols = [3, 18, 26, 8, 9, 14, 24, 40];
  const row = (cells: string[]) =>
    cells
      .map((c, i) => padTo(printable(c), cols[i] as number))
      .join(' ')
      .trimEnd();
  lines.push(row(['#', 'figure', 'value', 'unit', 'kind', 'counts', 'source', 'sentence']));
  lines.push(row(cols.map((w) => '─'.repeat(w))));
  a.figures.forEach((f, i) => {
    const src = f.source && f.source.type !== 'none' ? `${f.source.name} (${f.source.type})` : '—';
    lines.push(row([String(i + 1), f.text, formatValue(f, lang), f.unit, f.kind, f.counts ?? '—', src, f.sentence]));
  });
  return lines.join('\n');
}
