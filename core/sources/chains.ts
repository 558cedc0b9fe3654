import { BUSINESS_LINES } from '../lexicon/kind-nouns';
import { REPORT_NOUNS } from '../lexicon/report-nouns';
import { CHAIN_LINKS, RELAY_LINKS } from '../lexicon/reporting-cues';
import { alternation } from '../lexicon/word-table';
import { isGenitive } from '../text/pos';
import { DIGIT } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';
import type { Speaker } from './topic';

const REPORT_TAIL = new RegExp(`${alternation(REPORT_NOUNS)}$`);
export const NUMBERED_BULLETIN = new RegExp(`第[${DIGIT}一二三四五六七八九十]+報$`);

/** True when a phrase is a report rather than a party: 推計, CNNの報道, 都道府県魅力度ランキング. */
export function isReportPhrase(p: NamePhrase): boolean {
  // 「労働力調査」, 『防衛白書』: a report named by its title in quotes is a report whatever its words.
  // 第2報 / 第３報: a bulletin numbered in a series (報 alone is also 情報's, 警報's, 広報's tail).
  return REPORT_TAIL.test(p.text) || /^[「『].*[」』]$/.test(p.text) || NUMBERED_BULLETIN.test(p.text);
}

/**
 * The owner of a report phrase: ウクライナ情報機関の分析 → ウクライナ情報機関. Without an の-owner
 * the phrase itself is returned when it is a source on its own (公取委), else null (分析). From `lo`
 * an owner that names no one by itself keeps an の-qualifier of its own: 与党のプロジェクトチームの提言
 * → 与党のプロジェクトチーム (民間調査会社の東京商工データの調べ → 東京商工データ).
 */
export function ownerOf(tokens: readonly Token[], p: NamePhrase, lo = p.first): Speaker | null {
  for (let k = p.last; k > p.first; k--) {
    const t = tokens[k] as Token;
    if (t.surface === 'の' && isGenitive(t)) {
      const narrow = phraseEndingAt(tokens, k - 1, p.first);
      const named = narrow && namedAfterLine(tokens, p, k, narrow);
      if (named) return named;
      // 民間調査会社の東京商工データ is named already; プロジェクトチーム needs whose it is.
      const wide = narrow && !narrow.hasProper && lo < p.first ? phraseEndingAt(tokens, k - 1, lo) : null;
      const owner = wide ?? narrow;
      const type = owner && sourceTypeOf(owner);
      // 市場調査会社の北辰リサーチ: a name its own words type, after its line of business, is the body.
      if (wide && narrow && type === 'organization' && lineBefore(wide, narrow) && sourceTypeOf(narrow) === type)
        return { phrase: narrow, type };
      if (owner && type) return { phrase: owner, type };
      return narrow && wide ? describedBody(tokens, narrow, wide) : null;
    }
  }
  if (isReportPhrase(p)) return null;
  const type = sourceTypeOf(p);
  return type ? { phrase: p, type } : null;
}

const LINE_TAIL = new RegExp(`(?:${alternation(BUSINESS_LINES)})$`);

/** True when `wide` is a line of business, の, then `narrow`: 市場調査会社の北辰リサーチ (not 与党のプロジェクトチーム). */
function lineBefore(wide: NamePhrase, narrow: NamePhrase): boolean {
  const before = wide.text.slice(0, wide.text.length - narrow.text.length);
  return before.endsWith('の') && LINE_TAIL.test(before.slice(0, -1));
}

/**
 * 信用調査会社の東京商工データによりますと: after a line of business and の, a name that holds a proper
 * noun is the firm, though it ends in a report's word (データ) — not the line's data. 経済産業省の統計
 * データ (no line of business) and 調査会社の調査データ (no proper noun) stay the owner's report.
 */
function namedAfterLine(tokens: readonly Token[], p: NamePhrase, no: number, line: NamePhrase): Speaker | null {
  if (line.first !== p.first || line.hasProper || !LINE_TAIL.test(line.text)) return null;
  const name = phraseEndingAt(tokens, p.last, no + 1);
  if (!name || name.first !== no + 1 || !name.hasProper) return null;
  const bare = name.text.replace(REPORT_TAIL, '');
  // 東京データ: a place and the report's word alone is data about the place, not a firm's name.
  if (bare === name.text || bare.length < 3 || tokens[name.first]?.surface === bare) return null;
  const type = sourceTypeOf(line);
  return type && BODY_KINDS.has(type) ? { phrase: name, type } : null;
}

// The kinds of party a description before a name can make it: 市場調査会社の北辰リサーチ, 地元紙の
// 東和日報. A government before の (県の観光振興策) owns what follows; it does not say what it is.
const BODY_KINDS: ReadonlySet<string> = new Set(['organization', 'media']);

/**
 * A name its words do not type, after a description of what it is and の (市場調査会社の北辰リサーチ,
 * 民間シンクタンクの東和総研): the name is the body, of the kind the description says. A description
 * that is itself a name (トヨタの北辰) is another body, not what this one is; one plain word after it
 * (大手メーカーの部品) is a thing of the body's.
 */
function describedBody(tokens: readonly Token[], name: NamePhrase, wide: NamePhrase): Speaker | null {
  const no = tokens[name.first - 1];
  // 北辰リサーチ (two words), 東和総研: a name; 部品 (one plain word) is a thing the body owns.
  const named = name.headName || name.hasProper || name.last > name.first;
  if (!named || wide.first >= name.first - 1 || !no || !isGenitive(no)) return null;
  const kind = phraseEndingAt(tokens, name.first - 2, wide.first);
  const type = kind && !kind.hasProper ? sourceTypeOf(kind) : null;
  return type && BODY_KINDS.has(type) ? { phrase: name, type } : null;
}

/** Finds the first of `links` in text[from, to) and returns the token index where it starts, or -1. */
function linkAt(text: string, tokens: readonly Token[], links: readonly string[], from: number, to: number): number {
  const slice = text.slice(from, to);
  for (const l of links) {
    const at = slice.indexOf(l);
    if (at >= 0) return tokenAt(tokens, from + at);
  }
  return -1;
}

/**
 * 「XがYの分析を引用して報じた」: Y, the primary source of what X relays. Looks in text[from, to)
 * (the stretch between the content and the reporting verb).
 */
export function chainedSource(text: string, tokens: readonly Token[], lo: number, from: number, to: number) {
  const k = linkAt(text, tokens, CHAIN_LINKS, from, to);
  if (k <= lo) return null;
  const p = phraseEndingAt(tokens, k - 1, lo);
  if (!p) return null;
  // 米当局者の話として: the link starts with の, so the phrase is already the owner.
  if ((tokens[k] as Token).surface === 'の') {
    const type = sourceTypeOf(p);
    return type ? { phrase: p, type } : null;
  }
  return ownerOf(tokens, p);
}

/**
 * Splits what chainedSource found into the source and the relay: 「…と、ロイター通信は複数の関係者の話と
 * して報じた」 → ロイター通信, with 複数の関係者 as the relay — people a medium keeps unnamed are its
 * sources, and the medium answers for the figure; a party it names (国防総省の分析を引用して) is the source.
 */
export function splitChain(
  medium: NamePhrase,
  chain: Speaker | null,
): { source: Speaker | null; via: NamePhrase | null } {
  if (!chain) return { source: null, via: null };
  return chain.type === 'anonymous' ? { source: null, via: chain.phrase } : { source: chain, via: medium };
}

/** 「AFPの報道において述べた」, 「AFPに明らかにした」: the medium that relayed the statement, if named. */
export function relayedBy(text: string, tokens: readonly Token[], lo: number, from: number, verbFirst: number) {
  const to = (tokens[verbFirst] as Token | undefined)?.start ?? from;
  const k = linkAt(text, tokens, RELAY_LINKS, from, to);
  let p: NamePhrase | null = null;
  if (k > lo) p = phraseEndingAt(tokens, k - 1, lo);
  else if (tokens[verbFirst - 1]?.surface === 'に' && verbFirst - 2 >= lo) {
    p = phraseEndingAt(tokens, verbFirst - 2, lo);
  }
  return p && sourceTypeOf(p) === 'media' ? p : null;
}
