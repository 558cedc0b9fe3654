import { CREDIT_ENDS, DESK_ENDS, OUTLET_NAME_ENDS } from '../lexicon/credit-words';
import { WIRE_SERVICES } from '../lexicon/source-nouns';
import { alternation } from '../lexicon/word-table';
import { isPersonName, isProperNoun, isSahenNoun } from '../text/pos';
import { DIGIT, HIRAGANA, KATAKANA } from '../text/script';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { datelineFilers } from './credits';
import { gazetteerType } from './gazetteer';

// The credit closing an article names the outlet that filed it: 「…された。（共同）」, 「（東和新報）」,
// 「（北辰日報　社会部）」, 「（ナイロビ＝東和通信）」. credits.ts keeps the whole bracket from the
// tagger (a signature's reporter is not in the story); the outlet is a body the article names, so it
// is marked here. A desk (「（経済部）」, 「（遠野支局）」) and a reporter (「（経済部　川村優子）」) are not.

const WIRES: ReadonlySet<string> = new Set(WIRE_SERVICES);
// The last bracket of the text, nothing but spaces after it; 〔〕 too (「…となった。〔時事〕」).
const CLOSING = /[（(〔]([^（）()〔〕\n]{2,40})[）)〕]\s*$/;
const OUTLET_END = new RegExp(`(?:${alternation(OUTLET_NAME_ENDS)})$`);
const DESK_END = new RegExp(`(?:${alternation([...DESK_ENDS, ...CREDIT_ENDS])})$`);
const HAS_HIRAGANA = new RegExp(`[${HIRAGANA}]`);
const HAS_KATAKANA = new RegExp(`[${KATAKANA}]`);
// 「（レビュー38件）」: a count is no name.
const HAS_DIGIT = new RegExp(`[${DIGIT}]`);
// 「フォトギャラリー」: one run of katakana is a word; a name of katakana words is joined by ・.
const ONE_KATAKANA_RUN = new RegExp(`^[${KATAKANA}ー]+$`);

/** Whether a credit's one part names an outlet: a wire (共同), a name ending in 新聞, 通信 …, not a desk. */
export function isOutlet(part: string): boolean {
  if (WIRES.has(part)) return true;
  if (DESK_END.test(part) || HAS_HIRAGANA.test(part) || gazetteerType(part) === 'place') return false;
  return OUTLET_END.test(part) && part.length > 2;
}

/**
 * A credit of one part that names no desk may still be an outlet by its shape: 「（スポーツ南海）」,
 * 「（ファイナンス・ワイヤー）」 — words with katakana, or a dictionary proper noun, ending in no act.
 * Not plain kanji words (「（敬称略）」), one katakana run (「（フォトギャラリー）」), an act (「（ニュース解説）」) or
 * anything with hiragana (「（おわり）」, 「（続く）」).
 */
function looksLikeName(part: string, start: number, tokens: readonly Token[]): boolean {
  if (
    DESK_END.test(part) ||
    HAS_HIRAGANA.test(part) ||
    ONE_KATAKANA_RUN.test(part) ||
    HAS_DIGIT.test(part) ||
    gazetteerType(part)
  )
    return false;
  const end = start + part.length;
  const words = tokens.filter((t) => t.start >= start && t.end <= end && t.surface !== '・');
  const last = words[words.length - 1];
  if (words.length < 2 || !last || isSahenNoun(last) || isPersonName(last)) return false;
  return HAS_KATAKANA.test(part) || words.some((t) => isProperNoun(t) && !isPersonName(t));
}

/** The outlet named in the bracket closing `text`, as an organisation candidate (at most one). */
export function creditOutletCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const m = CLOSING.exec(text);
  if (!m) return [];
  const inner = m[1] as string;
  const base = m.index + 1;
  // 「北辰日報　社会部」, 「ナイロビ＝東和通信」: the parts between spaces and ＝; the outlet is one of them.
  const parts = [...inner.matchAll(/[^＝=　 ]+/g)];
  const found = (start: number, part: string): Candidate[] => [
    { start, end: start + part.length, type: 'organization', source: 'suffix', weight: 4, confidence: 0.8 },
  ];
  for (const p of parts) {
    const part = p[0];
    if (isOutlet(part)) return found(base + p.index, part);
  }
  const only = parts.length === 1 ? (parts[0] as RegExpMatchArray) : null;
  if (only && looksLikeName(only[0], base + (only.index ?? 0), tokens)) return found(base + (only.index ?? 0), only[0]);
  return [];
}

/**
 * The wire service filing a dateline, as an organisation: 「【カイロ＝共同】」, 「【北京時事】」 → 共同, 時事. It is
 * the outlet a closing 「（共同）」 names, written at the top; a reporter filing (「【ロンドン松井健】」) is not marked.
 */
export function datelineWireCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const f of datelineFilers(text)) {
    if (!f.wire) continue;
    const start = f.end - f.wire.length;
    out.push({ start, end: f.end, type: 'organization', source: 'suffix', weight: 4, confidence: 0.8 });
  }
  return out;
}
