import { DATA_REPORTS } from '../lexicon/report-nouns';
import { isAuxiliary, isCaseParticle, isIndependent, isNoun, isVerb } from '../text/pos';
import type { Sentence } from '../text/sentences';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { describesParty, explains } from './background';
import type { Cue, SentenceView } from './cue';
import { isTold } from './hearsay';
import { isMarketReport } from './market-reports';
import { reportsAnotherActor } from './other-actor';
import { Paragraph } from './paragraph';
import type { Party } from './parties';
import type { SentenceCues } from './sentence-cues';
import { speaksFor } from './spokesperson';
import { isSurveyCue } from './surveys';
import { turnsAway } from './turning-paragraph';

// How far an announcement reaches past its own sentence (国交省は…と発表した。⏎同省によると…。⏎機体登録の
// 制度も改める。): into the plain sentences after it and the next paragraph — split from in-force.ts,
// which reads the article sentence by sentence and keeps the rest of what is in force.

// …以来、約30年ぶり。 / …は5年ぶりだ。 / …2019年以来となる。: a sentence closing on the time since it
// last happened is the outlet's comparison, not the release (a 3年ぶりに増益となった inside is the news).
const SINCE_THEN = /(?:ぶり|以来)(?:だ|です|となる|となった|になる|のこと)?[。．]$/;

/** The announcement a sentence goes on with, if any, and what else its words make of it. */
export interface Reach {
  /** The announcement in force for the sentence: its paragraph's, or the previous paragraph's. */
  announcer: Party | null;
  /** The sentence describes the announcer (同社の国内シェアは約10%。): the outlet's background. */
  background: boolean;
  /** The sentence tells another party's deed (全120議席のうち、緑の党は58議席を獲得した). */
  another: boolean;
}

/**
 * The announcement in force for sentence `s` of paragraph `para`, which it counts as read; `own` when the
 * sentence speaks for the outlet (a headline, caption or editor's note).
 */
export function announcementReach(
  para: Paragraph,
  s: string,
  info: SentenceCues,
  own: boolean,
  hasFigure: boolean,
): Reach {
  // The previous paragraph's announcement holds only until this paragraph names a source of its own
  // (気象庁によると…412ミリに達した。平年の1.5倍にあたる。 is not the earlier 消防庁 release).
  // 年代別では、65歳以上が全体の56.8%を占めた: a breakdown in a later paragraph is the tally's.
  // 北山県は…予算案を発表した。⏎田中知事は「…」と述べた。子育て支援には約32億円を計上した。: the words of
  // the announcer's own head are no source of another's; its items go on after them.
  const headSpoke = speaksFor(para.source, para.previousAnnouncer);
  // 一方、県内の蔵元数は88と… / 注目の市長選では、…: a paragraph turning to another matter or scene is not
  // the previous one's announcement.
  if (turnsAway(para, s, info)) para.otherActor = true;
  const announcer =
    para.announcer ??
    ((para.source && !headSpoke) || para.otherActor ? null : para.previousAnnouncer) ??
    (info.breakdown ? para.tally : null) ??
    (para.otherActor ? null : para.acts);
  // 東和電機は10日、新型端末を発表した。同社の国内シェアは約10%。: background on the company, the
  // outlet's own — not the announcement.
  // 政策金利が1%となるのは1995年以来、約30年ぶり。: the writer measuring the news against the past.
  // 線状降水帯は、…現象だ。3時間の雨量が…: the writer explaining a term, and the paragraph goes on with it.
  const explained = !!announcer && !info.cues.length && explains(s);
  if (explained && !para.announcer) para.otherActor = true;
  // 10日の東京株式市場で同社株は一時、…4215円まで上昇した: the market's record, not the release.
  const background =
    !!announcer && (describesParty(s, announcer.name) || SINCE_THEN.test(s) || isMarketReport(s) || explained);
  // 全120議席のうち、緑の党は58議席を獲得した: another party's deed, not the announcer's release.
  // 東京都内の60代の女性は、…注文した after a paragraph citing the announcer: a new scene, its own topic.
  const carried = !para.announcer && para.previousCited && !!info.topic;
  // 都道府県別では、東京都が最も多い792人: the places are the tally broken down, not other actors.
  const another =
    !!announcer && !info.cues.length && !info.breakdown && (carried || reportsAnotherActor(info.topic, announcer, s));
  if (another && !para.announcer) para.otherActor = true;
  para.sentences++;
  // A plain sentence going on with the previous paragraph's announcement with figures of its own (no
  // cue, no other actor): 船体登録の制度も改める。 relays no figures, and passes nothing on.
  const isToldHere = info.cues.length > 0 && info.cues.every(isTold);
  const plain = hasFigure && !own && !background && !another && !info.cues.length && !para.announcer && !!announcer;
  // …after its head's words (田中知事は「…」と述べた。約32億円を計上した。), the first such sentence passes it on too.
  if (para.sentences === 1 || (plain && headSpoke)) {
    para.relaysAnnouncement = plain;
  } else if (own || background || another || info.cues.some((c) => !isTold(c)) || !(hasFigure || isToldHere)) {
    // 内訳をみると、…88%にとどまった。…が寄与したという。: a paper's paragraph goes on relaying it while
    // its later sentences give figures or tell by hearsay, with no source, no other party's deeds and
    // nothing about the releaser; a plain sentence (当面は平日の夜に受け付ける。) ends what it passes on.
    para.relaysAnnouncement = false;
  }
  return { announcer, background, another };
}

/**
 * The paragraph numbered `index` after `prev`, starting at sentence `first`, with what `prev` passes on
 * when it is just before: its last speaker, its announcement, the source its hearsay relays.
 */
export function nextParagraph(prev: Paragraph, index: number, first: number): Paragraph {
  const adjacent = index === prev.index + 1;
  // A paragraph that names a source passes it to the hearsay after it, one that tells by hearsay
  // passes on what it was given; narration with neither ends the chain, and so does a citation of
  // someone it cannot name (同庁によりますと with no 庁 before).
  // A caption or subhead between them (■売り上げは倍増) is passed through.
  const heard = prev.unframed ?? ((prev.hearsay || !prev.told) && !prev.cited ? prev.previousHeard : null);
  // 消防庁は…と発表しました。⏎このうち…約57%を占めました。⏎東京都が最も多い712人でした。: a paragraph of
  // plain sentences that went on with the announcement passes it on.
  const announcer = prev.previousAnnouncer;
  const own = !prev.source || (!!announcer && (sameParty(prev.source, announcer) || speaksFor(prev.source, announcer)));
  const relayed = prev.relaysAnnouncement && own ? announcer : null;
  const next = new Paragraph(
    index,
    adjacent ? prev.speaker : null,
    adjacent ? (prev.announcedHere ? prev.heldAnnouncer : (prev.announcer ?? prev.citedAnnouncer ?? relayed)) : null,
    adjacent ? heard : null,
  );
  next.first = first;
  next.tally = prev.tally;
  next.previousCited = adjacent && !prev.announcer && !!prev.citedAnnouncer;
  return next;
}

/** 東和缶詰 and 東和缶詰の山田社長: one party speaking, the body or one of its people. */
export function sameParty(a: Party, b: Party): boolean {
  return a.name.includes(b.name) || b.name.includes(a.name);
}

/**
 * What a cue of `sentence` naming `party` puts in force as the paragraph's announcement: a lede's
 * release (`announcesLede`), or a published report or survey finding with figures of its own.
 */
export function takeAnnouncement(
  para: Paragraph,
  cue: Cue,
  party: Party,
  sentence: Sentence,
  announcesLede: boolean,
  hasFigure: boolean,
): void {
  // …が発表した7～9月期のGDPは2.8%増えた。個人消費が3.7%増と堅調だった。: the report goes on.
  // It holds for its paragraph when its own sentence gave figures (研究所が発表した推計は誤りだった
  // reports none), and not into the next one, which may cite other reports.
  // …62%に上ることが、東和キャリアの調査で分かった。出社を望む人は18%にとどまった。: a survey or tally
  // whose findings its sentence told goes on in the plain sentences after it, as a published report does.
  const found = foundTally(cue, sentence, hasFigure);
  // Another party cited for figures or as a paragraph's source ends the tally (国は、水分補給を呼びかけて
  // います。 does not); a release or report with figures of its own becomes it.
  const cites = hasFigure || cue.kind === 'according';
  if (para.tally && cites && !sameParty(party, para.tally)) para.tally = null;
  const report = (cue.published || found) && !cue.aside;
  // 調査会社IDSの推計で、…2870万台だった: a data report framing the figures is the tally its breakdowns in
  // later paragraphs are of (メーカー別のシェアは…), though not the paragraph's announcement.
  const framed = !!cue.frame && DATA_REPORTS.has(cue.cue.replace(FRAME_END, ''));
  if (hasFigure && (announcesLede || report || cue.announce || framed)) para.tally = party;
  if (!announcesLede && !(report && (hasFigure || cue.revealed))) return;
  // The lede's release, which a report cited in passing displaces for this paragraph only.
  if (!announcesLede && para.announcer && !para.announcedHere && !sameParty(party, para.announcer)) {
    para.heldAnnouncer = para.announcer;
  }
  para.announcer = party;
  para.announcedHere = !announcesLede;
}

// 推計で / 調査では / 集計によると: what follows the report noun of a framing cue.
const FRAME_END = /(?:で|では|でも|によると|によれば|によりますと)$/;
// 調べで分かった: a body's count, as 集計 or まとめ (a data report) is; 取材で分かった is what reporters found.
const TALLY_FOUND = /^調べ/;
// …ことが分かった。 / …ことがわかりました。 / …ことが明らかになった。: the sentence closes on finding out.
const FOUND_CLOSE = /ことが(?:分か|わか|判明|明らかにな)[っりし][^。]{0,6}[。．]?$/;

/**
 * …8000人を超えたことが総務省消防庁のまとめでわかりました / …612件だったことが、東和県警の調べで分かった:
 * figures found in a body's survey or tally (a data report, or its 調べ), which its sentence tells. In a
 * lede it opens the story as a release does, and its breakdowns in later paragraphs are the body's.
 */
export function foundTally(cue: Cue, sentence: Sentence, hasFigure: boolean): boolean {
  // 東和連合が今年2月に行った調査で、…31万円だったことが分かった: the report and the verb of finding out
  // may stand apart, the sentence closing on the verb.
  const found = cue.found || (!!cue.frame && FOUND_CLOSE.test(sentence.text));
  if (!found || !hasFigure) return false;
  return !!cue.frame || TALLY_FOUND.test(cue.cue) || isSurveyCue(cue, sentence.text, sentence.start);
}

/**
 * True when the sentence closes on the past auxiliary た, or its voiced だ right after a verb's sound
 * change (膨らん|だ, IPADIC's basic form だ): …1,086億円だった。 / …約1.5倍に膨らんだ。 / …となりました。 —
 * not …長くなる。, …時間がかかる。 nor the copula of …過去最高だ。
 */
export function closesOnPast(tokens: readonly Token[], v: SentenceView): boolean {
  let k = v.end - 1;
  while (k > v.first && /^[。．！？」』）)]$/.test((tokens[k] as Token).surface)) k--;
  const t = tokens[k];
  if (!isAuxiliary(t)) return false;
  return t?.basic === 'た' || (t?.surface === 'だ' && isVerb(tokens[k - 1]));
}

/**
 * The starts of the figures of a sentence that stand in a clause describing a noun in the present
 * (GDPの5割超を占める個人消費は…伸びた: the verb in its dictionary form, a noun right after it): what
 * the noun is, as the outlet states it — not the results a report told.
 */
export function standingFigures(
  tokens: readonly Token[],
  v: SentenceView,
  figures: readonly { start: number; end: number }[],
): ReadonlySet<number> {
  const found = new Set<number>();
  for (const f of figures) {
    if (f.start < v.sentence.start || f.end > v.sentence.end) continue;
    let k = tokenAt(tokens, f.end);
    if (isCaseParticle(tokens[k])) k++;
    const t = tokens[k];
    if (k < v.end && isVerb(t) && isIndependent(t) && t?.surface === t?.basic && isNoun(tokens[k + 1]))
      found.add(f.start);
  }
  return found;
}
