import type { Cue, SentenceView } from './cue';
import type { Party } from './parties';
import type { SentenceCues } from './sentence-cues';

/**
 * One sentence, with what its own cues say and the sources the sentences before it put in force:
 * what a figure of it is resolved against (core/sources/resolve.ts).
 */
export interface SentenceSources {
  readonly view: SentenceView;
  readonly info: SentenceCues;
  /** A headline, a caption or an editor's note: it speaks for the outlet, nothing is carried into it. */
  readonly own: boolean;
  /** The last named source of its paragraph before it, else the previous paragraph's announcement. */
  readonly inForce: Party | null;
  /** The same, leaving out data framed with では (〜のランキングでは). */
  readonly spoken: Party | null;
  /** An announcement in force: 東和電機は10日、…を発表した。 then the plain sentences with its figures. */
  readonly announced: Party | null;
  /**
   * Figures (by start) standing in a clause that describes a noun in the present (GDPの5割超を占める個人消費):
   * the outlet's, not the story's published report in force.
   */
  readonly standing: ReadonlySet<number>;
  /** It describes the party that announced (同社の国内シェアは約10%): background, not the report. */
  readonly aboutAnnouncer: boolean;
  /** The last named source anywhere before it: what それによりますと points back to. */
  readonly lastNamed: Party | null;
  /** An according-to that opened an earlier sentence of its paragraph (警察によりますと、…). */
  readonly scoped: Party | null;
  /** That according-to reports data framed with では (〜のランキングでは): a ranking only ranks. */
  readonly framed: boolean;
  /** A speaker line （近所の住民） above the quoted lines it stands in. */
  readonly labelled: Party | null;
  /** The poster of the post whose lines it is, after the sentence that posted it (…と投稿したところ、). */
  readonly posted: Party | null;
  /** The speaker of 「山田社長は次のように述べた。」, for the quotes after it. */
  readonly introduced: Party | null;
  /** The surveyor, when the sentence counts respondents (支持しないと答えた人は45％). */
  readonly polled: Party | null;
  /** The study in force, when the sentence reports a finding with no subject (…分析したところ、19%低かった). */
  readonly examined: Party | null;
  /** A speaker written after the sentence's words (…と、同社の担当者は説明した), for the sentences before. */
  readonly after: Party | null;
  /**
   * The source an earlier paragraph named, carried to this one's hearsay: 同社によると、…という。⏎
   * …300個しか売れなかったのだそう。 A paragraph of the outlet's own narration between them ends it.
   */
  readonly relayed: Party | null;
  /** The body the sentence's hearsay is about (同社は…引き上げたという): the teller of its deeds. */
  readonly teller: Party | null;
  /** The body whose deeds the sentence's clauses chain, with no cue (県は…設定しており、…動員した): own-deeds.ts. */
  readonly doer: Party | null;
  /** A document speaking for its author (提言では…, then …も盛り込みました): core/sources/documents.ts. */
  readonly document: Party | null;
  /**
   * The party an interview's lead-in named (東和缶詰に話を聞いた), while no one else has been cited: whom
   * hearsay with no speaker relays (…一番伸びたそうで、300缶ほど売れたとのことだ).
   */
  readonly interviewee: Party | null;
  /**
   * The party quoted or cited last, in any paragraph before: whom speech relayed with そうだ / とのことだ
   * and no speaker was heard from, when nothing nearer is in force.
   */
  readonly voice: Party | null;
  /** The person quoted last, for a sentence that is nothing but a quote with no speaker (bare-quotes.ts). */
  readonly featured: Party | null;
}

/** Every sentence's sources in force, and the party each cue names (null: one we cannot name). */
export interface InForce {
  readonly sentences: readonly SentenceSources[];
  readonly parties: ReadonlyMap<Cue, Party | null>;
}
