import { ACCORDING_TO, RELAYED_STATEMENTS } from '../lexicon/reporting-cues';
import { alternation } from '../lexicon/word-table';
import { DIGIT } from '../text/script';
import { sentenceIndexAt } from '../text/sentences';
import { Antecedents, anaphorOf } from './anaphora';
import {
  announcementReach,
  closesOnPast,
  nextParagraph,
  sameParty,
  standingFigures,
  takeAnnouncement,
} from './announcement-reach';
import { isResearchTeam } from './background';
import { intervieweeIn, isBareQuote, isQuestion } from './bare-quotes';
import { speaksForBody } from './body-officials';
import { speakerLabel } from './bracketed-speaker';
import type { AttributionContext } from './context';
import { isWritersReckoning } from './conversions';
import { bodiesOf, buildViews, type Cue, type SentenceView } from './cue';
import { cueParty, type ReadSoFar } from './cue-party';
import { Documents } from './documents';
import { commentsFromOutside, entityMentions, siteMentions, withAffiliation } from './entity-mentions';
import { isTold } from './hearsay';
import { investigatorIn, investigatorRank } from './investigators';
import { isKindOfCompany } from './kind-of-company';
import { isMarketReport } from './market-reports';
import { cutFromWord } from './name-phrase';
import { narrates } from './narration';
import { doerOf, tellerOf } from './own-deeds';
import { Paragraph } from './paragraph';
import { isBody, type Party, speakerParty, speechLeadIn } from './parties';
import { isPostLine, posterOf } from './posts';
import { type SentenceCues, sentenceCues } from './sentence-cues';
import type { InForce, SentenceSources } from './sentence-sources';
import { findsStudyInLede } from './study-lede';
import { countsRespondents, isSurveyCue, subjectlessFinding, surveyorIn } from './surveys';
import { leadSubject, namedParties, type Speaker } from './topic';

// Editor's notes (（追記…）, ※…) speak for the outlet: no source is carried into them.
const EDITORIAL = /^[（(※＊*]/;
// A sentence ends with a full stop; a line without one is a headline or a caption.
const FULL_STOP = /[。．！？!?」』）)]$/;
// によると / によりますと: the sentence cites someone.
const CITING = new RegExp(alternation(ACCORDING_TO));
// A full stop anywhere in a line: a sentence of the body, not a headline.
const INNER_STOP = /[。．！？!?]/;
// 12日 / 3月1日: the dated lede of a press release.
const DAY_DATE = new RegExp(`[${DIGIT}一二三四五六七八九十]日`);

// No figure stands apart (standingFigures) in most sentences: one empty set shared by them.
const NONE: ReadonlySet<number> = new Set();

// と明らかにした / と明らかにしました / (…ことを、Xが)明らかにした: a party making something known.
const REVEALED = /^と?明らかにし/;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads the article sentence by sentence and records, for each, the sources in force: a paragraph's
 * according-to (警察によると), announcements (…を発表した) reaching into the next paragraph, speakers
 * written after their words, speaker lines, the investigators and surveyors named so far.
 */
export function sourcesInForce(ctx: AttributionContext): InForce {
  const views = buildViews(ctx.sentences, ctx.tokens, bodiesOf(ctx.entities));
  const mentions = new Antecedents(entityMentions(ctx.entities), siteMentions(ctx.entities));
  const reader = new Reader(ctx, mentions);
  const sentences = views.map((v) => reader.read(v));
  if (ctx.stats) ctx.stats.anaphoraSteps = mentions.steps;
  return { sentences, parties: reader.parties };
}

/** Reads the sentences in order, carrying what the article has said about sources so far. */
class Reader implements ReadSoFar {
  readonly parties = new Map<Cue, Party | null>();
  paragraph = new Paragraph(-1, null, null);
  /** The last named source anywhere, or a source-like topic (気象庁は会見を開いた。それによりますと…). */
  private named: Party | null = null;
  /** A speaker line （近所の住民） in force for the quoted lines under it. */
  private label: Party | null = null;
  /** The speaker a sentence announced (次のように述べた), for the quotes right after it. */
  private intro: Party | null = null;
  /** A sentence of the body (not the headline) has been read. */
  private bodyBegun = false;
  /** The article's first paragraph has been read: no later announcement opens the story. */
  private storyTold = false;
  /** The body whose announcement opens the article (キッコーマンが9日発表した決算は…). */
  story: Party | null = null;
  /** The paragraph the story's announcement was made in. */
  private storyParagraph = -2;
  /** The story opened on a published report (…が12日発表した決算は、), not on …と発表した. */
  private reportStory = false;
  /** The person the lede is about (東和の山田投手が5日、…サインした): a paragraph's opening quote with no speaker is theirs. */
  protagonist: Party | null = null;
  /** The first party the story's first paragraph made its topic, person or body: whom the story is about. */
  private lead: Party | null = null;
  /** The investigators named so far (警察, 県警): whom 調べによりますと means. */
  investigator: Party | null = null;
  /** The body that conducted the survey named last (市は住民に調査した). */
  surveyor: Party | null = null;
  /** The paragraph the surveyor was named in. */
  private surveyorParagraph = -2;
  private readonly figureSentences: ReadonlySet<number>;
  /** The article's documents, their authors and the one in force. */
  private readonly documents = new Documents();
  /** The person whose words the article quoted last, or who was interviewed: a bare quote's speaker. */
  quoted: Party | null = null;
  /** The sentence in which a person was last quoted: a forecast right after it may be theirs. */
  quotedAt = -2;
  /** The last paragraph that opened with an interviewer's question (――今季の目標は。). */
  private question = -2;
  /** The article has introduced an interview (…に話を聞いた, …のインタビューに応じた). */
  private interviewed = false;
  /** The party an interview's lead-in named (東和缶詰に話を聞いた), until someone else is cited. */
  private interviewee: Party | null = null;
  /** The party last quoted or cited by an according-to (同社の広報担当者は「…」と話す). */
  private voice: Party | null = null;
  /** The poster of a post whose lines follow its posting sentence (…と投稿したところ、⏎うちの自慢の商品なんです…). */
  private post: Party | null = null;
  /** The sentence the post's last line (or its posting sentence) was. */
  private postAt = -2;
  /** The party the article made its topic last, and the paragraph it did so in: an unsaid poster. */
  private topic: Party | null = null;
  private topicParagraph = -2;

  constructor(
    private readonly ctx: AttributionContext,
    readonly mentions: Antecedents,
  ) {
    this.figureSentences = new Set(ctx.figures.map((f) => sentenceIndexAt(ctx.sentences, f.start)));
  }

  read(v: SentenceView): SentenceSources {
    const { text, tokens } = this.ctx;
    const s = v.sentence.text;
    if (v.sentence.paragraph !== this.paragraph.index) this.startParagraph(v);
    const para = this.paragraph;
    this.mentions.admitBefore(v.sentence.end);
    const hasFigure = this.figureSentences.has(v.index);
    const info = sentenceCues(text, tokens, v, hasFigure);
    if (info.cues.some(isTold)) para.hearsay = true;
    // 同庁によりますと with no 庁 named before, 現地からの報道によりますと with no owner: someone is
    // cited all the same, whether or not a cue could be made of it.
    if (info.cues.some((c) => c.kind !== 'hearsay') || info.back || CITING.test(s)) para.cited = true;
    // JR九州によりますと、…運休しました。福岡空港では、…欠航しました。: a new scene, not JR's account.
    // …27%に上昇した。19万円という価格は…評価が分かれそうだ。: the writer's voice takes over.
    // 気象庁によると…。九州南部では…: an authority's report goes on into a part of an area (its own).
    const within = info.areaPart && para.scope?.party.type === 'government';
    // …住宅全体の13.8%にあたり、7戸に1戸が空き家という計算になる: the report's figure keeps its source in
    // the sentence; only the last clause is the writer's reckoning (conversions.ts), and the source ends after it.
    const reckoned = para.scope && isWritersReckoning(s) ? para.scope : null;
    // 米CNBCテレビによると、…利回りは低下した。ダウ工業株30種平均は450ドル上昇して取引を終えた。: the
    // market's close is the outlet's own report from the market's record, not the channel's account.
    const ownVoice = !info.cues.length && (narrates(tokens, v) || isMarketReport(s));
    if ((info.setting && !within) || ownVoice) para.scope = null;
    // Headlines, captions and editor's notes speak for the outlet: nothing is carried into them.
    // 岡山県の予算案7,982億円　知事「攻めの予算」: a first line closing on a quote, with no full stop in it, is
    // the headline all the same — the lede after it still opens the story.
    const headline = v.index === 0 && !s.startsWith('「') && !INNER_STOP.test(s);
    const own = EDITORIAL.test(s) || !FULL_STOP.test(s) || headline;
    if (!own) para.told = true;
    const { announcer, background, another } = announcementReach(para, s, info, own, hasFigure);
    // 山田社長は次のように述べた。「…」「…」: the quotes that follow are what was said.
    if (!s.startsWith('「')) this.intro = null;
    // 投稿したところ、⏎うちの自慢の商品なんです…⏎でも5年で200個しか売れませんでした…: each line of its own,
    // read as a post's and with no cue of its own, is the poster's; the first that reads as narration ends it.
    const postLine = this.paragraph.first === v.index && v.index === this.postAt + 1 && !info.cues.length;
    // …Xにこう投稿した。⏎「…30本しか売れませんでした」: the post quoted whole in brackets is the poster's too.
    this.post = postLine && (isPostLine(tokens, v) || isBareQuote(s)) ? this.post : null;
    if (this.post) this.postAt = v.index;
    // One object of one shape, its last five fields filled in below: spreading a copy of it per
    // sentence cost a tenth of the stage.
    const out: Mutable<SentenceSources> = {
      view: v,
      info,
      own,
      inForce: para.source ?? para.previousAnnouncer,
      // 米商務省が発表したGDPは…。⏎民間の予測では、…とみられていた: a published report carried on tells no
      // one's views; only its plain sentences go on with it (unreported).
      spoken:
        para.unframed ?? (para.source || this.reportCarried(para.previousAnnouncer, v) ? null : para.previousAnnouncer),
      announced: own || background || another || this.unreported(announcer, v, info) ? null : announcer,
      standing: this.reportCarried(announcer, v) ? standingFigures(tokens, v, this.ctx.figures) : NONE,
      aboutAnnouncer: background,
      lastNamed: this.named,
      scoped: own ? null : (scopeOf(para, info) ?? reckoned?.party ?? null),
      framed: para.scope?.framed ?? false,
      labelled: this.label,
      posted: this.post,
      introduced: this.intro,
      // 県内ではこのほか、…ということです: a new scene is not the earlier source's account.
      relayed: own || para.cited || info.setting ? null : para.previousHeard,
      // 研究チームは、…手法を考案した。…10倍に延びたという。: the body the paragraph is about tells it.
      teller: own ? null : tellerOf(info.topic ?? asSpeaker(para.topic), info.cues, this.mentions),
      // 県は…設定しており、職員約900人を動員した: the body whose deeds the clauses chain.
      doer: own ? null : doerOf(tokens, v, info.topic, info.cues, this.mentions),
      featured: !own && !info.cues.length && (isBareQuote(s) || this.answers(v)) ? this.quoted : null,
      interviewee: null,
      voice: null,
      polled: null,
      examined: null,
      after: null,
      document: null,
    };
    const asked = intervieweeIn(tokens, v);
    if (asked) {
      // 編集部は同社に話を聞いた: 同社 is the company named before.
      const party = speakerParty(asked.phrase, asked.type, '', null, this.mentions);
      this.interviewee = party;
      // Only a person's words stand as bare quotes and answers; a body's come through its people.
      if (party?.type === 'person') this.quoted = party;
      this.interviewed = true;
    }
    const line = speakerLabel(tokens, v);
    if (line) this.label = { name: line.phrase.text, type: line.type, phrase: line.phrase, cue: s, via: null };
    // 9月|末時点の導入企業: a piece cut from a date's words names no one 同社 could mean.
    const mentioned = namedParties(tokens, v)
      .filter((m) => !cutFromWord(tokens, m.phrase))
      .flatMap((m) => withAffiliation({ name: m.phrase.text, type: m.type, start: m.phrase.start, end: m.phrase.end }));
    // さくら野証券の片桐アナリストは…: the firm before の is put forward on its own too, but only in passing.
    const outside = mentioned.filter((a) => a.type !== 'organization' && commentsFromOutside(a.name));
    for (const a of mentioned) {
      const aside = a.type === 'organization' && outside.some((p) => p.name.startsWith(`${a.name}の`));
      // 導入企業は430社超に上る: a kind of company counted, which 同社 looks past.
      const kind = isKindOfCompany(tokens, a.start, a.end, this.ctx.entities);
      this.mentions.add(aside || kind ? { ...a, aside, kind } : a);
    }
    // A press-release lede (米子会社は12日、…を公開した) keeps its party in force; a later 公表 does not.
    // …or the article's first sentence, dated or not (東和製薬は、…効果が確認されたと発表した。).
    const lede = DAY_DATE.test(s) || (!own && !this.bodyBegun);
    if (!own) this.bodyBegun = true;
    const who = surveyorIn(tokens, v);
    const conducted: Party | null = who
      ? { name: who.phrase.text, type: who.type, phrase: who.phrase, cue: '', via: null }
      : null;
    let after: Party | null = null;
    this.documents.author(tokens, v, this.mentions);
    const named: (Party | null)[] = [];
    for (const cue of [...info.cues, ...(info.back ? [info.back] : [])]) {
      // 判決によると → 大阪地裁の判決, when the article said who made it.
      const written = cueParty(this, cue, conducted, v.index);
      // 同調査では with no report cited before: the report the paragraph is about, as 調査では's.
      const party =
        this.documents.authored(written) ??
        (written ? cueParty(this, { ...cue, speaker: null, unowned: true }, conducted, v.index) : null);
      if (cue.kind === 'according') this.documents.cited(party);
      // …も盛り込んだ with no subject: whose plan is borrowed, so it names no one who ends a document.
      named.push(cue.plan && !cue.speaker ? null : party);
      if (cue.kind === 'quote' && party?.type === 'person') {
        this.quoted = party;
        this.quotedAt = v.index;
      }
      this.parties.set(cue, party);
      if (!party) continue;
      // 一方、北山大学の田中教授は…と話す: another voice ends the interview's hold on later hearsay.
      if (this.interviewee && !sameParty(party, this.interviewee)) this.interviewee = null;
      if (cue.kind !== 'hearsay' && party.type !== 'document') this.voice = party;
      // 県警は、…約18億円に上ったと明らかにした: a body making its figures known in the lede announces
      // them, as 発表した does (a person who 明らかにした only speaks: 山本知事は…と明らかにした).
      // …ことを、東山医科大の研究チームがこのほど明らかにした: with its object before it (no と), too; a bare
      // エネルギー当局が12日、明らかにした only names the party of the sentence before.
      const objectFirst = cue.kind === 'announce' && !!cue.speaker && hasObjectBefore(text, v, cue.speaker.start);
      // 北浜港湾庁の山田長官は…と明らかにした: an official named with the body speaks for it.
      const forBody = isBody(party) || speaksForBody(tokens, party);
      const reveals = forBody && (cue.kind === 'quote' || objectFirst) && REVEALED.test(cue.cue);
      // 東海銀行（浜松市）が12日発表した決算は、純利益が…だった: a body's report published in the story's
      // first paragraph opens the story as …と発表した does, and its results go on in the paragraphs after.
      const released = !!cue.published && !cue.aside && isBody(party) && !this.storyTold && !this.story && hasFigure;
      if (lede && released) this.reportStory = true;
      // …ことが、北浜大学の研究チームの分析でわかった: a team's finding in the lede opens the story (study-lede.ts).
      const studied = findsStudyInLede(cue, party, hasFigure);
      this.heard(cue, party, v, lede && (!!cue.announce || reveals || released || studied), hasFigure);
      // 海外向けが好調だったと、同社の広報担当者は説明した: with no figure of its own, the speaker is
      // explaining the sentences before it too (…約4千人が死亡したと、当局者は推定している is its own claim).
      if (cue.postposed && !hasFigure) after = party;
    }
    if (conducted) this.surveyed(conducted, v);
    out.interviewee = own ? null : this.interviewee;
    out.voice = own ? null : this.voice;
    const respondents = countsRespondents(s);
    out.polled = respondents && this.surveyor ? { ...this.surveyor, cue: respondents } : null;
    // 東和大などのチームが…まとめた。…⏎参加者を4つに分けて分析したところ、…19%低かった: a finding with no
    // subject and no one cited is the study's in force — the recent surveyor's, or the research team's
    // whose release opened the story (not a company's: 調べたところ may be the writer's own look).
    const researcher = this.recentSurveyor ?? (this.story && isResearchTeam(this.story.name) ? this.story : null);
    out.examined = !own && !info.cues.length && subjectlessFinding(tokens, v) ? researcher : null;
    out.after = after;
    this.close(v, info);
    out.document = this.documents.read(tokens, v, info, named, own);
    if (!own) this.posting(v);
    return out;
  }

  /** The article's text, for a cue's words. */
  get text(): string {
    return this.ctx.text;
  }

  /**
   * True when a later paragraph's sentence is not what the story's published report told:
   * 東海銀行が12日発表した決算は、…だった。⏎経常収益は12%増の1,086億円だった。 goes on with it (plain, in the
   * past, as the results came out); 航行距離は約6000km延び、日数は10日長くなる (the present) is the outlet's
   * own, and 民間の予測では、…とみられていた cites someone else.
   */
  private unreported(announcer: Party | null, v: SentenceView, info: SentenceCues): boolean {
    return this.reportCarried(announcer, v) && (info.cues.length > 0 || !closesOnPast(this.ctx.tokens, v));
  }

  /** The announcement in force for a later paragraph's sentence is the story's published report. */
  private reportCarried(announcer: Party | null, v: SentenceView): boolean {
    if (!announcer || !this.reportStory || v.sentence.paragraph <= this.storyParagraph) return false;
    return !!this.story && sameParty(announcer, this.story);
  }

  /** The last named source anywhere: whom それによりますと points back to when no report is in force. */
  get lastNamed(): Party | null {
    return this.named;
  }

  /** The surveyor named in this paragraph or the one before (県は…調査を行った。⏎調査は…): an unowned 調査は's. */
  get recentSurveyor(): Party | null {
    return this.surveyorParagraph >= this.paragraph.index - 1 ? this.surveyor : null;
  }

  private surveyed(party: Party, v: SentenceView): void {
    this.surveyor = party;
    this.surveyorParagraph = v.sentence.paragraph;
  }

  /** A posting sentence puts its poster in force for the lines after it (posts.ts). */
  private posting(v: SentenceView): void {
    // Xにこう投稿した with no subject: the topic of this or the previous paragraph; further back, the
    // party the story opened on, when no one else has been made a topic or cited since (佐藤さんは… then
    // three paragraphs of the shop's history, then 今年3月、Xにこう投稿した。).
    const near = this.topicParagraph >= v.sentence.paragraph - 1;
    const lead = this.topic && this.lead && this.topic.name === this.lead.name;
    const recent = near || lead ? this.topic : null;
    const poster = posterOf(this.ctx.text, this.ctx.tokens, v, recent, this.mentions);
    if (!poster) return;
    this.post = poster;
    this.postAt = v.index;
  }

  /** A sentence of the paragraph right after an interviewer's question: the interviewee's answer. */
  private answers(v: SentenceView): boolean {
    return v.sentence.paragraph === this.question + 1;
  }

  private startParagraph(v: SentenceView): void {
    if (isQuestion(v.sentence.text, this.interviewed)) this.question = v.sentence.paragraph;
    // Only the first paragraph of the body opens the story.
    if (this.bodyBegun) this.storyTold = true;
    this.paragraph = nextParagraph(this.paragraph, v.sentence.paragraph, v.index);
    // A speaker line holds for the quoted lines under it: （近所の住民）⏎「…」⏎「…」
    if (!v.sentence.text.startsWith('「')) this.label = null;
  }

  /** What a cue's party puts in force: `announcesLede` for an announcement in a lede. */
  private heard(cue: Cue, party: Party, v: SentenceView, announcesLede: boolean, hasFigure: boolean): void {
    const para = this.paragraph;
    if (party.type !== 'document' && isSurveyCue(cue, v.sentence.text, v.sentence.start)) this.surveyed(party, v);
    // スポーツ東和は…と報じている。同紙によると…: whoever reports as the press is the paper 同紙 means
    // (民放ノースネットは…との調査結果を伝えた。同局によると…: 伝えた is a broadcaster's 報じた).
    const body = party.type === 'organization' || party.type === 'government';
    const press = body && /報じ|報道|伝え/.test(cue.cue) ? 'media' : party.type;
    for (const a of withAffiliation({
      name: party.name,
      type: press,
      start: party.phrase.start,
      end: party.phrase.end,
    }))
      this.mentions.add(a);
    para.source = party;
    // 北山県は…予算案を発表した。…⏎歳入では、県税収入を…と見込んだ。県債の発行額は520億円で…: a subjectless
    // act of the story's body carries its announcement on, until another party is cited.
    para.acts = cue.implicit && this.story && sameParty(party, this.story) ? party : null;
    // 国交省は…と発表した。⏎同省によると、…という。⏎機体登録の制度も改める。: a paragraph citing the party
    // whose announcement the one before reported keeps that announcement in force for the next.
    // 厚労省が6日発表した統計によると…。⏎同省によると、…。⏎月別では、…0.3%増と: a published report
    // holds for its own paragraph only, but the next one citing its body takes the release on all the same.
    const released = v.sentence.paragraph === this.storyParagraph + 1 ? this.story : null;
    const announcer = para.previousAnnouncer ?? released;
    // それによると cites the announcement itself, whatever type its report gave the party.
    const cites =
      cue.kind === 'according' && cue.head && CITING.test(cue.cue) && (party.type !== 'document' || !!cue.previous);
    if (announcer && cites && sameParty(party, announcer)) para.citedAnnouncer = announcer;
    if (!cue.frame) para.unframed = party;
    // IMFが公表した見通しで示したもので、… / これは東和総研が公表した予測によるものだ: the maker of a
    // published report speaks for it, as an announcer does (⏎国別では、米国を2.4%と予測した).
    if (cue.kind === 'quote' || cue.kind === 'announce' || cue.published || cue.kind === 'carry') para.speaker = party;
    // 旅行会社のみなとツアーによりますと、…1.3倍となりました。⏎一方、…2割ほど高くなっているとしています。: the
    // party cited is who the next paragraph's subjectless としている / 推計している goes on from, as a speaker is.
    else if (cue.kind === 'according' && !cue.frame && party.type !== 'document') para.speaker = party;
    if (cue.kind === 'quote' && cue.speaker && !cue.implicit) para.voiced = { party, at: v.index };
    this.named = party;
    takeAnnouncement(para, cue, party, v.sentence, announcesLede, hasFigure);
    // The article's first announcement names whom the story is about (キッコーマンが9日発表した決算は…).
    // A report cited in passing after it (調査会社がまとめた予想の平均も下回る) is not what the story is about.
    const aside = !!this.story && !announcesLede && v.sentence.paragraph === this.storyParagraph;
    if (!this.storyTold && (cue.announce || cue.published) && isBody(party) && !aside) {
      this.story = party;
      this.storyParagraph = v.sentence.paragraph;
    }
    // 警察によりますと、… at the head of a sentence speaks for the rest of the paragraph.
    if (cue.kind === 'according' && cue.head) para.scope = { party, framed: !!cue.frame };
    // 県によると、…見込みだ。市の担当者は「…」と話す。市内の空室率は…: someone else quoted at first hand
    // ends it; what follows is the writer's again. A statement the investigators relay (男は「…」と供述して
    // いる) does not: it is theirs to tell.
    // 県は…を見込むという after it: the body named again as the topic takes its account up again.
    else if (para.scope && firstHandQuote(cue, this.ctx.text) && !sameParty(party, para.scope.party)) {
      para.scope = { ...para.scope, interrupted: true };
    }
    para.topic = party;
    this.topic = party;
    this.topicParagraph = v.sentence.paragraph;
  }

  /** What the sentence as a whole leaves in force: a speech lead-in, investigators, its topic. */
  private close(v: SentenceView, info: SentenceCues): void {
    const lead = speechLeadIn(info.cues, v.sentence.text);
    if (lead) this.intro = this.parties.get(lead) ?? null;
    const police = investigatorIn(this.ctx.tokens, v);
    if (police && investigatorRank(police.text) >= investigatorRank(this.investigator?.name ?? '')) {
      this.investigator = { name: police.text, type: 'government', phrase: police, cue: '', via: null };
    }
    // 山田首相が記者団の取材に応じました。この中で「…」と述べました: with no topic and no cue, the
    // sentence's subject is whom the next subjectless words are from.
    const topic = info.topic ?? (info.cues.length ? null : leadSubject(this.ctx.tokens, v));
    if (topic && !info.cues.some((c) => c.speaker)) {
      const { phrase, type } = topic;
      this.paragraph.topic = { name: phrase.text, type, phrase, cue: '', via: null };
      this.topic = this.paragraph.topic;
      this.topicParagraph = v.sentence.paragraph;
      if (!this.storyTold && type === 'person') this.protagonist ??= this.paragraph.topic;
      if (!this.storyTold) this.lead ??= this.paragraph.topic;
      // 気象庁は会見を開いた。それによりますと…: a source-like topic is what それ can point back to — a
      // report as topic (調査は…行われた。それによりますと) only as its maker, else the surveyor named lately.
      const owner = this.documents.reportTopicOwner(phrase.text);
      this.named = owner === undefined ? this.paragraph.topic : (owner ?? this.recentSurveyor);
    }
  }
}

/**
 * The according-to in force for a sentence: after another's quote, only when it is the topic again, by
 * name or pointed back at (JR東和によると、…。利用客は「…」と話した。同社は…約3万人に影響が出た).
 */
function scopeOf(para: Paragraph, info: SentenceCues): Party | null {
  const scope = para.scope;
  if (!scope?.interrupted) return scope?.party ?? null;
  const topic = info.topic?.phrase.text ?? '';
  return topic === scope.party.name || anaphorOf(topic) ? scope.party : null;
}

/**
 * Words in brackets with their speaker written, told to the outlet (「…」と話す, 「…」と語った), not relayed
 * (「…」と供述した) nor a view read without brackets (県税収入は…2690億円を見込む).
 */
function firstHandQuote(cue: Cue, text: string): boolean {
  if (cue.kind !== 'quote' || !cue.speaker || cue.implicit || RELAYED_STATEMENT.test(cue.cue)) return false;
  return text.slice(cue.contentStart, cue.contentEnd).includes('「');
}

// 供述した, 自供した, 証言した: a statement made to investigators or a court, which they relay.
const RELAYED_STATEMENT = new RegExp(alternation(RELAYED_STATEMENTS));

/** A body the paragraph is about, as a speaker phrase (people are not tellers of their deeds: own-deeds.ts). */
function asSpeaker(p: Party | null): Speaker | null {
  return isBody(p) ? { phrase: p.phrase, type: p.type } : null;
}

/** …ことを、Xが: a を-object written before the speaker starting at `at`. */
function hasObjectBefore(text: string, v: SentenceView, at: number): boolean {
  return /を、?$/.test(text.slice(v.sentence.start, at));
}
