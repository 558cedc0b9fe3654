import { KIND_NOUNS } from '../lexicon/kind-nouns';
import { FACILITY_WORDS } from '../lexicon/place-suffixes';
import { KANA, KANJI } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { charClasses } from './features';
import { isPlainWordWhole } from './names-nothing';

/**
 * A Japanese address in brackets, maybe after 本社: 「（東京都渋谷区）」, 「（本社・大阪市）」, 「（北海道大樹町）」,
 * 「（東京・渋谷）」, 「（本社・東京）」. No digits: 「（42）」 is an age.
 */
const ADDRESS = new RegExp(
  `^[（(](?:本社[・：:]?[${KANJI}]{2,4}|(?:本社[・：:]?)?(?:[${KANJI}${KANA}]{1,8}(?:都|道|府|県|市|区|町|村)|[${KANJI}]{2,3}・[${KANJI}]{2,4}))[）)]`,
  'u',
);
/** Words of a katakana or Latin name: ソラ+ネット, ミナモト+ＪＡＰＡＮ. */
const MAX_WORDS = 4;
/** The last words of a facility, not a firm: 「サンシャインシティ（東京都豊島区）」. */
const FACILITY: ReadonlySet<string> = new Set([
  ...FACILITY_WORDS,
  ...[...KIND_NOUNS].filter(([, type]) => type === 'place').map(([w]) => w),
]);

/** Katakana or Latin letters only (ー and ・ too): a word of a coined name. */
const isForeignWord = (t: Token): boolean =>
  /^[AL]+$/.test(charClasses(t.surface.replace(/[ー・]/g, ''))) && t.surface !== 'ー';

/**
 * A firm named in katakana or Latin letters, then where it has its head office in brackets: 「ソラネット
 * （東京都渋谷区）」, 「ベルネット（本社・大阪市）」, 「マネーリーフ（東京・渋谷）」 → organisation. A plain
 * word (「スーパー（東京都）」) or a facility (「〜シティ」, 「〜ホテル」) is not read as one.
 */
export function headOfficeCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let p = text.indexOf('（'); p > 0; p = text.indexOf('（', p + 1)) considerAt(p);
  for (let p = text.indexOf('('); p > 0; p = text.indexOf('(', p + 1)) considerAt(p);
  return out;

  function considerAt(p: number): void {
    if (!ADDRESS.test(text.slice(p, p + 24))) return;
    const bracket = tokenAt(tokens, p);
    if ((tokens[bracket] as Token | undefined)?.start !== p) return;
    let from = bracket;
    while (from > 0 && bracket - from < MAX_WORDS) {
      const t = tokens[from - 1] as Token;
      if (t.end !== (tokens[from] as Token).start || !isForeignWord(t)) break;
      from--;
    }
    if (from === bracket) return;
    const first = tokens[from] as Token;
    const last = tokens[bracket - 1] as Token;
    const name = text.slice(first.start, last.end);
    if (FACILITY.has(last.surface) || isPlainWordWhole(name)) return;
    // One word the dictionary knows is a plain word, whatever its brackets say: 「スーパー」.
    if (from === bracket - 1 && first.known) return;
    out.push({ start: first.start, end: last.end, type: 'organization', source: 'trade', weight: 4.5 });
  }
}
