import { ANSWERING_SAHEN, OPINION_NOUNS } from '../lexicon/reporting-cues';
import { alternation } from '../lexicon/word-table';
import { DIGIT } from '../text/script';
import { anaphorOf } from './anaphora';
import { inSettingClause } from './background';
import { isBareQuote } from './bare-quotes';
import { opensOnFindings } from './carry-over';
import type { AttributedFigure } from './context';
import { forecastPart, isAgainstOthersReport, isWritersConversion } from './conversions';
import type { Cue } from './cue';
import { isCreditAge, isParentheticalAge } from './false-friends';
import { isRelayed, isTold } from './hearsay';
import { heardFrom } from './impersonal-hearsay';
import { insidersTelling } from './insiders';
import { isInvestigator } from './investigators';
import type { NamePhrase } from './name-phrase';
import { inOwnName } from './own-name';
import { inside, narrowest, type Party } from './parties';
import { quoteAbout } from './quoted-object';
import { sameCountAfter } from './same-count';
import type { InForce, SentenceSources } from './sentence-sources';
import { sourceTypeOf } from './source-type';

/**
 * A speaker inside what an according-to cue reports may have relayed it (CNNによると、国防総省は…と述べた)
 * only when it is a body, a person or a name: 「県の資料によると、…南側の壁は貫通できないと分析している」 — the
 * wall is what the analysis tells of, not one who passed it on.
 */
function relays(p: Party): boolean {
  const phrase = p.phrase;
  return !!sourceTypeOf(phrase) || phrase.hasProper || phrase.hasPerson || phrase.headName;
}

// …という民間の試算もあります, …という報告もある, …という見方も出ている: a view told as one that exists.
const TOLD_VIEW = new RegExp(
  `という(?:[^。、]{0,10}の)?(?:${alternation(OPINION_NOUNS)})(?:も|が)(?:ある|あります|あった|ありました|出ている|出ています)[。．]?$`,
);

// の間では / の間でも / からは: the frame among.ts reads a view's holders from.
const HOLDERS_FRAME = /^(?:の間で|から[はも])/;

/** A figure the article credits to someone it names in a way we cannot resolve (同庁によると): no source. */
export const UNNAMED = Symbol('unnamed');

/**
 * The party a figure of sentence `i` comes from, read against the sources in force. In order: the cue
 * of its own sentence whose content holds it (according-to > quote > announcement; an age only from
 * the police), a speaker line above quoted lines, the next sentence when it attributes back (これは…
 * 報じたものだ), the source in force in the paragraph for hearsay, subjectless cues and
 * さらに-continuations, an according-to that opened the paragraph (警察によりますと、…), a speaker
 * written after the words of a later sentence (…と、同社の担当者は説明した), an announcement in force
 * from this or the previous paragraph. Null when none: the caller falls back on the article's author.
 */
export function resolveFigure(
  text: string,
  f: AttributedFigure,
  i: number,
  inForce: InForce,
): Party | typeof UNNAMED | null {
  const p = resolveInForce(text, f, i, inForce);
  if (!p || p === UNNAMED) return p;
  // 地上波テレビ3社の出口調査は…と予測していた: a count inside the report's own name says who made it, in
  // the outlet's words; the report is not its source.
  if (p.type === 'document' && inOwnName(f, p)) return null;
  const s = (inForce.sentences[i] as SentenceSources).view.sentence;
  // …4割程度引き上げる必要があるという民間の試算もあります: a view or study the article does not name, not
  // the source in force — as との分析もある (the clause after the last comma before という only).
  const told = TOLD_VIEW.exec(s.text);
  // 米国の専門家の間では、…という見方も出ている: a view whose holders the sentence names first (among.ts) is
  // theirs — not one an according-to relays (北山市によると、…という報告もあった).
  const holders = p.phrase.start >= s.start && HOLDERS_FRAME.test(text.slice(p.phrase.end, p.phrase.end + 3));
  if (told && !holders && f.start - s.start > s.text.lastIndexOf('、', told.index) && f.start - s.start < told.index) {
    return UNNAMED;
  }
  // 内閣府は…と発表した。民間シンクタンク12社の予測平均（年率0.6%増）を上回った: the forecast set against
  // the result is its makers', the gap to it (…はこれを約8億円上回る) the writer's — unless the sentence
  // names the party before the forecast (アオバ証券がまとめた市場予想の平均（90億円）).
  const part = forecastPart(s.text, s.start, f);
  if (part === 'gap' || (part === 'forecast' && !s.text.slice(0, f.start - s.start).includes(p.name))) return null;
  return p;
}

function resolveInForce(
  text: string,
  f: AttributedFigure,
  i: number,
  { sentences, parties }: InForce,
): Party | typeof UNNAMED | null {
  const sentence = sentences[i] as SentenceSources;
  // GDPの5割超を占める個人消費は…: the outlet's description of a noun, not the report in force.
  const here = sentence.standing.has(f.start) ? { ...sentence, announced: null } : sentence;
  const { info } = here;
  const covering = info.cues.filter(
    (c) => c.contentStart <= f.start && f.start < c.contentEnd && !(c.speaker && inside(f, c.speaker)),
  );
  // 同社は、営業利益（従来予想は210億円）への影響を「精査中」としている: the object the quote is about.
  const about = covering.length ? null : quoteAbout(text, info.cues, f.start, f.end);
  if (about) covering.push(about);
  // A plan whose planner is unknown (来年度は工場を増やす計画だ after a quoted person) says nothing.
  const said = covering.filter((c) => c.kind === 'quote' || c.kind === 'announce');
  const quote = narrowest(said.filter((c) => !c.plan || parties.get(c)));
  const accordings = covering.filter((c) => c.kind === 'according');
  const latest = latestBefore(accordings, f.start);
  // 党関係者によると、党が実施した調査でも…: the insiders who name the body written bare tell it.
  const according = (latest && insidersTelling(accordings, latest, parties)) ?? latest;
  const q = quote && parties.get(quote);
  const a = according && parties.get(according);
  // 男性（78）: an age identifies a person; the police's identification when they are the source
  // (警察によりますと、…男性（78）が…), else the outlet's own (関係者によると、田中さん（45）は…).
  // 「…」（市内の会社員の男性、45）: the speaker's age in the credit is the outlet's identification.
  if (isCreditAge(text, f.start, f.end)) return null;
  if (isParentheticalAge(text, f.start, f.end)) {
    // 警察によると、…。近所の女性（65）は「…」と話した: the age of someone the outlet quotes at first hand
    // (no hearsay) is its own identification of whom it spoke to, not the police's.
    const quoted = info.cues.some(
      (c) => c.kind === 'quote' && c.speaker && AGE_NOTE.test(text.slice(c.speaker.end, f.start)),
    );
    const firstHand = quoted && !info.cues.some((c) => c.kind === 'hearsay' || c.kind === 'according');
    const police = a ?? (firstHand ? null : here.scoped);
    if (police && isInvestigator(police.name)) return police;
    // 警視庁は5日、…容疑者（20）を逮捕したと発表した / 地検特捜部は…容疑者（52）を逮捕した: the
    // investigators announcing, or doing, what the sentence tells identified whom they arrested.
    // A suspect's age is theirs too when they are the topic, whatever else the sentence cites (…として).
    const suspect = SUSPECT.test(text.slice(Math.max(0, f.start - 8), f.start));
    const arresting = (q && isInvestigator(q.name) ? q : null) ?? (suspect ? investigatorTopic(here) : null);
    if (arresting) return arresting;
    // 逮捕されたのは、…山内容疑者（82）です。岡崎署によりますと、…: a suspect is named by the police,
    // though they are cited only in the next sentence of the paragraph.
    return suspect ? policeAfter(sentences, parties, i) : null;
  }
  // 署の推計は約38万人で、主催者発表の5割ほどにとどまった: set against another party's figure, the writer's.
  const p = a || q;
  if (p && isAgainstOthersReport(text, f, p.name)) return null;
  if (a) return q && q.name !== a.name && relays(q) ? { ...a, via: a.via ?? q.name } : a;
  // 提言では…。また、…も盛り込んだ。: a subjectless plan under a document in force is the document's.
  if (q && quote?.plan && !quote.speaker && here.document) return here.document;
  // 政府は…3カ月間、再開する方針だ。これは高森経済産業相が…明らかにしたものだ: a plan or an act read
  // from its doer names no one who said it; the next sentence naming who made it known does.
  const madeKnown = q && (quote?.plan || quote?.deed) ? madeKnownBy(sentences, parties, i) : null;
  if (madeKnown) return madeKnown;
  if (q) return q;
  // 中銀は、…としている with no 中央銀行 named before: a body the article names by a short form we
  // cannot expand, not the party cited last.
  if (quote && !q && SHORT_BODY.test(quote.shortTopic?.text ?? '')) return UNNAMED;
  // …の3分の1にとどまるとの分析もある: someone's view, no one's the article names.
  if (covering.some((c) => c.opinion)) return UNNAMED;
  // 坪単価に換算すると約387万円: the writer's arithmetic, not what a source in force said.
  const s = here.view.sentence;
  if (isWritersConversion(s.text, s.start, f.start)) return null;
  // 春闘で賃上げ率が5%台に乗る中でも、…約4割に上ったという: the clause of circumstance is the writer's
  // setting; only the sentence's own speaker (above) would vouch for it.
  if (inSettingClause(s.text, f.start - s.start)) return null;
  // 東和鉄道によると、…運休した。北山鉄道も運休し、伊丹空港では12便が欠航した: the later scene is not the
  // according-to's account.
  const newScene = info.scene !== null && f.start >= info.scene;
  const scoped = newScene ? null : here.scoped;
  if (here.labelled) return here.labelled;
  if (here.posted) return here.posted;
  if (here.introduced && !info.cues.length) return here.introduced;
  const next = sentences[i + 1];
  // 「…10円近く上がった」⏎こう話すのは、燃料店を営む山本さんです。: a quote standing as a paragraph of its
  // own is named by the words pointing back at it at the head of the next.
  const bare = isBareQuote(s.text);
  const nextParagraph = next?.view.sentence.paragraph === s.paragraph + 1;
  const pointedAt = next?.info.back?.pointing === true && nextParagraph && bare;
  // 「…」。女将の佐藤さんはうれしそうに話す: a plain verb of speaking names only a bare quote's speaker.
  const spoken = next?.info.back?.speech === true;
  const sameParagraph = next?.view.sentence.paragraph === s.paragraph;
  // …六日間、延べ二百六十五万人の人出でにぎわった。主催する…が発表した数字で、: the figure written last.
  const nearest = !next?.info.back?.nearest || !NUMERAL.test(text.slice(f.end, s.end));
  const backs = spoken ? bare && (sameParagraph || nextParagraph) : sameParagraph || pointedAt;
  if (next?.info.back && nearest && backs) {
    const b = parties.get(next.info.back);
    if (b) return b;
  }
  const summed = summedUpLater(sentences, parties, i, f.start);
  if (summed) return summed;
  // 同庁によると with no 庁 named before, 調べによりますと with no police named: someone the article
  // names and we cannot, not the party in force.
  if (according?.speaker || according?.investigation) return UNNAMED;
  // それによりますと: the party named last, even in an earlier paragraph.
  if (according && !according.unowned) {
    const earlier = here.inForce ?? here.lastNamed;
    return earlier ? { ...earlier, cue: according.cue } : null;
  }
  const hearsay = covering.find((c) => c.kind === 'hearsay');
  // また、同社の工場は…: a connective does not make background on the company part of its report.
  if (quote || hearsay || (info.continues && !here.aboutAnnouncer)) {
    // 県警によると、…。男は「…」と供述している。…とみられる: the paragraph's frame, not the suspect;
    // …のランキングでは1位となった。…とみられる: no one's hearsay — a ranking only ranks.
    const carried = hearsay
      ? ((here.framed ? null : here.scoped) ??
        namedTeller(here) ??
        heardFrom(hearsay, here.spoken) ??
        here.announced ??
        spokenAfter(sentences, i) ??
        here.teller ??
        (isTold(hearsay) ? (here.relayed ?? here.interviewee ?? (isRelayed(hearsay) ? here.voice : null)) : null))
      : (here.document ?? here.inForce ?? here.announced);
    // …ということです: the card shows this sentence's own cue, the party comes from the paragraph.
    return carried && hearsay ? { ...carried, cue: hearsay.cue } : carried;
  }
  // 支持しないと答えた人は45％でした: the respondents of the survey last cited.
  // 提言では、…。そのうえで、…8%引き上げるよう求めています。: the document in force, its author's.
  return (
    here.document ??
    scoped ??
    here.polled ??
    here.examined ??
    spokenAfter(sentences, i) ??
    here.announced ??
    investigating(here) ??
    // 約12万人が訪れた。実行委によると、来場者は…: the next sentence's according-to, about the same count.
    sameCountAfter(text, f, i, { sentences, parties }) ??
    // …し、伊丹空港では12便が欠航した: a new scene is not the body's account.
    (newScene ? null : here.doer) ??
    // 「3年契約をしたが、…」 as a paragraph of its own: the person quoted last.
    here.featured
  );
}

/**
 * The party the next sentence of the paragraph names as having made this one known, with nothing of
 * its own (これは…が明らかにしたものだ, …が20日の会見で明らかにした), or null.
 */
function madeKnownBy(sentences: InForce['sentences'], parties: InForce['parties'], i: number): Party | null {
  const here = sentences[i] as SentenceSources;
  const next = sentences[i + 1];
  const back = next?.info.back;
  if (!back || back.speech || back.nearest || next.view.sentence.paragraph !== here.view.sentence.paragraph)
    return null;
  // これは市民団体が批判したものだ: who answered the plan did not make it known.
  if (ANSWERING_SAHEN.some((w) => back.cue.startsWith(w))) return null;
  return parties.get(back) ?? null;
}

/**
 * Of several according-tos over a figure, the last written before it: 総務省によりますと、…2.0%上昇し、
 * 実質賃金は厚生労働省の統計で22か月連続でマイナス → the ministry of the statistics for the streak.
 */
function latestBefore(cues: readonly Cue[], at: number): Cue | undefined {
  // これまでの調べで、…ことが捜査関係者への取材で分かった: a party the closing verb of finding out names
  // outranks an ownerless 調べで / 調査では, whose owner is only inferred.
  const named = cues.filter((c) => c.speaker);
  const told = named.filter((c) => c.found);
  if (told.length && named.length < cues.length) return latestBefore(told, at);
  // An unowned report (アンケートでは) has no place of its own to compare: the first cue, as before.
  if (named.length < cues.length) return cues[0];
  let best: Cue | undefined;
  for (const c of cues) {
    const where = (c.speaker as NamePhrase).start;
    if (where <= at && (!best || where > (best.speaker as NamePhrase).start)) best = c;
  }
  return best ?? cues[0];
}

/**
 * 日本製鉄は、…3万円の賃上げで応じ、…になるということです: a body named by its own name as the topic
 * of hearsay tells its own deeds, even after someone else spoke in the paragraph (東和電機が…回答した).
 */
function namedTeller(here: SentenceSources): Party | null {
  const t = here.teller;
  return t?.phrase.hasProper && !anaphorOf(t.phrase.text) ? t : null;
}

/**
 * 県警は、防犯カメラ約200台の映像を解析し、男を特定した: what the investigators did, told with them as
 * the topic and no other cue, is known from them (an investigation is not watched by the outlet).
 */
function investigating(here: SentenceSources): Party | null {
  return here.info.cues.length ? null : investigatorTopic(here);
}

/** The investigating authority the sentence has as its topic (県警は…, 地検特捜部は…), or null. */
function investigatorTopic(here: SentenceSources): Party | null {
  const topic = here.info.topic;
  if (here.own || !topic || topic.type !== 'government') return null;
  if (!isInvestigator(topic.phrase.text)) return null;
  return { name: topic.phrase.text, type: topic.type, phrase: topic.phrase, cue: '', via: null };
}

/**
 * 売上高は850億円だった。海外向けが好調だったと、同社の広報担当者は説明した。: a speaker written after
 * words that start their sentence speaks for the sentences of the paragraph before it, up to a cue.
 */
function spokenAfter(sentences: readonly SentenceSources[], i: number): Party | null {
  const here = sentences[i];
  if (!here || here.own) return null;
  for (let j = i + 1; j < sentences.length; j++) {
    const later = sentences[j] as SentenceSources;
    if (later.view.sentence.paragraph !== here.view.sentence.paragraph) return null;
    if (later.after) return later.after;
    if (later.info.cues.length) return null;
  }
  return null;
}

// 中銀, 労組, 地銀: a short form that ends as a body's name does.
const SHORT_BODY = /[銀行委省庁局会党軍協連組団]$/;

// A numeral in digits or kanji: a figure written further on.
const NUMERAL = new RegExp(`[${DIGIT}〇一二三四五六七八九十百千万億]`);

// 近所の女性（65）: the bracket that opens an age note right after a name.
const AGE_NOTE = /^[（(]$/;

// 山内繁夫容疑者（82）: a suspect, whom only the police identify.
const SUSPECT = /容疑者[（(]$/;

/** The police an according-to at the head of the next sentence of the same paragraph names, or null. */
function policeAfter(sentences: InForce['sentences'], parties: InForce['parties'], i: number): Party | null {
  const here = sentences[i];
  const next = sentences[i + 1];
  if (!here || !next || next.view.sentence.paragraph !== here.view.sentence.paragraph) return null;
  for (const c of next.info.cues) {
    const p = c.kind === 'according' ? parties.get(c) : null;
    if (p && isInvestigator(p.name)) return p;
  }
  return null;
}

// How many sentences after a figure's a summing-up (…こうした状況を明らかにした) may stand.
const SUMMING_REACH = 3;

// これは / それは: a carry-back naming what the one sentence before it is.
const POINTING_OPENER = /^(?:これ|それ|この|その)/;

/**
 * …25兆円程度とする方向で調整していることが分かった。…13兆円規模となる見通しだ。複数の政府関係者が
 * 明らかにした。: a bare report closing the paragraph (its subject and a verb of making known, nothing
 * of its own) names the party of every sentence before it that cites no one, as a summing-up does.
 */
function madeKnownBare(later: SentenceSources): boolean {
  const back = later.info.back;
  if (back?.kind !== 'carry' || back.summing || back.pointing || back.speech || back.nearest) return false;
  return (
    !POINTING_OPENER.test(later.view.sentence.text) &&
    later.info.cues.every((c) => c.speaker?.start === back.speaker?.start)
  );
}

/**
 * 治療センターでは約900人が手当てを受けた。搬送に1日以上かかる村もある。医療団体の責任者がこうした
 * 状況を明らかにした: a later sentence of the paragraph that sums up the ones before names their
 * party, past sentences that cite no one.
 */
function summedUpLater(
  sentences: InForce['sentences'],
  parties: InForce['parties'],
  i: number,
  at: number,
): Party | null {
  const paragraph = (sentences[i] as SentenceSources).view.sentence.paragraph;
  for (let k = i + 1; k <= i + SUMMING_REACH; k++) {
    const later = sentences[k];
    if (!later || later.view.sentence.paragraph !== paragraph) return null;
    if (later.info.back?.summing || madeKnownBare(later)) {
      // これは地元紙が報じたものだ reaches past the sentence right before it only through hearsay (…という):
      // 北浜市の人口は約12万人。市の財政は…。これは… leaves the town's background the outlet's.
      // これらの数字は、県がまとめた / 以上は、協会がまとめた name the findings, all of them the paragraph told.
      const text = later.view.sentence.text;
      // 苦情は1021件に上った。前年度の約1.6倍に増えた。これは県がまとめたもので: so does one whose sentences
      // after it name no topic or subject of their own, going on with its account — its claim, not the
      // topic that says what is counted (県と周辺3市町に寄せられた苦情は: the outlet's description).
      const account = toldUpTo(sentences, i, k) || (continuedUpTo(sentences, i, k) && !inSubject(sentences, i, at));
      if (POINTING_OPENER.test(text) && !opensOnFindings(text) && !account) return null;
      const p = parties.get(later.info.back as Cue) ?? null;
      return p && !continuesOther(sentences, parties, i, p) ? p : null;
    }
    // …倒壊した家屋は1,500棟を超えるという。これは地元紙が報じたものだ: hearsay naming no one is part
    // of the account summed up.
    if (later.info.cues.some((c) => c.kind !== 'hearsay' || c.speaker) || later.info.back) return null;
  }
  return null;
}

/** Every sentence after `i` and before `k` names no topic or subject and no source (前年度の約1.6倍に増えた). */
function continuedUpTo(sentences: InForce['sentences'], i: number, k: number): boolean {
  for (let j = i + 1; j < k; j++) {
    const info = (sentences[j] as SentenceSources).info;
    if (info.subject !== null || info.cues.length) return false;
  }
  return true;
}

/** The offset `at` lies in the topic or subject of sentence `i` (県と周辺|3市町|に寄せられた苦情は). */
function inSubject(sentences: InForce['sentences'], i: number, at: number): boolean {
  const subject = (sentences[i] as SentenceSources).info.subject;
  return subject !== null && at < subject;
}

/** Every sentence after `i` and before `k` tells by hearsay naming no one (…1,500棟を超えるという). */
function toldUpTo(sentences: InForce['sentences'], i: number, k: number): boolean {
  for (let j = i + 1; j < k; j++) {
    const cues = (sentences[j] as SentenceSources).info.cues;
    if (!cues.some((c) => c.kind === 'hearsay' && !c.speaker)) return false;
  }
  return true;
}

/**
 * 東和電機によると、受注は約300件だった。前年より約20件多い。…。北山協会が19日、発表した。: a sentence
 * that goes on from one of its paragraph citing another party (its comparison is of 東和電機's figure)
 * is not summed up by a later announcement of someone else.
 */
function continuesOther(sentences: InForce['sentences'], parties: InForce['parties'], i: number, p: Party): boolean {
  const paragraph = (sentences[i] as SentenceSources).view.sentence.paragraph;
  for (let k = i - 1; k >= 0; k--) {
    const before = sentences[k];
    if (!before || before.view.sentence.paragraph !== paragraph) return false;
    const cues = before.info.back ? [...before.info.cues, before.info.back] : before.info.cues;
    if (cues.length) return cues.some((c) => (parties.get(c)?.name ?? p.name) !== p.name);
  }
  return false;
}
