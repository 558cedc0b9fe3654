import { CREDIT_REPORTS } from '../lexicon/report-nouns';
import { isBindingParticle, isCaseParticle } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { SourceType, Token } from '../types';
import type { AttributedFigure } from './context';
import { phraseEndingAt } from './name-phrase';
import { creditEach, type Party } from './parties';
import { namesABody, sourceTypeOf } from './source-type';

// The bracket right after the figure: 約12万人（主催者発表）, 約40万人(実行委員会調べ).
const OPEN = /^\s?[（(]/;
// A credit is short: a name and its report noun, with a note or two (（前年比2割増、県調べ）).
const MAX_BRACKET = 32;
// Who may credit a figure: a body, or a party named by its role (主催者); no person, no document.
const CREDITORS: ReadonlySet<SourceType> = new Set(['organization', 'government', 'media', 'anonymous']);

/**
 * The figures a party's report noun written right at them credits: after them in brackets
 * (「花火大会には約12万人（主催者発表）が訪れた」 → 主催者, 「約1万人（前年比2割増、県調べ）」 → 県), or
 * before them with で (「主催者発表で約2万人、警察発表で約8千人が参加した」). One note of the bracket
 * is a name and a report noun (発表, 調べ, まとめ, 推計) and nothing else: 約30億円（前年比12%増） or
 * 約86億円（税込み） credit no one, and 同組合調べ, which names its party only through the article, is
 * left to the sentence's reading.
 */
export function bracketedCredits<F extends AttributedFigure>(
  text: string,
  tokens: readonly Token[],
  figures: readonly F[],
): Map<F, Party> {
  return creditEach(
    figures,
    (f) => creditAfter(text, tokens, f) ?? creditBefore(tokens, f) ?? creditClosing(text, tokens, f),
  );
}

/** 約12万人（主催者発表）: a note of the bracket right after the figure that is a name and a report noun. */
function creditAfter(text: string, tokens: readonly Token[], f: AttributedFigure): Party | null {
  const open = OPEN.exec(text.slice(f.end, f.end + 2));
  if (!open) return null;
  return noteCredit(text, tokens, f.end + open[0].length);
}

/**
 * 「沿道には約40万人が詰めかけた（実行委員会発表）。」: a credit in brackets closing the sentence, after its
 * predicate, credits every figure of it as one right after a figure does.
 */
function creditClosing(text: string, tokens: readonly Token[], f: AttributedFigure): Party | null {
  const stop = text.slice(f.end).search(/[。\n]/u);
  const at = stop < 0 ? text.length : f.end + stop;
  if (!/[）)]/u.test(text.charAt(at - 1))) return null;
  const open = Math.max(text.lastIndexOf('（', at - 1), text.lastIndexOf('(', at - 1));
  if (open < f.end || at - open > MAX_BRACKET) return null;
  return noteCredit(text, tokens, open + 1);
}

/** The credit among the notes of a bracket whose text starts at `from`: （前年比2割増、県調べ） → 県. */
function noteCredit(text: string, tokens: readonly Token[], from: number): Party | null {
  const close = text.slice(from, from + MAX_BRACKET).search(/[）)（(]/);
  if (close < 2 || !/[）)]/.test(text.charAt(from + close))) return null;
  // （前年比2割増、県調べ）, （ビデオリサーチ調べ、関東地区）: each note set apart by a comma.
  let at = from;
  for (const note of text.slice(from, from + close).split(/[、，,]/)) {
    const first = tokenAt(tokens, at);
    const end = tokenAt(tokens, at + note.length);
    at += note.length + 1;
    if ((tokens[first] as Token | undefined)?.start !== at - note.length - 1) continue;
    const party = creditOf(tokens, first, end);
    if (party) return party;
  }
  return null;
}

/** 主催者発表で約2万人: a name and a report noun with で (では) right before the figure. */
function creditBefore(tokens: readonly Token[], f: AttributedFigure): Party | null {
  let k = tokenAt(tokens, f.start) - 1;
  if (tokens[k]?.surface === '、') k--;
  if (tokens[k]?.surface === 'は' && isBindingParticle(tokens[k])) k--;
  if (tokens[k]?.surface !== 'で' || !isCaseParticle(tokens[k])) return null;
  // The name opens its clause: after the sentence's start, a comma or a particle (デモには主催者発表で).
  let lo = k - 2;
  while (lo > 0 && !opensClause(tokens[lo - 1] as Token, tokens[lo] as Token)) lo--;
  return creditOf(tokens, lo, k, true);
}

/** True when the clause starts after `prev`: a comma, bracket or particle, or a line break between. */
function opensClause(prev: Token, t: Token): boolean {
  return (
    /^[、。「」（）()]$/.test(prev.surface) || isCaseParticle(prev) || isBindingParticle(prev) || prev.end !== t.start
  );
}

/** Tokens [first, end) as a whole: a creditor's name and a report noun (主催者 + 発表), or null. */
function creditOf(tokens: readonly Token[], first: number, end: number, before = false): Party | null {
  const noun = tokens[end - 1];
  if (!noun || end - 2 < first || !CREDIT_REPORTS.has(noun.surface)) return null;
  const phrase = phraseEndingAt(tokens, end - 2, first);
  if (!phrase || (!before && phrase.first !== first) || phrase.text.startsWith('同')) return null;
  const type = sourceTypeOf(phrase);
  if (!type || !CREDITORS.has(type)) return null;
  // 新型機発表: a thing may stand before 発表 too; only a name whose words say it is a body announces.
  if (noun.surface === '発表' && type === 'organization' && !namesABody(phrase.text)) return null;
  return { name: phrase.text, type, phrase, cue: noun.surface, via: null };
}
