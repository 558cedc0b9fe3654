import type { Analysis, Figure } from '../core/types';

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
 * 30000 → "30,000"; 3割 → "30%"; a range → "30,000–40,000" (an excluded end marked: "10–<20", ">1–3"); a score as
 * written "3–1"; a fraction "1/3 (0.3333)"; one side of dimensions "2,778 (2,778×1,284)"; approx
 * and bounds as short English words.
 */
function formatValue(f: Figure): string {
  // 割 is normalised to a fraction (「3割増し」 → 0.3); "0.3 割" in the table would read as 3 分, so
  // the column says 30% as the popup's English does.
  const scale = f.unit === '割' ? 100 : 1;
  const n = (v: number) =>
    (v * scale).toLocaleString('en-US', { maximumFractionDigits: 4 }) + (scale === 100 ? '%' : '');
  if (f.score) return f.score.join('–');
  let v = '?';
  if (f.value !== null) v = n(f.value);
  else if (f.min !== null && f.max !== null)
    v = `${f.minExclusive ? '>' : ''}${n(f.min)}–${f.maxExclusive ? '<' : ''}${n(f.max)}`;
  if (f.fraction) v = `${f.fraction.join('/')} (${v})`;
  if (f.dimensions) v = `${v} (${f.dimensions.map(n).join('×')})`;
  if (f.approx) v = `~${v}`;
  const bound = { max: 'up to ', min: 'at least ', over: 'over ', under: 'under ' } as const;
  return f.bound ? bound[f.bound] + v : v;
}

/** A readable table of an analysis's figures for the terminal. */
export function renderTable(a: Analysis, name: string): string {
  const lines = [printable(`${name}${a.title ? ` — ${a.title}` : ''}`)];
  lines.push(printable(`published ${a.published ?? '?'} · byline ${a.byline ?? '?'} · ${a.figures.length} figures`));
  if (!a.isJapanese || !a.isArticle) lines.push(a.isJapanese ? 'not a news article' : 'not Japanese');
  const cols = [3, 18, 22, 8, 9, 14, 24, 40];
  const row = (cells: string[]) =>
    cells
      .map((c, i) => padTo(printable(c), cols[i] as number))
      .join(' ')
      .trimEnd();
  lines.push(row(['#', 'figure', 'value', 'unit', 'kind', 'counts', 'source', 'sentence']));
  lines.push(row(cols.map((w) => '─'.repeat(w))));
  a.figures.forEach((f, i) => {
    const src = f.source && f.source.type !== 'none' ? `${f.source.name} (${f.source.type})` : '—';
    lines.push(row([String(i + 1), f.text, formatValue(f), f.unit, f.kind, f.counts ?? '—', src, f.sentence]));
  });
  return lines.join('\n');
}
