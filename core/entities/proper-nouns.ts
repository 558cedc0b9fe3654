import { isNoun, isNumeral, isOrganizationName, isPersonName, isPlaceName, isPrefix, isProperNoun } from '../text/pos';
import type { EntityType, Token } from '../types';
import type { Candidate } from './candidate';
import { charClasses } from './features';
import { wordHeadType } from './head-type';
import { isPlainWordWhole } from './names-nothing';

/** The kind of name IPADIC's proper-noun sub-category gives (名詞,固有名詞,人名 → person), or its last word. */
function properNounType(t: Token): EntityType | undefined {
  if (!isProperNoun(t)) return undefined;
  if (isPersonName(t)) return 'person';
  if (isOrganizationName(t)) return 'organization';
  if (isPlaceName(t)) return 'place';
  // 名詞,固有名詞,一般: IPADIC gives no kind, the word's last part does (「伊豆半島」, 「房総半島」 → place),
  // when a word SudachiDict calls plain does not end in it: 「港町」 (a port town) is no place's name.
  return isPlainWordWhole(t.surface) ? undefined : (wordHeadType(t.surface) ?? undefined);
}

/**
 * True when the run [i, j) is part of a longer word, glued to a noun or prefix on either side:
 * 「江戸時代」, 「リオ五輪」, 「反ユダヤ」, 「スマート|フォン」. The tagger saw the whole word and
 * left it unmarked; a dictionary tag on one piece is no reason to overrule it.
 */
function insideWord(tokens: readonly Token[], i: number, j: number): boolean {
  const first = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[j];
  if (prev && prev.end === first.start && (isNoun(prev) || isPrefix(prev)) && !isNumeral(prev)) return true;
  if (next && next.start === (tokens[j - 1] as Token).end && isNoun(next) && !isNumeral(next)) return true;
  // Latin letters: acronyms and Latin names have rules of their own (acronyms.ts, latin-names.ts).
  for (let k = i; k < j; k++) if (charClasses((tokens[k] as Token).surface).includes('L')) return true;
  return false;
}

/**
 * Runs of kuromoji proper nouns, typed by IPADIC's sub-category (名詞,固有名詞,人名 → person). The
 * weakest evidence: IPADIC tags by context, not meaning, so it only fills gaps the other sources leave.
 * A katakana run joined by ・ (「ウラジーミル・プーチン」) is most often a person's full name.
 */
export function properNounCandidates(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const type = properNounType(t);
    if (!type) continue;
    let j = i + 1;
    let joined = false;
    while (j < tokens.length) {
      const n = tokens[j] as Token;
      if (n.start !== (tokens[j - 1] as Token).end) break;
      if (n.surface === '・' && j + 1 < tokens.length && isProperNoun(tokens[j + 1])) {
        joined = true;
        j += 2;
        continue;
      }
      if (!isProperNoun(n) || (type === 'person') !== isPersonName(n)) break;
      j++;
    }
    const end = (tokens[j - 1] as Token).end;
    if ((end - t.start >= 2 || type === 'place') && !insideWord(tokens, i, j)) {
      // A dictionary organisation in one token (「成城大学」) is solid evidence; runs are not.
      const weight = j === i + 1 && type === 'organization' && t.known ? 4 : 1;
      out.push({ start: t.start, end, type: joined ? 'person' : type, source: 'proper-noun', weight });
    }
    i = j - 1;
  }
  return out;
}
