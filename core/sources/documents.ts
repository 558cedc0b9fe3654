import { ADVERBIAL_BEFORE_WA } from '../lexicon/adverbial-particles';
import { AUTHOR_VOICES, AUTHORING_VERBS, DOCUMENT_NOUNS } from '../lexicon/documents';
import { REPORT_NOUNS } from '../lexicon/report-nouns';
import { WordIndex } from '../lexicon/word-table';
import {
  isAdverbialNoun,
  isBindingParticle,
  isCaseParticle,
  isGenitive,
  isNoun,
  isPassive,
  isSymbol,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import { type Antecedents, anaphorOf } from './anaphora';
import { isReportPhrase } from './chains';
import { depthAt, type SentenceView } from './cue';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import { narrates } from './narration';
import type { Party } from './parties';
import type { SentenceCues } from './sentence-cues';
import { findTopic } from './topic';

const NOUNS = new WordIndex([...DOCUMENT_NOUNS]);
const REPORT_NOUN_SET: ReadonlySet<string> = new Set(REPORT_NOUNS);
const AUTHOR_TYPES = new Set(['organization', 'government', 'person', 'media']);

/**
 * The documents of an article and who made them, and the document in force: 「自民党の物流調査会は…
 * 提言をまとめました。」 makes the council the proposal's author; 「提言では、…2割ほど長いと指摘しています。
 * そのうえで、…8%引き上げるよう求めています。」 then speaks for the council, and so do the sentences after
 * it that have no subject of their own (…も盛り込みました), until another source is cited, the
 * sentence has a topic or subject of its own (政府は…), or the writer's voice takes over.
 */
export class Documents {
  private readonly authors = new Map<string, Party>();
  private readonly reports = new Map<string, Party>();
  private current: Party | null = null;
  private paragraph = -1;

  /** Files the author of a document the sentence says was made: 大阪地裁は…判決を言い渡した. */
  author(tokens: readonly Token[], v: SentenceView, mentions: Antecedents): void {
    for (let i = v.first + 1; i < v.end; i++) {
      const o = tokens[i] as Token;
      if (o.surface !== 'を' || !isCaseParticle(o) || depthAt(v, i) > 0 || !authoringAt(tokens, i + 1)) continue;
      const noun = documentNoun(phraseEndingAt(tokens, i - 1, v.first));
      const who = noun ? findTopic(tokens, v, v.first, i, true) : null;
      if (!noun || !who || !AUTHOR_TYPES.has(who.type)) continue;
      const ana = anaphorOf(who.phrase.text);
      const m = ana ? mentions.resolve(ana, who.phrase.start) : null;
      if (ana && !m) continue;
      this.authors.set(noun, {
        name: m?.name ?? who.phrase.text,
        type: m?.type ?? who.type,
        phrase: who.phrase,
        cue: '',
        via: null,
      });
    }
  }

  /**
   * Files the owner of a report an according-to cue cites (北山省の住宅統計調査によると → 調査 is 北山省's),
   * for a later 同調査 / 同報告書 / 同白書 to refer back to.
   */
  cited(p: Party | null): void {
    if (!p || p.type === 'document' || p.type === 'anonymous') return;
    for (const n of REPORT_NOUNS) if (p.cue.includes(n)) this.reports.set(n, p);
  }

  /**
   * 調査は / この調査は / 同報告書は as a sentence's topic: the party whose report of that noun was cited
   * before (北山庁が行っている「…世論調査」で、… ⏎調査は…行われた → 北山庁), null when none was;
   * undefined when the phrase is no report noun. A report never stands for its maker as a party.
   */
  reportTopicOwner(name: string): Party | null | undefined {
    const noun = name.replace(/^(?:同|この|その)/, '');
    return REPORT_NOUN_SET.has(noun) ? (this.reports.get(noun) ?? null) : undefined;
  }

  /**
   * 同調査 / 同報告書 / 同白書: the report cited or authored before that it names again, as its owner's
   * (調査結果を発表した … 同調査によると: the 調査 of that 調査結果).
   */
  private referredBack(p: Party): Party | null {
    const n = /^同(.+)$/.exec(p.name)?.[1];
    if (!n) return null;
    const cited = this.reports.get(n);
    if (cited) return { ...cited, cue: p.cue };
    const key = [...this.authors.keys()].find((k) => k !== n && k.startsWith(n));
    const by = key ? this.authors.get(key) : undefined;
    return by ? { ...p, name: `${by.name}の${key}`, type: 'document' } : null;
  }

  /** A bare document party named with its author when the article gave one: 判決 → 大阪地裁の判決. */
  authored(p: Party | null): Party | null {
    const same = p ? this.referredBack(p) : null;
    if (same) return same;
    const noun = p ? bareNoun(p.name) : null;
    // 同調査 with no report before it to refer back to names no one (the party in force goes on).
    if (p?.type === 'document' && !noun && /^同/.test(p.name) && isReportPhrase(p.phrase)) return null;
    if (!p || !noun) return p;
    // 判決によると: a document whatever type the words gave it (判決 is no head of a party's name).
    const by = this.authors.get(noun);
    return { ...p, name: by ? `${by.name}の${noun}` : p.name, type: 'document', ...voiceOf(noun, by) };
  }

  /**
   * The document in force for the sentence's figures, given what its cues named (`named`: their
   * parties, document ones already passed through authored()). `own`: a headline or a caption.
   */
  read(tokens: readonly Token[], v: SentenceView, info: SentenceCues, named: readonly (Party | null)[], own: boolean) {
    const para = v.sentence.paragraph;
    if (para !== this.paragraph && para !== this.paragraph + 1) this.current = null;
    this.paragraph = para;
    if (own) return null;
    const frame = frameAt(tokens, v);
    const doc = named.find((p) => p?.type === 'document');
    if (frame) this.current = this.partyOf(frame) ?? doc ?? null;
    else if (doc) this.current = doc;
    else if (named.some((p) => p) || info.setting || (info.topic && info.topic.type !== 'document'))
      this.current = null;
    else if (narrates(tokens, v) || hasSubject(tokens, v)) this.current = null;
    return this.current;
  }

  private partyOf(frame: Frame): Party | null {
    const by = this.authors.get(frame.noun);
    if (!by && DOCUMENT_NOUNS.get(frame.noun) !== 'speaks') return null;
    const name = by ? `${by.name}の${frame.noun}` : frame.noun;
    return { name, type: 'document', phrase: frame.phrase, cue: frame.cue, via: null, ...voiceOf(frame.noun, by) };
  }
}

/** A ruling's author as its voice (判決 → 東和地裁), when the article named who gave it. */
function voiceOf(noun: string, by: Party | undefined): Pick<Party, 'voice'> {
  if (!AUTHOR_VOICES.has(noun)) return {};
  if (by) return { voice: { name: by.name, type: by.type } };
  const fallback = AUTHOR_VOICES.get(noun);
  return fallback ? { voice: { name: fallback, type: 'government' } } : {};
}

/** A bare document as a topic: its phrase, its noun and the cue as written (提言では). */
interface Frame {
  phrase: NamePhrase;
  noun: string;
  cue: string;
}

/** The document noun a phrase ends with: 中間報告書 → 報告書. */
function documentNoun(p: NamePhrase | null): string | null {
  if (!p) return null;
  for (const [w] of NOUNS.endingAt(p.text, p.text.length)) return w;
  return null;
}

/** 提言 / 同提言 / この報告書: a document named by its noun alone. */
function bareNoun(name: string): string | null {
  const n = name.replace(/^同/, '');
  return DOCUMENT_NOUNS.has(n) ? n : null;
}

/** An authoring verb at token `k`: まとめた, 言い渡した, 策定した (a サ変 noun with する). */
function authoringAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (isVerb(t)) return AUTHORING_VERBS.has(t.basic);
  if (isNoun(t) && AUTHORING_VERBS.has(t.surface) && tokens[k + 1]?.basic === 'する') return true;
  // 閣議|決定|した: a サ変 compound IPADIC splits in two.
  const next = tokens[k + 1];
  return isNoun(t) && !!next && AUTHORING_VERBS.has(t.surface + next.surface) && tokens[k + 2]?.basic === 'する';
}

/** 提言では、 / 判決は、 / 同報告書は: a bare document as a topic outside quotes. */
function frameAt(tokens: readonly Token[], v: SentenceView): Frame | null {
  for (let i = v.first + 1; i < v.end; i++) {
    const t = tokens[i] as Token;
    if (t.surface !== 'は' || !isBindingParticle(t) || depthAt(v, i) > 0) continue;
    const at = tokens[i - 1]?.surface === 'で' ? i - 1 : i;
    const phrase = phraseEndingAt(tokens, at - 1, v.first);
    const noun = phrase ? bareNoun(phrase.text) : null;
    // 判決は、…約9カ月で言い渡された: the document as what was delivered is the outlet's account of the
    // procedure, not the document speaking.
    if (phrase && noun && !isGenitive(tokens[phrase.first - 1]) && !closesPassive(tokens, v)) {
      return { phrase, noun, cue: v.sentence.text.slice(phrase.start - v.sentence.start, t.end - v.sentence.start) };
    }
  }
  return null;
}

// The auxiliaries after a sentence's passive: 言い渡さ|れ|た, 提出さ|れ|まし|た, まとめ|られ|た.
const TENSE: ReadonlySet<string> = new Set(['た', 'ます', 'だ', 'です']);

/** The sentence closes on a passive verb (言い渡された, まとめられました), outside quotes. */
function closesPassive(tokens: readonly Token[], v: SentenceView): boolean {
  let k = v.end - 1;
  while (k > v.first && /^[。．!！]$/.test((tokens[k] as Token).surface)) k--;
  for (; k > v.first && depthAt(v, k) === 0; k--) {
    const t = tokens[k] as Token;
    if (t.pos !== '助動詞' && !(isVerb(t) && t.pos1 === '接尾')) return false;
    if (isPassive(t)) return true;
    if (!TENSE.has(t.basic) && !isVerb(t)) return false;
  }
  return false;
}

/**
 * A topic or a subject of the sentence's own, outside quotes: 休日は…, 政府が…決めた. A subject inside
 * a clause that modifies a noun (男性が…打ち明けていなかった点を考慮し) is not the sentence's.
 */
function hasSubject(tokens: readonly Token[], v: SentenceView): boolean {
  for (let i = v.first + 1; i < v.end; i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    const prev = tokens[i - 1] as Token;
    if (t.surface === 'は' && isBindingParticle(t)) {
      if (!ADVERBIAL_BEFORE_WA.has(prev.surface) && !isAdverbialNoun(prev) && isNoun(prev)) return true;
    } else if (t.surface === 'が' && isCaseParticle(t) && !modifiesNoun(tokens, v, i + 1)) return true;
  }
  return false;
}

/** True when the clause starting at `k` ends by modifying a noun (…いなかった点, …待たされる「荷待ち時間」). */
function modifiesNoun(tokens: readonly Token[], v: SentenceView, k: number): boolean {
  for (let i = k; i < v.end; i++) {
    const t = tokens[i] as Token;
    if (t.surface === '、' || t.surface === '。') return false;
    // The clause's first predicate, and what follows its auxiliaries.
    if (!isVerb(t) && t.pos !== '形容詞' && t.pos !== '助動詞') continue;
    let e = i + 1;
    // 待た・される / 打ち明けて・いなかった: auxiliaries, and verbs that are suffixes or dependents.
    while (
      e < v.end &&
      (tokens[e]?.pos === '助動詞' || (isVerb(tokens[e]) && tokens[e]?.pos1 !== '自立') || aspect(tokens, e))
    )
      e++;
    const next = tokens[e];
    if (!next) return false;
    // …残業が続いていたとして、: a subject inside what is reported or reasoned, not the sentence's.
    if (next.surface === 'と' || next.surface === 'として') return true;
    if (next.surface === 'の' || next.surface === 'こと' || (isNoun(next) && next.pos1 !== '接尾')) return true;
    return isSymbol(next) && /^[「『（(]$/.test(next.surface);
  }
  return false;
}

/** The て of ている / ていた: 打ち明け・て・いなかった goes on as one predicate. */
function aspect(tokens: readonly Token[], e: number): boolean {
  const t = tokens[e];
  const next = tokens[e + 1];
  return (t?.surface === 'て' || t?.surface === 'で') && isVerb(next) && next?.pos1 === '非自立';
}
