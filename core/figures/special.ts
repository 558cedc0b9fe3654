import { RATE_NOUN_ENDINGS, RATE_PARTICLES } from '../lexicon/rate-nouns';
import { type Numeral, numeralAt } from '../numbers/scan';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { type Ctx, counterHere, type Draft, valueFields } from './draft';
import type { Qualified } from './qualify';

// 田中太郎さん（50）: words before the parenthesis that hold an age.
const AGE_HOLDERS: readonly string[] = [
  ...['容疑者', '被告', '受刑者', '選手', '監督', '会社員', '無職', '社長', '氏', 'さん', 'ちゃん', 'くん', '君'],
  ...['男', '女', '男性', '女性', '少年', '少女', '夫', '妻', '長男', '長女', '次男', '次女', '父親', '母親'],
  ...['運転手', '教諭', '医師', '巡査', '弁護士', '議員', '作家', '俳優', '歌手', 'アルバイト', 'パート', '自営業'],
];
const OPEN: ReadonlySet<string> = new Set(['（', '(']);
const CLOSE: ReadonlySet<string> = new Set(['）', ')']);
// 3-1で勝利, 2対0の完封: a score is followed by one of these.
const SCORE_SEPARATORS: ReadonlySet<string> = new Set(['-', '－', '対']);
const SCORE_AFTER: ReadonlySet<string> = new Set(['で', 'と', 'の']);
// 108×148×230mm: dimensions share the unit written after the last one.
const TIMES: ReadonlySet<string> = new Set(['×', 'x', 'X', 'ｘ', '✕', '＊', '*']);

function base(a: Numeral, end: number, unit: string, kind: Draft['kind']): Draft {
  return {
    start: a.start,
    end,
    coreStart: a.start,
    coreEnd: a.end,
    ...valueFields(a),
    unit,
    kind,
    approx: a.reading.vague,
    bound: null,
    change: null,
  };
}

/**
 * Figures whose number has no counter after it: an age in parentheses after a name (（50）), a score
 * (3-1), dimensions (108×148×230mm), a unit written before (マグニチュード7.1, 震度6, $100).
 */
export function readUnitless(ctx: Ctx, a: Numeral, pre: Qualified): Draft[] {
  const { text } = ctx;
  const v = a.reading.value;
  if (a.written === 'ゼロ' || v === null) return [];
  if (OPEN.has(text[a.start - 1] ?? '') && CLOSE.has(text[a.end] ?? '') && Number.isInteger(v) && v > 0 && v <= 130) {
    return nameBefore(ctx, a.start - 1) ? [base(a, a.end, '歳', 'age')] : [];
  }
  if (SCORE_SEPARATORS.has(text[a.end] ?? '') && !a.kanjiOnly) {
    const b = numeralAt(text, a.end + 1);
    if (
      b &&
      !b.kanjiOnly &&
      b.reading.value !== null &&
      SCORE_AFTER.has(text[b.end] ?? '') &&
      a.written.length <= 3 &&
      b.written.length <= 3
    ) {
      const lo = Math.min(v, b.reading.value);
      const hi = Math.max(v, b.reading.value);
      return [{ ...base(a, b.end, '', 'score'), coreEnd: b.end, value: null, min: lo, max: hi }];
    }
    return [];
  }
  if (TIMES.has(text[a.end] ?? '')) return dimensions(ctx, a);
  if (pre.unit === 'M' || pre.unit === '震度') return [base(a, a.end, pre.unit, 'measure')];
  if (pre.currency) return [base(a, a.end, pre.currency, 'money')];
  // 合計特殊出生率は1.15, 防御率2.85: a rate or an index named right before needs no unit.
  if (rateNamedBefore(text, pre.edge)) return [base(a, a.end, '', 'ratio')];
  return [];
}

/** The longest bracketed note skipped between a rate's name and its value. */
const MAX_NOTE = 40;

/**
 * True when the text before `at` ends with a rate's or an index's name, then at most a bracketed
 * note and one particle: 出生率は, 消費者物価指数（2020年＝100）は.
 */
function rateNamedBefore(text: string, at: number): boolean {
  return RATE_PARTICLES.some((p) => {
    let end = at - p.length;
    if (!text.startsWith(p, end)) return false;
    if (CLOSE.has(text[end - 1] ?? '')) {
      const open = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
      if (open < 0 || end - open > MAX_NOTE) return false;
      end = open;
    }
    return RATE_NOUN_ENDINGS.some((n) => text.startsWith(n, end - n.length));
  });
}

function dimensions(ctx: Ctx, a: Numeral): Draft[] {
  const chain: Numeral[] = [a];
  let last = a;
  while (TIMES.has(ctx.text[last.end] ?? '') && chain.length < 4) {
    const n = numeralAt(ctx.text, last.end + 1);
    if (!n || n.kanjiOnly) return [];
    chain.push(n);
    last = n;
  }
  const c = counterHere(ctx, last.end);
  if (c?.entry.kind !== 'measure') return [];
  return chain.map((n) => base(n, n === last ? c.end : n.end, c.entry.unit, 'measure'));
}

/** True when a person's name (or 容疑者, さん) ends at `pos`. Without tokens, any kanji or kana. */
function nameBefore(ctx: Ctx, pos: number): boolean {
  for (const w of AGE_HOLDERS) if (ctx.text.endsWith(w, pos)) return true;
  if (ctx.tokens.length === 0) return /[\u3040-\u30ff\u4e00-\u9fff]/.test(ctx.text[pos - 1] ?? '');
  const t = ctx.tokens[tokenAt(ctx.tokens, pos - 1)] as Token | undefined;
  if (!t || t.end !== pos || t.pos !== '名詞') return false;
  return (t.pos1 === '固有名詞' || t.pos1 === '接尾') && t.pos2 === '人名';
}
