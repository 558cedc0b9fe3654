import { RATIO_NOUNS, RATIO_SIDES, SCORE_RESULTS } from '../lexicon/ratio-words';
import { alternation } from '../lexicon/word-table';
import { type Numeral, numeralAt } from '../numbers/scan';
import { DIGIT, LATIN } from '../text/script';
import type { Ctx, Draft } from './draft';

// 男女比は3対7: a ratio's sides stand either side of 対 (3：7 is glued as a clock's time, context.ts).
const SEPARATOR = '対';
// 出資比率は51対49, 男女比はおよそ3対7: a ratio noun as the topic or subject right before the pair.
const NOUN_BEFORE = new RegExp(`(?:${alternation(RATIO_NOUNS)})(?:[はがもを、，]|で[は、]?)?(?:約|およそ|ほぼ)?$`);
// 賛成と反対は1対2, 男性と女性の比は3対7: the two sides named, then a particle.
const SIDE = alternation(RATIO_SIDES);
const SIDES_BEFORE = new RegExp(`(?:${SIDE})と(?:${SIDE})(?:の(?:${alternation(RATIO_NOUNS)}))?[はがもを、，]?$`);
// 1対3の割合で, 2対1の比率に (not 比較 or 比べ, which compare).
const NOUN_AFTER = new RegExp(`^の?(?:${alternation(RATIO_NOUNS)})(?![較べ])`);
// 3対2で勝った, 1対0の接戦, 1対1と引き分け: a match's result.
const SCORE_AFTER = new RegExp(`^[でのと]?(?:${alternation(SCORE_RESULTS)})`);
// A digit, a letter or a point glued after the second side: 3対7.5, 3:45pm are something else.
const GLUED = new RegExp(`^[${DIGIT}${LATIN}.．]`);
// Sides written up to four digits: 1対1000 is a ratio, a longer run a code.
const MAX_SIDE = 4;

/**
 * 出資比率は51対49, 賛成と反対は1対2, 1対3の割合で: a ratio of two sides (kind ratio, the sides kept in
 * order as a score's are). The nouns around decide, not the separator: a ratio noun before or after,
 * or the sides named; a match's result after (3対2で勝った) keeps it a score. Null when none says ratio.
 */
export function readRatioPair(ctx: Ctx, a: Numeral): Draft | null {
  const { text } = ctx;
  if (text[a.end] !== SEPARATOR) return null;
  const b = numeralAt(text, a.end + 1);
  const v = a.reading.value;
  const w = b?.reading.value;
  if (!b || v === null || w === null || w === undefined || b.kanjiOnly !== a.kanjiOnly) return null;
  if (a.reading.vague || b.reading.vague || a.written.length > MAX_SIDE || b.written.length > MAX_SIDE) return null;
  const after = text.slice(b.end, b.end + 8);
  if (GLUED.test(after) || SCORE_AFTER.test(after)) return null;
  const before = text.slice(Math.max(0, a.start - 16), a.start);
  if (!NOUN_BEFORE.test(before) && !SIDES_BEFORE.test(before) && !NOUN_AFTER.test(after)) return null;
  const score: [number, number] = [v, w];
  return {
    start: a.start,
    end: b.end,
    coreStart: a.start,
    coreEnd: b.end,
    value: null,
    min: Math.min(v, w),
    max: Math.max(v, w),
    unit: '',
    kind: 'ratio',
    approx: false,
    bound: null,
    vague: false,
    change: null,
    score,
  };
}
