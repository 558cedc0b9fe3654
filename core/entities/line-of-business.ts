import { BUSINESS_LINES, RUNNING_VERBS } from '../lexicon/kind-nouns';
import { isNoun } from '../text/pos';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { charClasses } from './features';
import { isPlainWordWhole } from './names-nothing';

/** Words of a katakana or Latin name: ネオ+テック, ハヤテ+・+ロジスティクス. */
const MAX_WORDS = 4;
/**
 * What a firm does, then の (maybe 大手の), written before its name: 「スマートフォンメーカーのネオテック」,
 * 「人材サービス大手の「パーソナルリンク」」, 「ゲーム開発のルミナスワークス」.
 */
const LINE_BEFORE = new RegExp(`(?:${BUSINESS_LINES.join('|')})(?:大手)?の「?$`);
/** A clause saying what it runs: 「旅行予約サイトを運営するトラベリア」, 「全国に42施設を展開するミヤビホテルズ」. */
const RUNS_BEFORE = new RegExp(`を(?:${RUNNING_VERBS.join('|')})する「?$`);
/** What may follow the name: a particle, a bracket, punctuation — the name ends there. */
const NAME_END = /^[はがのにともへで、。」（(]/;

/** Katakana or Latin letters only (ー and ・ too): a word of a coined name. */
const isForeignWord = (t: Token): boolean =>
  t.surface !== 'ー' && /^[AL]+$/.test(charClasses(t.surface.replace(/[ー・]/g, '')));

/**
 * A firm named in katakana or Latin letters after its line of business: 「スマートフォンメーカーのネオテック」,
 * 「物流サービスのハヤテ・ロジスティクス」, 「旅行予約サイトを運営するトラベリア」 → organisation. A plain
 * word after the line is what the firms make or do (「家電メーカーのテレビ」, 「メーカーのシェア」).
 */
export function lineOfBusinessCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!isForeignWord(first)) continue;
    const before = text.slice(Math.max(0, first.start - 24), first.start);
    if (!LINE_BEFORE.test(before) && !RUNS_BEFORE.test(before)) continue;
    let j = i;
    while (j + 1 < tokens.length && j + 1 - i < MAX_WORDS) {
      const t = tokens[j + 1] as Token;
      if (t.start !== (tokens[j] as Token).end || !isForeignWord(t)) break;
      j++;
    }
    const last = tokens[j] as Token;
    const after = tokens[j + 1];
    if (after && after.start === last.end && isNoun(after) && !NAME_END.test(after.surface)) continue;
    if (!NAME_END.test(text.slice(last.end, last.end + 1))) continue;
    const name = text.slice(first.start, last.end);
    // One word the dictionary knows, or a compound SudachiDict lists, is a plain word: 「テレビ」, 「シェア」.
    if ((i === j && first.known) || isPlainWordWhole(name)) continue;
    out.push({ start: first.start, end: last.end, type: 'organization', source: 'trade', weight: 4.5 });
    i = j;
  }
  return out;
}
