import type { Source } from '../types';
import { cachedAnaphorsOf } from './anaphor-targets';
import { anaphorOf, bareHead, headOfAnaphor } from './anaphora';
import { isKindOfBody } from './kind-of-body';
import { isBody, toSource } from './parties';
import type { InForce } from './sentence-sources';

// A headline is written before its story and read with it: a credit there that names no one (「…　県推計」,
// 「…　病院グループ集計」, 「…　メーカー発表」) means the body the lede goes on to name, which no mention before
// the headline can give.

/**
 * The body the lede names that a headline's unnamed credit `s` stands for: 「北峰県人口、150万人割れ　県推計」
 * over 「北峰県は4日、…と発表した」 → 北峰県; 「…　病院グループ集計」 over 「医療法人「白樺会」は…公表した」 → 白樺会.
 * Only the cues of the body's first paragraph are read; an anaphor (県, 市, 同社) takes only a body it can
 * mean (県 → a name ending in 県), a kind or a bare head (病院グループ, メーカー) only the lede's first body, of
 * its type. Null when `s` names someone or the lede names no such body.
 */
export function ledeAntecedent(s: Source, { sentences, parties }: InForce): Source | null {
  if (!sentences[0]?.own || (s.type !== 'organization' && s.type !== 'government')) return null;
  const ana = anaphorOf(s.name);
  const head = ana ? null : headOfAnaphor(s.name);
  // 病院グループ: kind words only (a kind before a kind), as isKindOfBody reads one. Such a credit says
  // what the body is: the lede's words for its body must say so too (自動車メーカーの東和モーター, 8病院を
  // 運営する医療法人「白樺会」), or the credit is another body (「…　県警推計は5万人」 over 実行委員会は…).
  const kind = ana || head ? null : kindWords(s.name);
  // 「…　寝具メーカー調査」 over 「寝具メーカーのネムリエは…」: a kind no list holds, set before the body's name.
  const apposed = !ana && !head && !kind;
  let paragraph = -1;
  for (const here of sentences) {
    if (here.own) continue;
    paragraph = paragraph < 0 ? here.view.sentence.paragraph : paragraph;
    if (here.view.sentence.paragraph !== paragraph) break;
    for (const cue of here.info.cues) {
      const q = parties.get(cue) ?? null;
      if (!isBody(q) || anaphorOf(q.name) || isKindOfBody(q.name) || bareHead(q.name)) continue;
      const m = { name: q.name, type: q.type, start: q.phrase.start, end: q.phrase.end };
      const fits = apposed
        ? q.type === s.type && apposedTo(s.name, q.name)
        : ana
          ? cachedAnaphorsOf(m).includes(ana)
          : head
            ? q.name.endsWith(head) || q.name.startsWith(head)
            : q.type === s.type && described(here.view.sentence, q.phrase.end, kind ?? []);
      if (fits) return { ...toSource(q), cue: s.cue };
    }
  }
  return null;
}

/**
 * The words a credit naming no one says its body is: メーカー → [メーカー]; 病院グループ, a kind of body
 * before another kind word → [病院, グループ]; null for a name.
 */
function kindWords(name: string): readonly string[] | null {
  if (isKindOfBody(name) || bareHead(name)) return [name];
  for (let n = 1; n < name.length; n++) {
    if (isKindOfBody(name.slice(0, n)) && isKindOfBody(name.slice(n))) return [name.slice(0, n), name.slice(n)];
  }
  return null;
}

/**
 * 寝具メーカー, 玩具メーカー: a credit ending in a kind word (メーカー) after a word no list holds — what the
 * body makes, or a name (北和銀行). Only a lede body the whole credit is set before, with の, is meant:
 * 寝具メーカーのネムリエは…公表した. 大手メーカーのネムリエ is no 寝具メーカー, and 北和銀行の子会社の北和リース
 * is another body than 北和銀行.
 */
function apposedTo(credit: string, body: string): boolean {
  let kind = false;
  for (let n = 1; n < credit.length - 1 && !kind; n++) kind = isKindOfBody(credit.slice(n));
  const rest = body.slice(credit.length + 1);
  return kind && body.startsWith(`${credit}の`) && rest.length > 0 && !rest.includes('の');
}

/** True when the lede's words up to a body's name (`end`) hold one of `words`. */
function described(sentence: { text: string; start: number }, end: number, words: readonly string[]): boolean {
  const said = sentence.text.slice(0, end - sentence.start);
  return words.some((w) => said.includes(w));
}
