import { EVENT_SUFFIXES } from '../lexicon/event-suffixes';
import { GENERIC_PREFIXES } from '../lexicon/generic-prefixes';
import {
  COMPOUND_ORGANIZATION_SUFFIXES,
  OFFICE_FUNCTIONS,
  ORGANIZATION_SUFFIXES,
  PROVINCE_SUFFIXES,
  STRONG_ORGANIZATION_SUFFIXES,
} from '../lexicon/organization-suffixes';
import { FACILITY_SUFFIXES, LANDFORM_SUFFIXES, PLACE_SUFFIXES } from '../lexicon/place-suffixes';
import { isGivenName, isNoun, isPersonName, isProperNoun, isSuffix } from '../text/pos';
import type { EntityType, Token } from '../types';
import type { Candidate } from './candidate';
import { charClasses } from './features';
import { hasNameEvidence, isNameLike, isOrgPart } from './name-like';
import { prefixesOf } from './prefixes';

const MAX_PARTS = 5;
const ORG = new Set(ORGANIZATION_SUFFIXES.keys());
const PLACE = new Set([...PLACE_SUFFIXES, ...FACILITY_SUFFIXES, ...LANDFORM_SUFFIXES]);
const EVENT = new Set(EVENT_SUFFIXES);
/** Every prefix of every suffix: a two-token suffix (動物+園) starts with one, so most tokens build no pair. */
const SUFFIX_HEADS = prefixesOf([...ORG, ...PLACE, ...EVENT]);

function suffixType(suffix: string): EntityType | null {
  if (ORG.has(suffix)) return 'organization';
  if (PLACE.has(suffix)) return 'place';
  return EVENT.has(suffix) ? 'event' : null;
}

/**
 * True when token i is a ・ between two list items, not inside one name: 「中国・蘇州工業園区」,
 * 「ロイター通信・ドイツ通信」. Only a ・ between katakana or Latin pieces joins one transliterated
 * name (「ボコ・ハラム」).
 */
function isListDot(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.surface !== '・') return false;
  const foreign = (x: Token | undefined) => x !== undefined && /^[AL]+$/.test(charClasses(x.surface));
  return !(foreign(tokens[i - 1]) && foreign(tokens[i + 1]));
}

/** A given name as kuromoji tags it (名詞,固有名詞,人名,名). */
const givenNameWord = (t: Token): boolean => isPersonName(t) && isGivenName(t);

/** True when tokens [from, to) are all proper nouns or words the dictionary does not know. */
function onlyProperNames(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!isProperNoun(t) && t.known) return false;
  }
  return true;
}

/** Fewest words before a `compound` suffix (organization-suffixes.ts): 介護+労働+安定+センター. */
const MIN_COMPOUND_WORDS = 3;

/** True when tokens [from, to) are all kanji words. */
function allKanji(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (charClasses((tokens[i] as Token).surface) !== 'K') return false;
  return true;
}

/** IPADIC's suffix 系 (名詞,接尾): 「米系」, 「外資系」 say whose a firm is, not which one. */
const AFFILIATION = '系';

/** True when one of tokens [from, to) is the suffix 系. */
function describesAffiliation(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.surface === AFFILIATION && isSuffix(t)) return true;
  }
  return false;
}

const startsName = (t: Token): boolean => isNoun(t) && !isSuffix(t) && !GENERIC_PREFIXES.has(t.surface);

/**
 * Organisations, places and events named by their last word: 「近畿財務局」, 「ロシア軍」, 「成城大学」 →
 * organization; 「クルスク州」, 「千代田区」 → place; 「大阪・関西万博」 → event (one expo, so the
 * places joined by ・ are parts of its name). The suffix is part of the name. A generic first word
 * makes it no name at all: 「同社」, 「各党」, 「与党」.
 */
export function suffixCandidates(_text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A suffix may be two tokens: 動物+園 in 「池田動物園」.
    const prev = (tokens[i - 1] as Token).surface;
    const pair = SUFFIX_HEADS.has(prev) ? prev + t.surface : '';
    const two = pair !== '' && suffixType(pair) !== null;
    const suffix = two ? pair : t.surface;
    const type = suffixType(suffix);
    if (!type) continue;
    // An event's name may hold plain words too: 「ミラノ・コルティナ冬季五輪」's 冬季.
    const part = type === 'place' ? isNameLike : isOrgPart;
    const head = two ? i - 1 : i;
    let from = head;
    while (from > 0 && head - from < MAX_PARTS && part(tokens[from - 1] as Token)) {
      if ((tokens[from - 1] as Token).end !== (tokens[from] as Token).start) break;
      if (type !== 'event' && isListDot(tokens, from - 1)) break;
      from--;
    }
    // A name starts with a word of its own, not a generic prefix or a counter: 「2003年JFE商事」 → JFE商事.
    while (from < i && !startsName(tokens[from] as Token)) from++;
    if (from === head) continue;
    // 「米系証券」, 「外資系銀行」: 系 makes the words before it an affiliation, so the whole is a kind of firm.
    if (describesAffiliation(tokens, from, head)) continue;
    // Places and events need a proper name before 州/市/五輪 (「選挙区」, 「冬季五輪」 are no names).
    // Without a name before it, only a strong suffix names an organisation: 「理財局」 does, while
    // 「音楽グループ」 or 「短波放送」 are plain compounds.
    // 「土屋圭市」: a given name ending in 市 is a person, not a city.
    if (type === 'place' && givenNameWord(tokens[head - 1] as Token) && from < head - 1) continue;
    // 「介護労働安定センター」: three kanji words or more before センター or 本部 spell a body's name out;
    // 「支援センター」, 「自民党本部」 are a kind of office or a branch, whatever words are before them, and so
    // is one named by what it does (「地域包括支援センター」, OFFICE_FUNCTIONS).
    if (COMPOUND_ORGANIZATION_SUFFIXES.has(suffix)) {
      if (head - from < MIN_COMPOUND_WORDS || !allKanji(tokens, from, head)) continue;
      if (OFFICE_FUNCTIONS.has((tokens[head - 1] as Token).surface)) continue;
      out.push({ start: (tokens[from] as Token).start, end: t.end, type, source: 'suffix', weight: 4 });
      continue;
    }
    const named = hasNameEvidence(tokens, from, head);
    if (!named && (type !== 'organization' || !STRONG_ORGANIZATION_SUFFIXES.has(suffix))) continue;
    // 「浙江省」, 「湖南省」: 省 after a bare proper name is a province; a ministry has a plain word before
    // it (「中国外務省」's 外務, 「ロシア国防省」's 国防).
    const kind = PROVINCE_SUFFIXES.has(suffix) && onlyProperNames(tokens, from, head) ? 'place' : type;
    out.push({
      start: (tokens[from] as Token).start,
      end: t.end,
      type: kind,
      source: 'suffix',
      weight: named ? 4.5 : 4,
    });
  }
  return out;
}
