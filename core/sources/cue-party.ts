import type { Antecedents } from './anaphora';
import type { Cue } from './cue';
import type { Paragraph } from './paragraph';
import { isBody, type Party, toParty, topicParty } from './parties';
import { speaksFor } from './spokesperson';
import { isAnswer } from './surveys';

/** What the reading of an article holds when it names a cue's party (core/sources/in-force.ts). */
export interface ReadSoFar {
  readonly paragraph: Paragraph;
  readonly mentions: Antecedents;
  /** The investigators named so far (警察, 県警): whom 調べによりますと means. */
  readonly investigator: Party | null;
  /** The body that conducted the survey named last (市は住民に調査した). */
  readonly surveyor: Party | null;
  /** The same, when named in this paragraph or the one before. */
  readonly recentSurveyor: Party | null;
  /** The body whose announcement opens the article (キッコーマンが9日発表した決算は…). */
  readonly story: Party | null;
  /** The person whose words the article quoted last, or who was interviewed. */
  readonly quoted: Party | null;
  /** The sentence in which a person was last quoted. */
  readonly quotedAt: number;
  /** The person the lede is about. */
  readonly protagonist: Party | null;
  /** The last named source anywhere (気象庁は会見を開いた。それによりますと…). */
  readonly lastNamed: Party | null;
  /** The article's text. */
  readonly text: string;
}

/** The party a cue of sentence `at` names, or the one the paragraph or the article has in force for it. */
export function cueParty(read: ReadSoFar, cue: Cue, conducted: Party | null, at: number): Party | null {
  const para = read.paragraph;
  // それによりますと: the party that made known what それ points back at, named last (…県教委が31日、結果を
  // 公表しました。⏎それによりますと), cited as by its name (同委員会によりますと) — so that its paragraph passes
  // that party's announcement on to the next (nextParagraph's citedAnnouncer).
  if (cue.previous) return topicParty(read.lastNamed ?? para.source ?? para.previousAnnouncer, cue.cue);
  const written = cue.speaker ? toParty(cue, read.mentions) : expanded(read, cue);
  // 調べによりますと: the investigators named so far.
  const given = cue.investigation && read.investigator ? { ...read.investigator, cue: cue.cue } : written;
  const borrowed =
    given ??
    // A subjectless 「…」と述べた / 発表しました: the speaker is the paragraph's last topic.
    // …or, at the start of a paragraph, the previous paragraph's last speaker (「…」と述べた。).
    // In a paragraph an according-to opened, its source is who is meant (…調査では、…。さらに、
    // 約65%が…と回答している: the survey's respondents, not the last topic).
    // 訴状によると、…。これに対し同社側は「…」と反論。…にとどまるとして、棄却を求めていた: a claim with no
    // subject right after one made by name goes on with that speaker, not the paragraph's according-to.
    (cue.implicit
      ? topicParty(
          ownHead(read, cue, spokeJustBefore(para, at) ?? para.scope?.party ?? para.topic ?? para.previousSpeaker),
          cue.cue,
        )
      : null) ??
    // 交渉後の会見では「…」と笑顔を見せた, opening a paragraph with no one before: the person the lede
    // is about (東和の山田投手が5日、…サインした).
    (cue.implicit && cue.kind === 'quote' && para.first === at ? topicParty(read.protagonist, cue.cue) : null) ??
    // 純利益は570億円を見込む: the body the paragraph is about, else the one whose announcement the
    // article opened with — not whoever was cited last (気象庁によると… then …する計画だ).
    (cue.plan ? topicParty(planner(read, cue, at), cue.cue) : null);
  // 回答者の3割が…と答えた / 調査は東和損保が実施し、1000人が回答した: the respondents answer the
  // survey of whoever conducted it, not a document or the outlet.
  const surveyor = conducted ?? read.surveyor;
  // 集計には760の労働組合が回答した: answering with nothing said (no …と) is taking part in a tally or a
  // survey; its figures are the body's that made it, named before, not the respondents'.
  if (isAnswer(cue) && tookPart(cue) && written?.type !== 'person') {
    const maker = surveyor ?? para.source ?? para.topic ?? para.previousAnnouncer;
    return maker && maker.name !== written?.name ? topicParty(maker, cue.cue) : null;
  }
  const answered =
    isAnswer(cue) && (!borrowed || borrowed.type === 'document') && surveyor ? topicParty(surveyor, cue.cue) : borrowed;
  // …調査の結果を発表した。調査によると、…: the report of the party in force.
  if (answered || !cue.unowned) return answered;
  // 同時に発表した12月の着工戸数は…: an unwritten publisher is the body whose release the story reports.
  // 県は昨年12月、県民の意識調査を行った。調査は…5000人を対象に実施し: the survey is the one whoever
  // conducted one in this paragraph or the one before made, when no source is in force in the paragraph.
  const survey = SURVEY_TOPIC.test(cue.cue) ? (conducted ?? read.recentSurveyor) : null;
  if (cue.published) return topicParty(para.source ?? survey ?? read.story ?? para.previousAnnouncer, cue.cue);
  return topicParty(para.source ?? para.topic ?? para.previousAnnouncer ?? para.previousSpeaker, cue.cue);
}

/**
 * 北浜市は…予算案をまとめた。⏎大野市長は「…」と語った。⏎市税収入を…310億円と見込んだ。: a plan with no subject
 * after the words of the head of the body whose announcement the story tells is the body's, as its items are.
 */
function ownHead(read: ReadSoFar, cue: Cue, p: Party | null): Party | null {
  const body = read.paragraph.previousAnnouncer ?? read.story;
  if (!body || !speaksFor(p, body)) return p;
  // 市税収入を…310億円と見込んだ: a value set for an object (Xを Yと), not words said.
  const set = cue.kind === 'quote' && OBJECT_COMPLEMENT.test(read.text.slice(cue.contentStart, cue.contentEnd));
  return cue.plan || set ? body : p;
}

// 県税収入を前年度比3.1%増の2,915億円(と見込んだ): the last clause before と sets a value for a を-object.
const OBJECT_COMPLEMENT = /を[^、「」『』]*$/;

/** The party the sentence before `at` quoted by name, when it is in the same paragraph. */
function spokeJustBefore(para: Paragraph, at: number): Party | null {
  return para.voiced && para.voiced.at === at - 1 ? para.voiced.party : null;
}

/**
 * 760の労働組合が回答した: the answerers right before the verb, with no …と and nothing after them (経営側
 * は、1万円の賃上げを回答した gives an answer; 労働組合が回答した only took part).
 */
function tookPart(cue: Cue): boolean {
  return !!cue.speaker && !cue.cue.startsWith('と') && cue.contentEnd <= cue.speaker.end + 2;
}

// 調査は / アンケートは: a survey as the topic of an unowned report cue (report-topic.ts).
const SURVEY_TOPIC = /(?:調査|アンケート)は$/;

/**
 * Whose plan a subjectless plan cue of sentence `at` is: the body the paragraph is about, else the
 * one the article opened with. A forecast (…を見込む) in the sentence right after an economist's
 * words is the economist's view — unless the person speaks for that body (東和電機の田中社長).
 */
function planner(read: ReadSoFar, cue: Cue, at: number): Party | null {
  const topic = read.paragraph.topic;
  const body = isBody(topic) ? topic : null;
  if (body) return body;
  const story = read.story;
  const adjacent = read.quotedAt === at - 1 && topic === read.quoted;
  if (cue.forecast && adjacent && topic?.type === 'person' && !(story && topic.name.includes(story.name))) {
    return topic;
  }
  return story;
}

/** 中銀は、…としている: the body named before that the cue's short topic stands for (ブラジル中央銀行). */
function expanded(read: ReadSoFar, cue: Cue): Party | null {
  const short = cue.shortTopic;
  const m = short ? read.mentions.expand(short.text, short.start) : null;
  return m && short ? { name: m.name, type: m.type, phrase: short, cue: cue.cue, via: null } : null;
}
