import { ERA_BY_NAME, ERAS, type Era, PLAIN_WORD_ERAS } from '../lexicon/eras';
import { PREMODERN_ERAS } from '../lexicon/eras-premodern';
import { alternation } from '../lexicon/word-table';
import { isKanji } from '../text/script';
import { readNumeral } from './numerals';

/**
 * The eras before 明治 (慶長5年, 元禄14年), from the CLDR table. Two are plain words before a number of years
 * as often as eras (契約を延長, 永久に): they are left out. Read only where the name starts a word.
 */
const PREMODERN: ReadonlyMap<string, Era> = new Map(
  PREMODERN_ERAS.filter(([name]) => !PLAIN_WORD_ERAS.has(name)).map(([name, firstYear, lastYear]) => [
    name,
    { name, firstYear, lastYear },
  ]),
);

/** Every era name read: 令和 … 明治, then 慶応 … 大化. */
export const ERA_NAMES: readonly string[] = [...ERAS.map((e) => e.name), ...PREMODERN.keys()];
const ERA_NAME = new RegExp(alternation(ERA_NAMES), 'y');

/** An era year read at a position: 令和7年度 → { year: 2025, fiscal: true }. */
export interface EraYear {
  year: number;
  /** Set for era decades: 昭和40年代 → 1965–1974. */
  decadeEnd?: number;
  fiscal: boolean;
  end: number;
}

/**
 * Reads 「令和7年」「令和元年」「平成三十一年」「令和7年度」「昭和40年代」 at `i`. Numbers past the era's
 * end (平成32年) are not dates.
 */
export function readEraYear(text: string, i: number): EraYear | null {
  ERA_NAME.lastIndex = i;
  const name = ERA_NAME.exec(text);
  if (!name) return null;
  const old = PREMODERN.get(name[0]);
  // 国際文化3年: letters running on from a word before make no era
  if (old && isKanji(text[i - 1] ?? '')) return null;
  const era = ERA_BY_NAME.get(name[0]) ?? old;
  let at = i + name[0].length;
  let n: number;
  if (text[at] === '元') {
    n = 1;
    at++;
  } else {
    const num = readNumeral(text, at);
    if (!num) return null;
    n = num.value;
    at = num.end;
  }
  if (!era || text[at] !== '年' || n < 1 || n > era.lastYear) return null;
  at++;
  const year = era.firstYear + n - 1;
  if (text[at] === '代')
    return { year, decadeEnd: Math.min(year + 9, era.firstYear + era.lastYear - 1), fiscal: false, end: at + 1 };
  if (text[at] === '度') return { year, fiscal: true, end: at + 1 };
  return { year, fiscal: false, end: at };
}
