import { sentenceIndexAt } from '../text/sentences';
import type { Source } from '../types';
import { Antecedents } from './anaphora';
import { describesParty } from './background';
import { speakerLabel } from './bracketed-speaker';
import type { AttributedFigure, AttributionContext } from './context';
import { bracketedConversions, isWritersConversion } from './conversions';
import { bodiesOf, buildViews, type Cue } from './cue';
import { isParentheticalAge } from './false-friends';
import { echoHeadline } from './headline';
import { investigatorIn, investigatorRank, isInvestigator } from './investigators';
import {
  inside,
  isBody,
  narrowest,
  ownAuthority,
  type Party,
  speechLeadIn,
  toParty,
  topicParty,
  toSource,
} from './parties';
import { type SentenceCues, sentenceCues } from './sentence-cues';
import { bodyTypeByWords } from './source-type';
import { countsRespondents, isAnswer, isSurveyCue, surveyorIn } from './surveys';
import { namedParties } from './topic';

// Editor's notes (（追記…）, ※…) speak for the outlet: no source is carried into them.
const EDITORIAL = /^[（(※＊*]/;
// A sentence ends with a full stop; a line without one is a headline or a caption.
const FULL_STOP = /[。．！？!?」』）)]$/;
// 12日 / 3月1日: the dated lede of a press release.
const DAY_DATE = /[0-9０-９一二三四五六七八九十]日/;

/**
 * Attributes every figure. Per figure, in order: the cue of its own sentence whose content holds it
 * (according-to > quote > announcement; an age only from the police), a speaker line above quoted
 * lines, the next sentence when it attributes back (これは…報じたものだ), the source in force in the
 * paragraph for hearsay, subjectless cues and さらに-continuations, an according-to that opened the
 * paragraph (警察によりますと、…), a speaker written after the words of a later sentence (…と、同社の
 * 担当者は説明した), an announcement in force from this or the previous paragraph, and finally the
 * author of a signed column or the byline.
 */
export function attribute(ctx: AttributionContext): (Source | null)[] {
  const { text, tokens, figures } = ctx;
  const views = buildViews(ctx.sentences, tokens, bodiesOf(ctx.entities));
  const figureSentences = new Set(figures.map((f) => sentenceIndexAt(ctx.sentences, f.start)));
  // 経済産業省 tagged as an organisation is still a ministry: 同社 must not point back to it.
  const mentions = new Antecedents(
    ctx.entities
      .filter((e) => e.type === 'person' || e.type === 'organization')
      .map((e) => {
        const type = e.type === 'person' ? 'person' : (bodyTypeByWords(e.text) ?? 'organization');
        return { name: e.text, type, start: e.start, end: e.end };
      }),
  );
  const info: SentenceCues[] = [];
  const parties = new Map<Cue, Party | null>();
  const inForce: (Party | null)[] = []; // per sentence: the last named source of its paragraph before it
  const spoken: (Party | null)[] = []; // per sentence: the same, leaving out data framed with では
  const announced: (Party | null)[] = []; // per sentence: an announcement in force
  const lastNamed: (Party | null)[] = []; // per sentence: the last named source anywhere before it
  const scoped: (Party | null)[] = []; // per sentence: an according-to that opened an earlier sentence of its paragraph
  const aboutAnnouncer: boolean[] = []; // per sentence: it describes the party that announced (同社は…)
  const framed: boolean[] = []; // per sentence: that according-to is data framed with では (〜のランキングでは)
  const after: (Party | null)[] = []; // per sentence: a speaker written after its own words (…と、X は説明した)
  const labelled: (Party | null)[] = []; // per sentence: a speaker line （近所の住民） above quoted lines
  const polled: (Party | null)[] = []; // per sentence: the surveyor, when it counts respondents (と答えた人は…)
  const introduced: (Party | null)[] = []; // per sentence: a quote after 「Xは次のように述べた。」
  let named: Party | null = null;
  let lastTopic: Party | null = null;
  let speaker: Party | null = null; // the last speaker of a cue in this paragraph
  let prevSpeaker: Party | null = null;
  let paraSource: Party | null = null;
  let paraSpeaker: Party | null = null;
  let paraAnnounce: Party | null = null;
  let announceLocal = false; // paraAnnounce is a published report: in force for its own paragraph only
  let prevParaAnnounce: Party | null = null;
  let scope: Party | null = null;
  let scopeFramed = false;
  let label: Party | null = null;
  let intro: Party | null = null;
  let bodyBegun = false; // a sentence of the body (not the headline) has been read
  let story: Party | null = null; // the body whose announcement opens the article
  let storyTold = false; // the article's first paragraph has been read // the speaker a sentence announced, for the quotes right after it
  let investigator: Party | null = null;
  let surveyor: Party | null = null; // the body that conducted the survey last named (市は住民に調査した)
  let paragraph = -1;
  for (const v of views) {
    if (v.sentence.paragraph !== paragraph) {
      // Only the first paragraph of the body opens the story.
      if (bodyBegun) storyTold = true;
      const adjacent = v.sentence.paragraph === paragraph + 1;
      prevParaAnnounce = adjacent && !announceLocal ? paraAnnounce : null;
      announceLocal = false;
      prevSpeaker = adjacent ? speaker : null;
      paragraph = v.sentence.paragraph;
      lastTopic = paraSource = paraSpeaker = paraAnnounce = speaker = scope = null;
      // A speaker line holds for the quoted lines under it: （近所の住民）⏎「…」⏎「…」
      if (!v.sentence.text.startsWith('「')) label = null;
    }
    mentions.admitBefore(v.sentence.end);
    const si = sentenceCues(text, tokens, v, figureSentences.has(v.index));
    info.push(si);
    // JR九州によりますと、…運休しました。福岡空港では、…欠航しました。: a new scene, not JR's account.
    if (si.setting) scope = null;
    inForce.push(paraSource ?? prevParaAnnounce);
    spoken.push(paraSpeaker ?? (paraSource ? null : prevParaAnnounce));
    lastNamed.push(named);
    // Headlines, captions and editor's notes speak for the outlet: nothing is carried into them.
    const own = EDITORIAL.test(v.sentence.text) || !FULL_STOP.test(v.sentence.text);
    // The previous paragraph's announcement holds only until this paragraph names a source of its own
    // (気象庁によると…412ミリに達した。平年の1.5倍にあたる。 is not the earlier 消防庁 release).
    const announcer = paraAnnounce ?? (paraSource ? null : prevParaAnnounce);
    // 東和電機は10日、新型端末を発表した。同社の国内シェアは約10%。: background on the company, the
    // outlet's own — not the announcement.
    const background = !!announcer && describesParty(v.sentence.text, announcer.name);
    announced.push(own || background ? null : announcer);
    aboutAnnouncer.push(background);
    scoped.push(own ? null : scope);
    framed.push(scopeFramed);
    labelled.push(label);
    // 山田社長は次のように述べた。「…」「…」: the quotes that follow are what was said.
    if (!v.sentence.text.startsWith('「')) intro = null;
    introduced.push(intro);
    after.push(null);
    const line = speakerLabel(tokens, v);
    if (line) label = { name: line.phrase.text, type: line.type, phrase: line.phrase, cue: v.sentence.text, via: null };
    for (const m of namedParties(tokens, v))
      mentions.add({ name: m.phrase.text, type: m.type, start: m.phrase.start, end: m.phrase.end });
    // A press-release lede (米子会社は12日、…を公開した) keeps its party in force; a later 公表 does not.
    // …or the article's first sentence, dated or not (東和製薬は、…効果が確認されたと発表した。).
    const lede = DAY_DATE.test(v.sentence.text) || (!own && !bodyBegun);
    if (!own) bodyBegun = true;
    const who = surveyorIn(tokens, v);
    const conducted: Party | null = who
      ? { name: who.phrase.text, type: who.type, phrase: who.phrase, cue: '', via: null }
      : null;
    for (const cue of [...si.cues, ...(si.back ? [si.back] : [])]) {
      let party = cue.speaker ? toParty(cue, mentions) : null;
      // 調べによりますと: the investigators named so far.
      if (cue.investigation && investigator) party = { ...investigator, cue: cue.cue };
      // A subjectless 「…」と述べた / 発表しました: the speaker is the paragraph's last topic.
      // …or, at the start of a paragraph, the previous paragraph's last speaker (「…」と述べた。).
      // In a paragraph an according-to opened, its source is who is meant (…調査では、…。さらに、
      // 約65%が…と回答している: the survey's respondents, not the last topic).
      if (!party && cue.implicit) {
        party = topicParty(scope ?? lastTopic ?? prevSpeaker, cue.cue);
      }
      // 純利益は570億円を見込む: the body the article is about plans it (a person quoted last does not).
      // 純利益は570億円を見込む: the body the paragraph is about, else the one whose announcement the
      // article opened with — not whoever was cited last (気象庁によると… then …する計画だ).
      if (!party && cue.plan) party = topicParty(isBody(lastTopic) ? lastTopic : story, cue.cue);
      // 回答者の3割が…と答えた / 調査は東和損保が実施し、1000人が回答した: the respondents answer the
      // survey of whoever conducted it, not a document or the outlet.
      if (isAnswer(cue) && (!party || party.type === 'document') && (surveyor || conducted)) {
        party = topicParty(conducted ?? surveyor, cue.cue);
      }
      // …調査の結果を発表した。調査によると、…: the report of the party in force.
      if (!party && cue.unowned)
        party = topicParty(paraSource ?? lastTopic ?? prevParaAnnounce ?? prevSpeaker, cue.cue);
      parties.set(cue, party);
      if (!party) continue;
      if (party.type !== 'document' && isSurveyCue(cue, v.sentence.text, v.sentence.start)) surveyor = party;
      mentions.add({ name: party.name, type: party.type, start: party.phrase.start, end: party.phrase.end });
      paraSource = party;
      if (!cue.frame) paraSpeaker = party;
      if (cue.kind === 'quote' || cue.kind === 'announce') speaker = party;
      named = party;
      // …が発表した7～9月期のGDPは2.8%増えた。個人消費が3.7%増と堅調だった。: the report goes on.
      // It holds for its paragraph when its own sentence gave figures (研究所が発表した推計は誤りだった
      // reports none), and not into the next one, which may cite other reports.
      if (cue.announce && lede) {
        paraAnnounce = party;
        announceLocal = false;
      } else if (cue.published && figureSentences.has(v.index)) {
        paraAnnounce = party;
        announceLocal = true;
      }
      // The article's first announcement names whom the story is about (キッコーマンが9日発表した決算は…).
      if (!storyTold && (cue.announce || cue.published) && isBody(party)) story = party;
      // 警察によりますと、… at the head of a sentence speaks for the rest of the paragraph.
      if (cue.kind === 'according' && cue.head) {
        scope = party;
        scopeFramed = !!cue.frame;
      }
      // 海外向けが好調だったと、同社の広報担当者は説明した: with no figure of its own, the speaker is
      // explaining the sentences before it too (…約4千人が死亡したと、当局者は推定している is its own claim).
      if (cue.postposed && !figureSentences.has(v.index)) after[v.index] = party;
      lastTopic = party;
    }
    if (conducted) surveyor = conducted;
    const respondents = countsRespondents(v.sentence.text);
    polled.push(respondents && surveyor ? { ...surveyor, cue: respondents } : null);
    const lead = speechLeadIn(si.cues, v.sentence.text);
    if (lead) intro = parties.get(lead) ?? null;
    const police = investigatorIn(tokens, v);
    if (police && investigatorRank(police.text) >= investigatorRank(investigator?.name ?? '')) {
      investigator = { name: police.text, type: 'government', phrase: police, cue: '', via: null };
    }
    if (si.topic && !si.cues.some((c) => c.speaker)) {
      lastTopic = { name: si.topic.phrase.text, type: si.topic.type, phrase: si.topic.phrase, cue: '', via: null };
      // 気象庁は会見を開いた。それによりますと…: a source-like topic is what それ can point back to.
      named = lastTopic;
    }
  }
  if (ctx.stats) ctx.stats.anaphoraSteps = mentions.steps;
  const own = ownAuthority(ctx);
  const converted = bracketedConversions(text, figures);
  const sources = figures.map((f) => {
    const i = sentenceIndexAt(ctx.sentences, f.start);
    // 100億ドル（約1兆3900億円）: the conversion is the outlet's, whoever gave the dollars.
    const party = i < 0 || converted.has(f) ? null : resolve(f, i);
    return party === UNNAMED ? null : party ? toSource(party) : own ? { ...own } : null;
  });
  return echoHeadline(ctx.sentences, figures, sources);

  function resolve(f: AttributedFigure, i: number): Party | typeof UNNAMED | null {
    const si = info[i] as SentenceCues;
    const covering = si.cues.filter(
      (c) => c.contentStart <= f.start && f.start < c.contentEnd && !(c.speaker && inside(f, c.speaker)),
    );
    // A plan whose planner is unknown (来年度は工場を増やす計画だ after a quoted person) says nothing.
    const said = covering.filter((c) => c.kind === 'quote' || c.kind === 'announce');
    const quote = narrowest(said.filter((c) => !c.plan || parties.get(c)));
    const according = covering.find((c) => c.kind === 'according');
    const q = quote && parties.get(quote);
    const a = according && parties.get(according);
    // 男性（78）: an age identifies a person; the police's identification when they are the source
    // (警察によりますと、…男性（78）が…), else the outlet's own (関係者によると、田中さん（45）は…).
    if (isParentheticalAge(text, f.start, f.end)) {
      const police = a ?? scoped[i];
      return police && isInvestigator(police.name) ? police : null;
    }
    if (a) return q && q.name !== a.name ? { ...a, via: a.via ?? q.name } : a;
    if (q) return q;
    // …の3分の1にとどまるとの分析もある: someone's view, no one's the article names.
    if (covering.some((c) => c.opinion)) return UNNAMED;
    // 坪単価に換算すると約387万円: the writer's arithmetic, not what a source in force said.
    const s = ctx.sentences[i];
    if (s && isWritersConversion(s.text, s.start, f.start)) return null;
    if (labelled[i]) return labelled[i] as Party;
    if (introduced[i] && !si.cues.length) return introduced[i] as Party;
    const next = info[i + 1];
    if (next?.back && views[i + 1]?.sentence.paragraph === views[i]?.sentence.paragraph) {
      const b = parties.get(next.back);
      if (b) return b;
    }
    // 同庁によると with no 庁 named before, 調べによりますと with no police named: someone the article
    // names and we cannot, not the party in force.
    if (according?.speaker || according?.investigation) return UNNAMED;
    // それによりますと: the party named last, even in an earlier paragraph.
    if (according && !according.unowned) {
      const earlier = inForce[i] ?? lastNamed[i] ?? null;
      return earlier ? { ...earlier, cue: according.cue } : null;
    }
    const hearsay = covering.find((c) => c.kind === 'hearsay');
    // また、同社の工場は…: a connective does not make background on the company part of its report.
    if (quote || hearsay || (si.continues && !aboutAnnouncer[i])) {
      // 県警によると、…。男は「…」と供述している。…とみられる: the paragraph's frame, not the suspect;
      // …のランキングでは1位となった。…とみられる: no one's hearsay — a ranking only ranks.
      const carried = hearsay
        ? ((framed[i] ? null : scoped[i]) ?? spoken[i] ?? announced[i] ?? spokenAfter(i))
        : (inForce[i] ?? announced[i] ?? null);
      // …ということです: the card shows this sentence's own cue, the party comes from the paragraph.
      return carried && hearsay ? { ...carried, cue: hearsay.cue } : carried;
    }
    // 支持しないと答えた人は45％でした: the respondents of the survey last cited.
    return scoped[i] ?? polled[i] ?? spokenAfter(i) ?? announced[i] ?? null;
  }

  /**
   * 売上高は850億円だった。海外向けが好調だったと、同社の広報担当者は説明した。: a speaker written after
   * words that start their sentence speaks for the sentences of the paragraph before it, up to a cue.
   */
  function spokenAfter(i: number): Party | null {
    const paragraph = views[i]?.sentence.paragraph;
    if (scoped[i] === undefined || isOwnLine(i)) return null;
    for (let j = i + 1; j < views.length && views[j]?.sentence.paragraph === paragraph; j++) {
      if (after[j]) return after[j] as Party;
      if ((info[j] as SentenceCues).cues.length) return null;
    }
    return null;
  }

  function isOwnLine(i: number): boolean {
    const s = views[i]?.sentence.text ?? '';
    return EDITORIAL.test(s) || !FULL_STOP.test(s);
  }
}

/** A figure the article credits to someone it names in a way we cannot resolve (同庁によると): no source. */
const UNNAMED = Symbol('unnamed');
