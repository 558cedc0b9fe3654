import { HALF_RESULT_STEMS } from '../lexicon/change-words';
import { alternation } from '../lexicon/word-table';
import { DIGIT } from '../text/script';
import type { Ctx, Draft } from './draft';
import { finishDraft } from './finish';
import { prefixQualifiers, type Qualified } from './qualify';

type WordFigure = Pick<Draft, 'value' | 'unit' | 'kind' | 'bound' | 'change'>;

/**
 * Quantities written without digits: 半数 → 0.5, 過半数 → over 0.5, 半減 → 0.5 (down), 倍増 → 2 (up),
 * 半年 → 0.5 年, 半日 → 0.5 日, 四半世紀 → 25 年. Longest first, so 過半数 wins over 半数.
 */
const RATIO_WORDS: ReadonlyMap<string, WordFigure> = new Map<string, WordFigure>([
  ['過半数', { value: 0.5, unit: '', kind: 'ratio', bound: 'over', change: null }],
  ['半数', { value: 0.5, unit: '', kind: 'ratio', bound: null, change: null }],
  ['半減', { value: 0.5, unit: '倍', kind: 'ratio', bound: null, change: 'decrease' }],
  ['倍増', { value: 2, unit: '倍', kind: 'ratio', bound: null, change: 'increase' }],
  ['半額', { value: 0.5, unit: '', kind: 'ratio', bound: null, change: null }],
  ['半分', { value: 0.5, unit: '', kind: 'ratio', bound: null, change: null }],
  ['四半世紀', { value: 25, unit: '年', kind: 'duration', bound: null, change: null }],
  ['半世紀', { value: 50, unit: '年', kind: 'duration', bound: null, change: null }],
  ['半年', { value: 0.5, unit: '年', kind: 'duration', bound: null, change: null }],
  ['半日', { value: 0.5, unit: '日', kind: 'duration', bound: null, change: null }],
  // 倍 alone is twice: 倍近くに増えた, 倍以上 (after a number it is that number's counter: 2倍)
  ['倍', { value: 2, unit: '倍', kind: 'ratio', bound: null, change: null }],
]);
const RATIO_WORD = new RegExp(alternation(RATIO_WORDS.keys()), 'g');
// 半減期 (half-life), 半数体, 半年生 and 半日本的 (anti-Japanese) are other words; 上半年 is no span of
// time either, and 北半分, 右半分 are a side of something, no share of it.
const NOT_AFTER = /[期体生本]/;
const NOT_BEFORE = /[上下前後東西南北左右]/;

// に and a verb of becoming or of cutting down or raising: 半分になる, 半分に縮める, 半分に抑えた
const HALF_RESULT = new RegExp(`^に${alternation(HALF_RESULT_STEMS)}`);

// 半分は / 半分が / 半分を / 半分も: a case or topic particle right after it.
const HALF_AS_PHRASE = /^[はがをも]/;

/**
 * 半分 is a figure when it compares: 「60歳以上の半分以下」「半分程度」「約半分」「半分に減った」 (of
 * something, qualified, or a result), or when it is a share a verb takes: 「半分は返済に回る」. 「半分に切る」「半分冗談で」 say no quantity anyone would check.
 */
function comparedHalf(text: string, start: number, pre: Qualified, d: Draft): boolean {
  if (text[start - 1] === 'の' || pre.words.length > 0 || (d.suffixes?.length ?? 0) > 0 || d.change) return true;
  // 半分になった, 半分に減った, 納期を半分に縮める, 費用を半分に抑えた: a result (半分に切る is a manner).
  if (HALF_RESULT.test(text.slice(d.end, d.end + 4))) return true;
  // 「返済に半分は回る」「半分が賛成した」「半分を占める」: a share standing as the subject or the object
  // of its verb (半分冗談で, 半分に切る are manners, no share).
  return HALF_AS_PHRASE.test(text.slice(d.end, d.end + 2));
}

// A noun phrase that states a total: 全88議席の過半数 (the total is the figure, the majority its threshold).
const TOTAL_BEFORE = new RegExp(`[${DIGIT}〇一二三四五六七八九十百千万億][^、。はがをにでとも]*の$`);

/**
 * 過半数 is a share someone measured only as a part of a group: 「回答者の過半数が賛成した」. Alone it
 * names the threshold of a vote — 「与党が過半数を確保した」, 「単独過半数」, 「全88議席の過半数」 — which
 * states no quantity of its own.
 */
function measuredMajority(text: string, start: number): boolean {
  return text[start - 1] === 'の' && !TOTAL_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

// Before a lone 倍: a number or a word it belongs to (2倍, 数倍, 何倍, 人一倍, 勇気百倍).
const NOT_BEFORE_TWICE = new RegExp(`[${DIGIT}〇一二三四五六七八九十百千万億数何幾]`);
// After it: 倍率, 倍数, 倍速, 倍返し are other words.
const NOT_AFTER_TWICE = /[率数速返額]/;

/** 倍 alone is twice when qualified or a result: 倍近くに増えた, 倍以上, 倍に膨らんだ (not 倍率, 2倍). */
function twice(text: string, start: number, d: Draft): boolean {
  if (NOT_BEFORE_TWICE.test(text[start - 1] ?? '') || NOT_AFTER_TWICE.test(text[start + 1] ?? '')) return false;
  if (d.end > start + 1) return true;
  return /^に(?:増|膨|な|伸|拡|上|達|跳)/.test(text.slice(d.end, d.end + 2));
}

/** Finds the digit-less ratio words with their qualifiers: ほぼ半数, 半数以上, 過半数を超える. */
export function wordFigures(ctx: Ctx): Draft[] {
  const out: Draft[] = [];
  for (const m of ctx.text.matchAll(RATIO_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const w = RATIO_WORDS.get(m[0]);
    if (!w || NOT_AFTER.test(ctx.text[end] ?? '') || NOT_BEFORE.test(ctx.text[start - 1] ?? '')) continue;
    const draft: Draft = {
      start,
      end,
      coreStart: start,
      coreEnd: end,
      ...w,
      min: null,
      max: null,
      approx: false,
      vague: false,
    };
    const pre = prefixQualifiers(ctx.text, start);
    const done = finishDraft(ctx, pre, draft);
    if (m[0] === '半分' && !comparedHalf(ctx.text, start, pre, done)) continue;
    if (m[0] === '倍' && !twice(ctx.text, start, done)) continue;
    if (m[0] === '過半数' && !measuredMajority(ctx.text, start)) continue;
    out.push(done);
  }
  return out;
}
