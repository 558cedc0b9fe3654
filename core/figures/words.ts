import type { Ctx, Draft } from './draft';
import { finishDraft } from './finish';
import { prefixQualifiers } from './qualify';

/** Ratio words written without digits: 半数 → 0.5, 過半数 → over 0.5, 半減 → 0.5 (down), 倍増 → 2 (up). */
const RATIO_WORDS: ReadonlyMap<string, Pick<Draft, 'value' | 'unit' | 'bound' | 'change'>> = new Map([
  ['過半数', { value: 0.5, unit: '', bound: 'over', change: null }],
  ['半数', { value: 0.5, unit: '', bound: null, change: null }],
  ['半減', { value: 0.5, unit: '倍', bound: null, change: 'decrease' }],
  ['倍増', { value: 2, unit: '倍', bound: null, change: 'increase' }],
  ['半額', { value: 0.5, unit: '', bound: null, change: null }],
] as const);
const RATIO_WORD = new RegExp([...RATIO_WORDS.keys()].join('|'), 'g');
// 半減期 (half-life) and 半数体 are other words.
const NOT_AFTER = /[期体]/;

/** Finds the digit-less ratio words with their qualifiers: ほぼ半数, 半数以上, 過半数を超える. */
export function wordFigures(ctx: Ctx): Draft[] {
  const out: Draft[] = [];
  for (const m of ctx.text.matchAll(RATIO_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const w = RATIO_WORDS.get(m[0]);
    if (!w || NOT_AFTER.test(ctx.text[end] ?? '')) continue;
    const draft: Draft = {
      start,
      end,
      coreStart: start,
      coreEnd: end,
      ...w,
      min: null,
      max: null,
      kind: 'ratio',
      approx: false,
      vague: false,
    };
    const pre = prefixQualifiers(ctx.text, start);
    out.push(finishDraft(ctx, pre, draft));
  }
  return out;
}
