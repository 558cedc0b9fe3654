import type { Numeral } from '../numbers/scan';
import { isNoun, isNumeral } from '../text/pos';
import { DIGIT, KANA, KANJI } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { type Ctx, type Draft, valueFields } from './draft';

const ALL_DIGITS = new RegExp(`^[${DIGIT}]+$`);
const KANJI_PLACED = /^[〇一二三四五六七八九十百千]*[十百千][〇一二三四五六七八九十百千]*$/;

/**
 * Numbers written bare after a counter the article itself used: 「6連勝 … 連勝が4で止まった」,
 * 「6ゲーム差 … ゲーム差を6に広げた」, 「3打点 … 打点（78）」. The article has shown what the noun
 * counts, so the bare number is that count. Only names of two characters or more (a stat's name, not
 * 人 or 件, which follow any noun: 日本人が5で).
 */
export function ownCounterFigures(ctx: Ctx, drafts: readonly Draft[], bare: readonly Numeral[]): Draft[] {
  if (bare.length === 0 || ctx.tokens.length === 0) return [];
  const names = counterNames(ctx, drafts);
  if (names.size === 0) return [];
  const out: Draft[] = [];
  for (const a of bare) {
    const unit = nameBefore(ctx, a, names);
    if (unit) out.push(countOf(a, unit));
  }
  return out;
}

/** Longest counter name kept, in tokens: ゲーム|差. */
const MAX_WORDS = 3;
const WORD = new RegExp(`^[${KANA}${KANJI}]+$`, 'u');
// 連勝が4で, ゲーム差を6に, 打点は78と: a particle may link the name and the number.
const LINKS: ReadonlySet<string> = new Set(['が', 'を', 'は', 'も']);
// What may follow the number: a particle of result or manner, or the end of a clause.
const AFTER = /^(?:[にでと、。，．]|まで)/;

const isWordNoun = (t: Token | undefined): t is Token => !!t && isNoun(t) && !isNumeral(t) && WORD.test(t.surface);

/** The names that followed a number as its counter: 6ゲーム差 → ゲーム, ゲーム差. */
function counterNames(ctx: Ctx, drafts: readonly Draft[]): Set<string> {
  const { tokens } = ctx;
  const names = new Set<string>();
  for (const d of drafts) {
    if (d.kind !== 'count' || d.value === null) continue;
    let i = tokenAt(tokens, d.coreEnd);
    if (tokens[i]?.start !== d.coreEnd) continue;
    let name = '';
    for (let n = 0; n < MAX_WORDS && isWordNoun(tokens[i]) && tokens[i]?.start === d.coreEnd + name.length; n++, i++) {
      name += tokens[i]?.surface ?? '';
      if (name.length >= 2) names.add(name);
    }
  }
  return names;
}

/** The counter name written right before `a` (through a particle or an opening bracket), or null. */
function nameBefore(ctx: Ctx, a: Numeral, names: ReadonlySet<string>): string | null {
  const { text, tokens } = ctx;
  const v = a.reading.value;
  if (v === null || !Number.isInteger(v)) return null;
  // Digits alone; or 自治体は四百八十二と: in kanji, a numeral with a place word (十, 百, 千) after a particle, as
  // columns write.
  const written = a.kanjiOnly
    ? KANJI_PLACED.test(a.written) && LINKS.has(text[a.start - 1] ?? '')
    : ALL_DIGITS.test(a.written);
  if (!written) return null;
  let at = a.start;
  const bracket = text[at - 1] === '（' || text[at - 1] === '(';
  if (bracket) {
    if (text[a.end] !== '）' && text[a.end] !== ')') return null;
    at -= 1;
  } else {
    if (!AFTER.test(text.slice(a.end, a.end + 2))) return null;
    if (LINKS.has(text[at - 1] ?? '')) at -= 1;
  }
  // The compound noun ending at `at`, matched on word boundaries from its end: 通算|安打 → 安打.
  let i = tokenAt(tokens, at - 1);
  if (tokens[i]?.end !== at) return null;
  let name = '';
  for (let n = 0; n < MAX_WORDS && isWordNoun(tokens[i]); n++, i--) {
    name = (tokens[i]?.surface ?? '') + name;
    if (names.has(name)) return name;
  }
  return null;
}

function countOf(a: Numeral, unit: string): Draft {
  return {
    start: a.start,
    end: a.end,
    coreStart: a.start,
    coreEnd: a.end,
    ...valueFields(a),
    unit,
    kind: 'count',
    approx: false,
    bound: null,
    change: null,
  };
}
