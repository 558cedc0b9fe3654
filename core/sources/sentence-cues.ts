import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { findAccordingCues } from './according-to';
import { findAmongCue } from './among';
import { findAnnounceCues } from './announcements';
import { findBracketedSpeakers } from './bracketed-speaker';
import { opensWithBreakdown } from './breakdown';
import { carryBackCue, continuesReport, identifiesReport, opensOnFindings } from './carry-over';
import { findCitedFact } from './cited-facts';
import { clauseStart } from './clauses';
import type { Cue, SentenceView } from './cue';
import { findExaminedSampleCue } from './examined-sample';
import { isForecastPlace, isForecastTopic } from './forecast-places';
import { findOfficialActCues } from './official-acts';
import { findOfficialValueCues } from './official-values';
import { findPlanDocumentCue } from './plan-documents';
import { findPlanCue } from './plans';
import { findPollFigureCues } from './poll-figures';
import { findQuoteCues } from './quoted-speech';
import { findReportCleftCue } from './report-cleft';
import { findNamedReportCue, findReportTopicCue, namesReport } from './report-topic';
import { revealedReport } from './revealed';
import { findRevisionCue, findSettingCues } from './set-values';
import { opensWithAreaPart, opensWithNamedSetting, opensWithSetting, sceneFrom } from './setting';
import { findStanceCue } from './stances';
import { findStatedReason } from './stated-reasons';
import { subjectEnd } from './subjectless';
import { findTopic, type Speaker } from './topic';

/** Everything one sentence says about sources. */
export interface SentenceCues {
  cues: Cue[];
  /** A cue that attributes the previous sentence (これは…CNNが報じたものだ), if any. */
  back: Cue | null;
  /** Opens with さらに / また: the previous report goes on. */
  continues: boolean;
  /** Opens on a new scene (福岡空港では、, また、県内では、): an earlier according-to does not reach it. */
  setting: boolean;
  /** The setting is a part of an area (九州南部では、): an authority's report may go on into it. */
  areaPart: boolean;
  /** The setting has a name (注目の北浜市長選では、, 伊丹空港では、): another scene for certain. */
  namedSetting: boolean;
  /** Where a later clause opens on a new setting (…運休し、伊丹空港では…): an earlier according-to stops there. */
  scene: number | null;
  /** Opens on a breakdown of figures already given (年代別では, 1人当たりでは, このうち): breakdown.ts. */
  breakdown: boolean;
  /** The sentence's source-like topic (米インテルは…), the speaker of a later subjectless cue. */
  topic: Speaker | null;
  /** Where its first topic or subject ends (苦情は|…), null when it names none (前年度の約1.6倍に増えた). */
  subject: number | null;
}

/** Runs every cue family on one sentence. */
export function sentenceCues(
  text: string,
  tokens: readonly Token[],
  v: SentenceView,
  hasFigure: boolean,
): SentenceCues {
  const used = new Set<number>();
  const cues = [
    ...findAccordingCues(tokens, v),
    ...findBracketedSpeakers(tokens, v),
    ...findQuoteCues(text, tokens, v, used),
    ...findAnnounceCues(text, tokens, v, used),
    ...findOfficialValueCues(tokens, v),
    ...findPollFigureCues(tokens, v),
  ];
  // 独紙Xが報じたもので、移籍金は…という: the rest of the sentence is the reporter's.
  const cleft = findReportCleftCue(tokens, v);
  if (cleft && !cues.some((c) => c.contentEnd > cleft.contentStart && c.kind !== 'hearsay')) cues.push(cleft);
  // 市場関係者の間では、…と推計されていた: the group the frame names, unless a cue names someone.
  // 北国は…公開していて、米国の専門家の間では、…という見方も出ている: a cue of an earlier clause, ending
  // before the frame, leaves the frame its own clause.
  const among = findAmongCue(tokens, v);
  if (among && cues.every((c) => c.kind === 'hearsay' || c.contentEnd <= among.contentStart)) cues.push(among);
  // 政府の宇宙基本計画は、…目標を掲げる: a plan document of its maker lays out the sentence's figures.
  const document = findPlanDocumentCue(tokens, v);
  // (目標を掲げる also announces, but with no subject: the document is who lays it out.)
  if (document && !cues.some((c) => c.contentEnd >= document.contentEnd && c.speaker)) {
    cues.splice(0, cues.length, ...cues.filter((c) => c.contentEnd < document.contentEnd), document);
  }
  // A plan closing the sentence, unless a cue already reports its end (…と見込んでいる).
  const plan = findPlanCue(tokens, v);
  if (plan && !cues.some((c) => c.contentEnd >= plan.contentEnd)) cues.push(plan);
  // 日銀が…0.5%程度に引き上げたことを受けた対応: a value a body set, where no cue reports it.
  for (const set of findSettingCues(tokens, v)) {
    if (!cues.some((c) => c.contentStart < set.contentEnd && set.contentStart < c.contentEnd)) cues.push(set);
  }
  // …見通しも従来の410万台から395万台に引き下げた: a revision with its subject left out, the story body's.
  // (…に引き下げたということです: the hearsay naming no one is the reviser's own tail.)
  const revision = cues.every(isUnnamedHearsay) ? findRevisionCue(tokens, v) : null;
  if (revision) cues.splice(0, cues.length, revision);
  // 市は…約3400世帯に避難指示を出した: a public body's act on what it counts, where no cue reports it.
  // Each act of a chain (職員10人を派遣し、航空機2機を投入した) is weighed against the other cues only.
  const others = [...cues];
  for (const act of findOfficialActCues(tokens, v)) {
    if (!others.some((c) => c.contentStart < act.contentEnd && act.contentStart < c.contentEnd)) cues.push(act);
  }
  // …ことも要因に挙げた: a fact cited, unless a cue already reports the sentence's end.
  const cited = findCitedFact(tokens, v);
  if (cited && !cues.some((c) => c.contentEnd >= cited.contentEnd)) cues.push(cited);
  // …出荷が15%減ったことを問題視する: a fact a party holds up, unless a cue already reports it.
  const stance = findStanceCue(tokens, v);
  if (stance && !cues.some((c) => c.contentEnd >= stance.contentEnd)) cues.push(stance);
  // …しやすいとして、注意を促している: the reason the subject gives.
  const reason = cues.length ? null : findStatedReason(tokens, v);
  if (reason) cues.push(reason);
  // 県が調べた36地点のうち、12地点で…: the examiner of a sample, where no cue names anyone.
  // (…ということです names no one: the examiner speaks through it.)
  const sample = cues.every((c) => c.kind === 'hearsay' && !c.speaker) ? findExaminedSampleCue(tokens, v) : null;
  if (sample) cues.splice(0, cues.length, sample);
  const revealed = revealedReport(tokens, v);
  if (revealed) cues.push(revealed);
  // 民間調査会社の予測は年率0.5%増だった: a report's owner, when nothing else in the sentence cites.
  // …と見込む一方、東和総研の予測は0.8%: or of a clause after a contrast that no cue reaches.
  // A text cut off right after its contrast (a paywalled lead's last 「森下さんは削除を求めたが、」) has no clause
  // there: its start is past the last token.
  const contrast = cues.length ? tokenAt(tokens, clauseStart(tokens, v, v.end)) : v.first;
  const after = tokens[contrast];
  const free = contrast > v.first && !!after && cues.every((c) => c.contentEnd <= after.start);
  const report = !cues.length || free ? findReportTopicCue(tokens, v, contrast) : null;
  if (report) cues.push(report);
  // 一つ目は北山省の労働力調査だ。: the report the paragraph's plain sentences go on with; so is one
  // a clause says who made (次は北浜経済研究所がまとめた推計である。).
  const named = cues.length || hasFigure ? null : findNamedReportCue(tokens, v);
  if (named) cues.push(named);
  else if (!hasFigure && cues.length === 1 && cues[0]?.published && namesReport(v)) cues[0].revealed = true;
  // 一方、日本は0.7%と0.2ポイント引き下げた: the place is what is forecast; the verdict has no subject of
  // its own, so the forecaster comes from the sentences before.
  for (const [n, c] of cues.entries()) {
    if (isForecastPlace(tokens, c)) cues[n] = { ...c, speaker: null, type: null, implicit: true };
  }
  const topic = findTopic(tokens, v, v.first, v.end, false, true);
  const setting = opensWithSetting(tokens, v);
  // 県が12日、発表した。: only a contentless announcement may attribute the sentence before.
  // これは県警がまとめたもので、…ということです: the hearsay that ends the cleft's clause is the cleft's own.
  // この集計結果を、協会が発表したということです: so is the hearsay closing a sentence that names its findings.
  const findings = opensOnFindings(v.sentence.text);
  const onlyBare = cues.every(
    (c) => c.kind === 'announce' || c === cleft || ((cleft || findings) && isUnnamedHearsay(c)),
  );
  return {
    cues,
    back: onlyBare ? carryBackCue(text, tokens, v, hasFigure) : identifiesReport(tokens, v, cues, hasFigure),
    setting,
    areaPart: setting && opensWithAreaPart(tokens, v),
    namedSetting: setting && opensWithNamedSetting(tokens, v),
    scene: sceneFrom(tokens, v),
    continues: !setting && continuesReport(v.sentence.text),
    breakdown: opensWithBreakdown(tokens, v),
    topic: topic && !isForecastTopic(tokens, v, topic.phrase) ? topic : null,
    subject: subjectEnd(tokens, v),
  };
}

/** ということです, という: hearsay naming no one. */
function isUnnamedHearsay(c: Cue): boolean {
  return c.kind === 'hearsay' && !c.speaker;
}
