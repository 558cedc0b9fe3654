import { GATHERING_SAHEN, GATHERING_VERBS } from '../lexicon/reporting-cues';
import { isAuxiliary, isCaseParticle, isDependent, isGenitive, isNoun, isPassive, isVerb } from '../text/pos';
import type { Token } from '../types';
import { type Cue, depthAt, type SentenceView } from './cue';
import { isNegated, reportingVerbAt, type VerbMatch } from './reporting-verbs';
import { speakerBefore } from './topic';

/**
 * 独スポーツ紙「北海ブラット」が報じたもので、移籍金は推定800万ユーロだという / これは米紙Xが14日に伝えた
 * もので、投資額は6000万ドルに上る: the news is what a party reported, and the clause after もので、 goes on
 * with what it reported. An according-to cue of that party over the rest of the sentence (the sentence
 * before is attributed back by carry-over.ts when これは opens it).
 */
export function findReportCleftCue(tokens: readonly Token[], v: SentenceView): Cue | null {
  for (let k = v.first + 2; k < v.end - 2; k++) {
    const mono = tokens[k] as Token;
    // もの|で|、: the made noun, the copula's continuative, the comma.
    if (mono.surface !== 'もの' || !isNoun(mono) || !isDependent(mono) || depthAt(v, k) > 0) continue;
    if (tokens[k + 1]?.surface !== 'で' || tokens[k + 2]?.surface !== '、') continue;
    let end = k - 1;
    while (end > v.first && isAuxiliary(tokens[end])) end--;
    const verb = verbEndingAt(tokens, v, end);
    if (!verb) continue;
    const speaker = subjectOf(tokens, v, verb);
    if (!speaker) continue;
    const rest = tokens[k + 3];
    // …もので、自衛隊のヘリ2機が輸送を始めた: only a clause told as hearsay goes on with the report; a
    // plain one is the outlet's next fact.
    if (!rest || !TOLD_END.test(v.sentence.text)) return null;
    return {
      kind: 'according',
      speaker: speaker.phrase,
      type: speaker.type,
      cue: `${tokens
        .slice(verb, k + 2)
        .map((t) => t.surface)
        .join('')}`,
      contentStart: rest.start,
      contentEnd: v.sentence.end,
      announce: false,
      via: null,
    };
  }
  return null;
}

// …だという。 / …ということです。 / …とされる。 / …とのことだ。: the clause closes as what was told.
const TOLD_END = /(?:という|ということ(?:です|だ)|といいます|とされ(?:る|ている|ます)|とのこと(?:です|だ))[。．]?$/;

/** The first token of a reporting verb (報じ, 伝え, 明らかにし, 発表し) whose last token is `end`. */
function verbEndingAt(tokens: readonly Token[], v: SentenceView, end: number): number | null {
  for (let i = Math.max(v.first, end - 2); i <= end; i++) {
    const m = reportingVerbAt(tokens, i, false) ?? gatheredAt(tokens, i);
    if (m && m.last === end && !m.passive) return m.first;
  }
  return null;
}

/** The party before が that did the reporting (米紙Xが14日に報じた → 米紙X), dates between allowed. */
function subjectOf(tokens: readonly Token[], v: SentenceView, verb: number) {
  // 米通信社が複数の外交筋の話として報じた: the relayed source (…の話として) is an adjunct of the verb, not
  // distance from its subject.
  const relay = relayedAdjunct(tokens, v, verb);
  const skipped = relay ? verb - relay : 0;
  for (let k = verb - 1; k > v.first && verb - k <= 6 + skipped; k--) {
    const t = tokens[k] as Token;
    if (t.surface === '、' || depthAt(v, k) > 0) continue;
    if (t.surface === 'が' && isCaseParticle(t)) return speakerBefore(tokens, k, v.first);
  }
  return null;
}

// How many tokens a relayed source before the verb may take: 複数の外交筋の話.
const RELAY_MAX = 8;

/**
 * The first token of 「…の話として」 / 「…の情報として」 right before the verb at `verb` (a source the
 * reporter relays, an adjunct of the verb), or null.
 */
function relayedAdjunct(tokens: readonly Token[], v: SentenceView, verb: number): number | null {
  if (tokens[verb - 1]?.surface !== 'として') return null;
  for (let k = verb - 2; k > v.first && verb - k <= RELAY_MAX; k--) {
    const t = tokens[k] as Token;
    if (depthAt(v, k) > 0) continue;
    if (!isNoun(t) && !(t.surface === 'の' && isGenitive(t))) return k + 1 < verb - 1 ? k + 1 : null;
  }
  return null;
}

/**
 * A verb of gathering data at `i` (まとめ, 調べ, 調査し, 集計し), active and not negated: what the party of
 * a cleft did to the figures (これは県警がまとめたものだ, 県消防保安課が調査したもので、…という). Only in such
 * a cleft: a plain 県がまとめた is read by the plan and report rules.
 */
export function gatheredAt(tokens: readonly Token[], i: number): VerbMatch | null {
  const t = tokens[i];
  if (!t) return null;
  const verb = isVerb(t) && GATHERING_VERBS.has(t.basic);
  const sahen = isNoun(t) && GATHERING_SAHEN.has(t.surface) && tokens[i + 1]?.basic === 'する';
  if (!verb && !sahen) return null;
  const last = sahen ? i + 1 : i;
  if (isPassive(tokens[last + 1]) || isNegated(tokens, last)) return null;
  return { first: i, last, passive: false, announce: false, verb: t.surface };
}
