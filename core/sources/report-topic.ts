import { ADVERBIAL_BEFORE_WA } from '../lexicon/adverbial-particles';
import { DATA_REPORTS, UNOWNED_REPORTS } from '../lexicon/report-nouns';
import { isBindingParticle, isGenitive } from '../text/pos';
import type { Token } from '../types';
import { isReportPhrase, ownerOf } from './chains';
import { type Cue, depthAt, type SentenceView, speakerlessCue } from './cue';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import type { Speaker } from './topic';

/**
 * A report of data with its owner as the sentence's topic, and no verb of saying: 「民間調査会社の予測は
 * 年率0.5%増だった」, 「日銀の試算は、物価が2%上がるというものだ」 → the owner. Only for a sentence with
 * no cue of its own (国連の推計は…としている is a quote the owner's report makes), or for its clause
 * after a contrast (政府は…と見込む一方、東和総研の予測は0.8%) from token `from`; a report with no
 * owner written (予測は…) names no one here.
 */
export function findReportTopicCue(tokens: readonly Token[], v: SentenceView, from = v.first): Cue | null {
  for (let i = from + 1; i < v.end; i++) {
    const t = tokens[i] as Token;
    if (t.surface !== 'は' || !isBindingParticle(t) || depthAt(v, i) > 0) continue;
    // では is a report cue of its own (according-to.ts).
    if (ADVERBIAL_BEFORE_WA.has((tokens[i - 1] as Token).surface)) continue;
    const phrase = phraseEndingAt(tokens, i - 1, from);
    const noun = phrase ? (tokens[phrase.last] as Token).surface : '';
    if (!phrase || !DATA_REPORTS.has(noun) || !isReportPhrase(phrase)) return null;
    const owner = ownerOf(tokens, phrase, from) ?? namedOwner(tokens, v, phrase);
    // 調査は4月に実施し、1万社から回答を得た: a bare report noun as topic is the report in force.
    if (!owner && UNOWNED_REPORTS.has(phrase.text) && phrase.first === from)
      return {
        ...speakerlessCue('according', `${noun}は`, (tokens[from] as Token).start, v.sentence.end),
        unowned: true,
        published: true,
      };
    if (!owner || owner.type === 'document' || owner.phrase === phrase) return null;
    return {
      kind: 'according',
      speaker: owner.phrase,
      type: owner.type,
      cue: `${noun}は`,
      contentStart: (tokens[from] as Token).start,
      contentEnd: v.sentence.end,
      announce: false,
      via: null,
      frame: true,
    };
  }
  return null;
}

/**
 * The owner before の of a report whose words say nothing of what kind of party it is, when it is a
 * name all the same — a proper noun in it, or an organisation the tagger found: 北辰UFJリサーチ&
 * コンサルティングの予測は → an organisation. 夏のボーナスの予測 has no name before の.
 */
function namedOwner(tokens: readonly Token[], v: SentenceView, phrase: NamePhrase): Speaker | null {
  for (let k = phrase.last; k > phrase.first; k--) {
    const t = tokens[k] as Token;
    if (t.surface !== 'の' || !isGenitive(t)) continue;
    const owner = phraseEndingAt(tokens, k - 1, phrase.first);
    if (!owner || owner.headPlace || owner.measure) return null;
    const tagged = v.bodies.ends.has(owner.end) || v.bodies.names.has(owner.text);
    return tagged || (owner.hasProper && !owner.hasPerson) ? { phrase: owner, type: 'organization' } : null;
  }
  return null;
}

// …の労働力調査だ。 / …の報告である。 / …の試算です。: a sentence closing on a report and a present copula.
const COPULA_END = /(?:だ|である|です)[。．]$/;

/**
 * 一つ目は北山省の労働力調査だ。 / まず取り上げたいのは、東和総研の試算です。: a sentence with no figure that
 * names a report with its owner as what it is about; the plain sentences after it in the paragraph give
 * that report's figures (9月の就業者数は6812万人と…), as after a published report. A past copula
 * (きっかけは北山市の調査だった) tells a story, not the report the paragraph goes on with.
 */
export function findNamedReportCue(tokens: readonly Token[], v: SentenceView): Cue | null {
  if (!COPULA_END.test(v.sentence.text)) return null;
  let k = v.end - 1;
  while (k > v.first && !isNounToken(tokens[k] as Token)) k--;
  const phrase = phraseEndingAt(tokens, k, v.first);
  if (!phrase || depthAt(v, k) > 0) return null;
  // …の報告書だ: the tagger splits 報告書 into 報告|書, so the report noun is matched on the phrase's end.
  const noun = [...DATA_REPORTS].find((r) => phrase.text.endsWith(r));
  if (!noun || !isReportPhrase(phrase)) return null;
  const owner = ownerOf(tokens, phrase, v.first) ?? namedOwner(tokens, v, phrase);
  if (!owner || owner.type === 'document' || owner.type === 'person') return null;
  return {
    kind: 'according',
    speaker: owner.phrase,
    type: owner.type,
    cue: noun,
    contentStart: v.sentence.start,
    contentEnd: v.sentence.end,
    announce: false,
    via: null,
    published: true,
    revealed: true,
  };
}

/** The sentence closes on a report noun of data and a present copula (…がまとめた推計である。). */
export function namesReport(v: SentenceView): boolean {
  const m = /([^\s、。]{1,6})(?:だ|である|です)[。．]$/.exec(v.sentence.text)?.[1] ?? '';
  return [...DATA_REPORTS].some((r) => m.endsWith(r));
}

/** A noun token: the report phrase's last word, before the copula. */
function isNounToken(t: Token): boolean {
  return t.pos === '名詞';
}
