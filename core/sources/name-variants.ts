import { COUNTRY_LETTERS } from '../lexicon/country-letters';
import { SOURCE_TITLES } from '../lexicon/person-titles';
import { SOURCE_SURNAME_READINGS } from '../lexicon/surname-readings';
import { WordIndex } from '../lexicon/word-table';
import { abbreviates } from '../text/abbreviation';
import { isKanjiWord, KATAKANA, LATIN } from '../text/script';
import type { SourceType } from '../types';

const TITLES = WordIndex.of(SOURCE_TITLES);
const ALIAS = /^(.+?)[（(]([^）)]+)[）)]$/; // 戦略国際問題研究所(CSIS)
const EQUALS = /^(.+?)[＝=](.+)$/; // JAXA＝宇宙航空研究開発機構
const COUNTRY_PREFIX = new RegExp(`^[${COUNTRY_LETTERS.join('')}](?=[${KATAKANA}${LATIN}])`); // 米インテル → インテル

/**
 * The keys under which a source name is known; two names with a key in common are one source.
 * 韓国の李成権議員 → 李成権, リー, イ, リ; ウラジーミル・プーチン大統領 → ウラジーミル・プーチン, プーチン;
 * 戦略国際問題研究所(CSIS) → 戦略国際問題研究所, CSIS. Anonymous sources keep their qualifiers.
 */
export function variantKeys(name: string, type: SourceType): string[] {
  let n = name
    .normalize('NFKC')
    .replace(/[「」『』\s]/g, '')
    .replace(/(?:など|ら)$/, '');
  const keys = new Set<string>();
  const alias = ALIAS.exec(n) ?? EQUALS.exec(n);
  if (alias) {
    keys.add(alias[1] as string);
    keys.add(alias[2] as string);
    n = alias[1] as string;
  }
  if (type === 'anonymous') {
    keys.add(n);
    return [...keys];
  }
  // ロシア安全保障会議のセルゲイ・ショイグ議長 → セルゲイ・ショイグ議長: the qualifier is not the name.
  if (type === 'person' || type === 'organization') n = n.slice(n.lastIndexOf('の') + 1) || n;
  if (type === 'person') {
    // The longest title that leaves a name before it: 議長 off セルゲイ・ショイグ議長, nothing off 議長.
    const title = TITLES.longestEndingAt(n, n.length, (t) => n.length > t.length)?.[0];
    if (title) n = n.slice(0, -title.length);
    const parts = n.split(/[・･=＝]/);
    if (parts.length > 1) keys.add(parts[parts.length - 1] as string);
    // 李成権 → リー / イ: a Korean or Chinese surname and its katakana readings.
    if (isKanjiWord(n) && n.length >= 2) for (const r of SOURCE_SURNAME_READINGS.get(n[0] as string) ?? []) keys.add(r);
  }
  keys.add(n);
  keys.add(n.replace(COUNTRY_PREFIX, ''));
  return [...keys].filter((k) => k.length > 0);
}

/** True when two source names are the same party (a shared key or an abbreviation). */
export function sameSource(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x === y || shortens(x, y) || shortens(y, x)) return true;
  return false;
}

// The kanji that end a place's name and open its bodies' short forms: 北山市教育委員会 → 市教委.
export const LOCAL_TIERS = '都道府県市町村区';

/**
 * The offsets in `name` where a body's name starts after the place it belongs to (北山市教育委員会 → 3,
 * at 市): a short form may drop the place's own name and keep its tier (市教委, 県警, 都教委).
 */
export function placeTierStarts(name: string): number[] {
  const out: number[] = [];
  for (let j = 2; j < name.length - 2; j++) if (LOCAL_TIERS.includes(name[j] as string)) out.push(j);
  return out;
}

// ブラジル中央銀行 → 中央銀行: a foreign country written in katakana before a body's kanji name.
const FOREIGN_PLACE = new RegExp(`^[${KATAKANA}ー・]{2,}(?=[^${KATAKANA}ー・])`);

/**
 * abbreviates(), or the same after the place a body belongs to: 市教委 ↔ 北山市教育委員会, 中銀 ↔
 * ブラジル中央銀行.
 */
export function shortens(short: string, long: string): boolean {
  if (abbreviates(short, long)) return true;
  const foreign = FOREIGN_PLACE.exec(long)?.[0];
  if (foreign && abbreviates(short, long.slice(foreign.length))) return true;
  if (!LOCAL_TIERS.includes(short[0] ?? '') || !isKanjiWord(long)) return false;
  // 市場調査 is no body of a city: what follows the tier must end as a body does (委員会, 本部, 局).
  if (!BODY_END.test(long)) return false;
  return placeTierStarts(long).some((j) => long[j] === short[0] && abbreviates(short, long.slice(j)));
}

const BODY_END = /[会部庁局署所課院団室]$/;
