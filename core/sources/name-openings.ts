import { TIME_OR_PART_CHARS } from '../lexicon/name-openings';
import { SOURCE_ORGANIZATION_HEADS } from '../lexicon/organization-heads';
import { RELATIVE_WORDS } from '../lexicon/relative-dates';
import { REPORT_NOUNS } from '../lexicon/report-nouns';
import {
  isAdverbialNoun,
  isBindingParticle,
  isCounter,
  isDependent,
  isGenitive,
  isNoun,
  isNumeral,
  isSuffix,
  isSymbol,
  isVerb,
} from '../text/pos';
import { HIRAGANA, isKanjiWord } from '../text/script';
import type { Token } from '../types';
import { isNameToken } from './name-tokens';

// Where a name begins when its first word is one IPADIC would not let open a name: an adverbial noun
// (千里ビルサービス), a kanji numeral (三ツ星リサーチ), a verb stem in kanji (天翔科技) or hiragana split
// into function words (みなと証券).

const DATE_WORDS: ReadonlySet<string> = new Set(RELATIVE_WORDS.map((w) => w.surface));
const REPORT_ENDS: ReadonlySet<string> = new Set(REPORT_NOUNS);
const TIME_OR_PART = new RegExp(`[${TIME_OR_PART_CHARS}]`);

/**
 * An adverbial noun (副詞可能) at `i`, glued to the name word after it, that opens the name rather than
 * telling when: 千里ビルサービス, 万代ホールディングス — not 最近ビル, 当時センター, 一部企業, a
 * relative date (昨日新聞) nor a report's word (結果報告).
 */
export function adverbialOpening(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return (
    isAdverbialNoun(t) &&
    !TIME_OR_PART.test(t.surface) &&
    !DATE_WORDS.has(t.surface) &&
    // 市監査結果報告: 結果 is a report's word (REPORT_NOUNS), not a name's first.
    !REPORT_ENDS.has(t.surface) &&
    gluedToName(tokens, i)
  );
}

/**
 * The token at `i` is two kanji or more, glued to a name word after it that is no suffix: what an
 * adverbial noun or a verb stem needs to open a name (千里|ビルサービス, 天翔|科技).
 */
function gluedToName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    t.surface.length >= 2 &&
    isKanjiWord(t.surface) &&
    !!next &&
    next.start === t.end &&
    isNameToken(next) &&
    !isSuffix(next)
  );
}

/**
 * A verb at `i` written in two kanji or more with no kana ending, glued to the name word after it: a
 * coined name IPADIC reads as the stem of a rare verb (天翔|科技 from 天翔る) — a verb in use carries
 * its ending (天翔る鳥), and one kanji (見|本) is too often a real stem to open a name.
 */
export function verbOpening(tokens: readonly Token[], i: number): boolean {
  return isVerb(tokens[i]) && isNoun(tokens[i + 1]) && gluedToName(tokens, i);
}

/**
 * A kanji numeral run from `i` that is the first word of a name, not a count: 三ツ星リサーチ, 九十九商会,
 * 二十一世紀経済研究所 (a plain word follows) — not 三社, 十二日, 五人 (a counter follows) nor 3社 (digits).
 */
export function numeralOpening(tokens: readonly Token[], i: number, last: number): boolean {
  let k = i;
  while (k <= last && isNumeral(tokens[k] as Token) && isKanjiWord((tokens[k] as Token).surface)) k++;
  const after = tokens[k];
  return k > i && k <= last && !!after && isNoun(after) && !isCounter(after) && !isNumeral(after);
}

const HIRAGANA_WORD = new RegExp(`^[${HIRAGANA}]+$`);
const BODY_HEADS: ReadonlySet<string> = new Set(SOURCE_ORGANIZATION_HEADS);

/**
 * Where a name written in hiragana starts when it ends at `i`, glued to a body's head word at `i + 1`
 * that IPADIC split into function words: み|な|と証券, きら|ぼ|し銀行 (-1 when it is none). The kana
 * run opens the sentence or a clause (after 、「（), or follows a noun's の (大手のみなと証券); a run
 * after any other particle is the clause's own words (預金をするなら銀行), and one ending in の or a
 * topic particle modifies the head (すべての銀行).
 */
export function kanaOpening(tokens: readonly Token[], i: number, lo: number): number {
  const head = tokens[i + 1];
  if (!head || !BODY_HEADS.has(head.surface) || !isNoun(head)) return -1;
  let j = i;
  let chars = 0;
  while (j >= lo) {
    const t = tokens[j] as Token;
    const glued = (tokens[j + 1] as Token).start === t.end;
    if (!glued || !HIRAGANA_WORD.test(t.surface) || (isNoun(t) && (isAdverbialNoun(t) || isDependent(t)))) break;
    chars += t.surface.length;
    j--;
  }
  let from = j + 1;
  if (from > i || chars > 6) return -1;
  const before = tokens[j];
  const opens = j < lo || !before || isSymbol(before) || before.end < (tokens[from] as Token).start;
  if (!opens) {
    const no = tokens[from] as Token;
    if (!(no.surface === 'の' && isGenitive(no) && isNoun(before as Token))) return -1;
    from++;
  }
  const last = tokens[i] as Token;
  if (from > i || last.end - (tokens[from] as Token).start < 2) return -1;
  if (isGenitive(last) || isBindingParticle(last)) return -1;
  return from;
}
