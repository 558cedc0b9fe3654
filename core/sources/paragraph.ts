import type { Party } from './parties';

/** What one paragraph has said so far. Each paragraph starts a fresh one. */
export class Paragraph {
  /** The party the paragraph is about: the last topic (東和電機は…) or source. */
  topic: Party | null = null;
  /** The last source a cue named. */
  source: Party | null = null;
  /** The same, leaving out data framed with では. */
  unframed: Party | null = null;
  /** The party of the last quote or announcement: a subjectless 「…」と述べた in the next paragraph is theirs. */
  speaker: Party | null = null;
  /** An announcement in force; `announcedHere` when it is a published report, in force for this paragraph only. */
  announcer: Party | null = null;
  announcedHere = false;
  /**
   * The lede's announcement a published report of the same paragraph took over (大和精機は7日、…と発表した。
   * 調査会社がまとめた予想の平均（185億円）も下回る。): the report holds here, the release goes on next.
   */
  heldAnnouncer: Party | null = null;
  /**
   * The previous paragraph's announcer, cited by this one at the head of a sentence (同省によると): the next
   * paragraph takes the announcement on, for sentences with no topic of their own only.
   */
  citedAnnouncer: Party | null = null;
  /** `previousAnnouncer` reached this paragraph through a citation of its party (citedAnnouncer). */
  previousCited = false;
  /** The party a sentence quoted by name (同社側は「…」と反論), and that sentence's index. */
  voiced: { party: Party; at: number } | null = null;
  /**
   * An according-to at the head of a sentence (警察によりますと、…): the rest of the paragraph is its —
   * `interrupted` once someone else is quoted at first hand (市の担当者は「…」と話す), when it holds only
   * for a sentence naming it again as the topic.
   */
  scope: { party: Party; framed: boolean; interrupted?: boolean } | null = null;
  /** A sentence of it tells by hearsay (…という, …のだそう): it passes `previousHeard` on. */
  hearsay = false;
  /** A sentence of it cites someone, named or not (民間の予測では): `previousHeard` no longer holds. */
  cited = false;
  /** A sentence of it is the article's body, not a caption, subhead or editor's note. */
  told = false;
  /**
   * A sentence of it told another party's deeds (森下は…14得点。): the previous paragraph's announcement
   * no longer reaches the subjectless sentences after it (今季も…5得点を挙げた is still that party's); nor
   * after the writer defined a term (線状降水帯は、…現象だ。3時間の雨量が…).
   */
  otherActor = false;
  /**
   * The tally in force for breakdowns (年代別では…, 1人当たりでは…): the body whose release, published report
   * or found tally gave the story's figures, until another party is cited. It reaches every later paragraph.
   */
  tally: Party | null = null;
  /**
   * The story's body, when the last cue of the paragraph was its own act with no subject (歳入では、県税収入を
   * …と見込んだ。): the plain sentences after it go on with its announcement (県債の発行額は520億円で…).
   */
  acts: Party | null = null;
  /** The index of its first sentence. */
  first = -1;
  /** How many sentences it has (of the body or not). */
  sentences = 0;
  /**
   * Its sentences, with no cue of their own, went on with the previous paragraph's announcement
   * (消防庁は…と発表しました。⏎このうち65歳以上が約57%を占めました。): a broadcaster's one-sentence
   * paragraph passes it on to the next.
   */
  relaysAnnouncement = false;

  constructor(
    readonly index: number,
    /** The previous paragraph's last speaker, when it is just before. */
    readonly previousSpeaker: Party | null,
    /** The previous paragraph's announcement, when it is just before and reaches this far. */
    readonly previousAnnouncer: Party | null,
    /** The source the paragraphs just before named, for this paragraph's hearsay. */
    readonly previousHeard: Party | null = null,
  ) {}
}
