import {
  ASSEMBLY_SITTINGS,
  MEMBER_BODY_END,
  MUNICIPAL_DESK_ENDS,
  MUNICIPAL_ORGAN_ENDS,
  MUNICIPAL_ORGAN_HEADS,
  POLICE_HEADS,
  POLICE_UNIT_ENDS,
} from '../lexicon/municipal-organs';
import { PREFECTURE_SUFFIXES } from '../lexicon/place-suffixes';
import { AREA_PART_STEMS } from '../lexicon/source-nouns';
import { isCommonNoun, isNoun, isPrefix, isSuffix } from '../text/pos';
import type { Token } from '../types';
import type { Candidate } from './candidate';

/** At most this many words between the bare head and the organ's last word (健康+福祉+部+高齢+福祉 before 課). */
const MAX_WORDS = 6;
/** The parts of a prefecture by compass point: 「県北部」, 「県南西部」. */
const COMPASS_PART = /^[北南東西中]{1,2}部$/;
const COMPASS = /^[北南東西中]{1,2}$/;

/**
 * Whether the suffix at j ends a desk or an association of the office (「県財政課」, 「市健康福祉部」,
 * 「県医師会」), not a part of an area (「市中心部」, 「県南西部」) or a meeting (「市説明会」).
 */
export function endsDesk(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const before = tokens[j - 1] as Token;
  if (!isSuffix(t)) return false;
  if (MUNICIPAL_DESK_ENDS.has(t.surface))
    return t.surface !== '部' || !(AREA_PART_STEMS.has(before.surface) || COMPASS.test(before.surface));
  return t.surface === MEMBER_BODY_END && isCommonNoun(before);
}

/** Whether the token before a bare head leaves it standing alone: 「。県議会は」, 「、市選管によると」. */
function standsAlone(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const head = tokens[i] as Token;
  return !before || before.end !== head.start || !(isNoun(before) || isPrefix(before));
}

/**
 * The last token of an organ's name after the head at i, or -1: nouns (numbers too, 「捜査1課」) up to
 * a word in `ends` (or two read as one: 委員+会), the name ending where its words do (「県財政課長」 is a post).
 */
function organEnd(tokens: readonly Token[], i: number, ends: ReadonlySet<string>, desks: boolean): number {
  let end = -1;
  for (let j = i + 1; j <= i + MAX_WORDS + 1 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.start !== (tokens[j - 1] as Token).end || !isNoun(t)) break;
    const pair = j > i + 1 ? (tokens[j - 1] as Token).surface + t.surface : '';
    if (ends.has(t.surface) || ends.has(pair) || (desks && j > i + 1 && endsDesk(tokens, j))) end = j;
  }
  const after = tokens[end + 1];
  if (end < 0 || (after && after.start === (tokens[end] as Token).end && isNoun(after))) return -1;
  return end;
}

/** A prefecture's parts are regions (「県北部」, 県北), a city's a part of town (「市北部」). */
const REGION_HEADS: ReadonlySet<string> = new Set(PREFECTURE_SUFFIXES);

const organ = (start: number, end: number): Candidate => ({
  start,
  end,
  type: 'organization',
  source: 'organ',
  weight: 4.5,
});

/**
 * The organs of the prefecture or city an article is about, written with a bare 県 or 市 head:
 * 「県議会」, 「県選管」, 「市選挙管理委員会」, its departments and sections (「県財政課」, 「町建設課」) and
 * associations (「県医師会」) → organisations, and the prefectural police's units,
 * 「県警高速隊」, 「県警捜査1課」; a prefecture's parts by compass point, 「県北部」 → a place. Only
 * where the head stands alone: 「岩手県議会」's 県 belongs to 岩手, whose own rules name it, and
 * 「市民課」's 市民 is another word.
 */
export function municipalOrganCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    const police = POLICE_HEADS.has(head.surface);
    // 県議会, 市議会 and 町議会 are one word each in IPADIC.
    // (Tested by length and ending first: no character is cut out of every word of the article.)
    const whole =
      head.surface.length === 3 &&
      head.surface.endsWith('議会') &&
      MUNICIPAL_ORGAN_HEADS.has(head.surface[0] as string);
    if ((!police && !whole && !MUNICIPAL_ORGAN_HEADS.has(head.surface)) || !standsAlone(tokens, i)) continue;
    const next = tokens[i + 1];
    if (whole) {
      const bound = next?.start === head.end && isNoun(next);
      if (!bound || ASSEMBLY_SITTINGS.some((w) => text.startsWith(w, next.start)))
        out.push(organ(head.start, head.end));
      continue;
    }
    if (REGION_HEADS.has(head.surface) && next?.start === head.end && COMPASS_PART.test(next.surface)) {
      out.push({ start: head.start, end: next.end, type: 'place', source: 'organ', weight: 4.5 });
      continue;
    }
    const end = organEnd(tokens, i, police ? POLICE_UNIT_ENDS : MUNICIPAL_ORGAN_ENDS, !police);
    if (end >= 0) out.push(organ(head.start, (tokens[end] as Token).end));
  }
  return out;
}
