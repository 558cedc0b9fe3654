import type { Sentence } from '../text/sentences';
import { tokenAt } from '../text/tokens';
import type { SourceType, Token } from '../types';
import type { NamePhrase } from './name-phrase';

/** How a cue attributes: its rule family. */
export type CueKind = 'according' | 'quote' | 'announce' | 'hearsay' | 'carry';

/**
 * One attribution found in a sentence: who (a name phrase, or null when the article leaves the
 * speaker implicit) and which stretch of text (`contentStart`–`contentEnd`) they are credited with.
 */
export interface Cue {
  kind: CueKind;
  speaker: NamePhrase | null;
  type: SourceType | null;
  /** The cue as written: 「によると」, 「と推定している」, 「報じたものだ」. */
  cue: string;
  contentStart: number;
  contentEnd: number;
  /** 発表した / 公開した: the party stays the source for the rest of the paragraph and the next one. */
  announce: boolean;
  /** The party that relayed it: CNN in 「ウクライナ情報機関の分析を引用してCNNが報じた」, AFP in 「AFPに明らかにした」. */
  via: NamePhrase | null;
  /** A topic of kanji that names no party by itself (中銀は、…としている): a short form of one named before. */
  shortTopic?: NamePhrase | null;
  /** No subject at all (「…」と述べた。): the speaker may be borrowed from the paragraph's topic. */
  implicit?: boolean;
  /**
   * The words begin their sentence and the speaker comes after them (…と、同社の広報担当者は説明した):
   * the speaker may be explaining the sentences before too.
   */
  postposed?: boolean;
  /** An according-to cue that opens its sentence (警察によりますと、…): it holds for the rest of the paragraph. */
  head?: boolean;
  /**
   * 「XがN日発表したY(は)」: the figures of a report its publisher put out; like an announcement, it
   * stays in force for the plain sentences after it (個人消費が3.7%増と堅調だった).
   */
  published?: boolean;
  /** A published report only as the object of another predicate (…の平均値を上回った): its own sentence's. */
  aside?: boolean;
  /**
   * 「政府の…原案が明らかになった」: a plan or report made known, its figures in the sentences after
   * it; in force for the rest of its paragraph even though its own sentence gives none.
   */
  revealed?: boolean;
  /** …との見方もある: a view of people the article does not name; its figures have no source. */
  opinion?: boolean;
  /** A plan or forecast (…を見込む, …する計画だ): with no subject, the body the article is about. */
  plan?: boolean;
  /**
   * An act read from its doer, no one's words (市は…に避難指示を出した, 日銀は金利を0.5%に引き上げた):
   * a later sentence naming who made it known (…が会見で明らかにした) outranks it.
   */
  deed?: boolean;
  /** A plan word that forecasts (…を見込む, …と予想する): with no subject, also a person's view. */
  forecast?: boolean;
  /**
   * こう / そう before the verb points back at quoted words (…はこう話す, そう言って肩を落とした): the
   * quote may stand in a paragraph of its own just before.
   */
  pointing?: boolean;
  /**
   * A plain verb of speaking with no こう / そう (「…」。女将の佐藤さんはうれしそうに話す): it names the
   * speaker of a quote standing as the sentence just before, and nothing else.
   */
  speech?: boolean;
  /**
   * The object sums up the sentences before (…が声明でこうした状況を明らかにした): the speaker's account
   * reaches back through the paragraph, past sentences that name no one.
   */
  summing?: boolean;
  /**
   * The report named at the head of the next sentence (…が発表した数字で、…): it tells where the figure
   * written last before it comes from, not the sentence's other figures (八月二日から七日までの六日間).
   */
  nearest?: boolean;
  /** A report of data framed with では / で (〜のランキングでは): it holds for its own sentence only. */
  frame?: boolean;
  /** 調査によると with no owner: the report of the party in force, resolved by the caller. */
  unowned?: boolean;
  /**
   * The report cue ends on a verb of finding out, the predicate the sentence closes on (…ことが捜査関係者への
   * 取材で分かった): the party it names tells the こと-clause, over an ownerless 調べで inside it.
   */
  found?: boolean;
  /** 調べによりますと with no owner: the investigators the article has named (警察, 県警), resolved by the caller. */
  investigation?: boolean;
  /** それによりますと / これによると: the party of the report told before, resolved by the caller. */
  previous?: boolean;
}

/** A cue with no speaker of its own: 「…によると」 with nothing named before it, or hearsay 「…という」. */
export function speakerlessCue(kind: CueKind, cue: string, contentStart: number, contentEnd: number): Cue {
  return { kind, speaker: null, type: null, cue, contentStart, contentEnd, announce: false, via: null };
}

/** A sentence with its token range and the 「」『』 depth of each token (cues inside quotes are the quoted speaker's). */
export interface SentenceView {
  index: number;
  sentence: Sentence;
  /** Token range [first, end). */
  first: number;
  end: number;
  /** Quote depth per token, indexed from `first`. */
  depth: Uint8Array;
  /** The article's organisations as the tagger found them (shared by every view). */
  bodies: Bodies;
}

/** Organisations named in the article: where their mentions end, and their names without 株式会社. */
export interface Bodies {
  ends: ReadonlySet<number>;
  names: ReadonlySet<string>;
}

const CORPORATE = /^(?:株式会社|有限会社|合同会社|\(株\)|（株）)|(?:株式会社|有限会社|合同会社|\(株\)|（株）)$/g;

/** Indexes the organisation entities: 沖縄クロス・ヘッド株式会社 is known as 沖縄クロス・ヘッド too. */
export function bodiesOf(entities: readonly { text: string; end: number; type: string }[]): Bodies {
  const orgs = entities.filter((e) => e.type === 'organization');
  return { ends: new Set(orgs.map((e) => e.end)), names: new Set(orgs.map((e) => e.text.replace(CORPORATE, ''))) };
}

/** Builds the token view of every sentence (one binary search each; depth is a linear pass). */
export function buildViews(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  bodies: Bodies = { ends: new Set(), names: new Set() },
): SentenceView[] {
  return sentences.map((sentence, index) => {
    const first = tokenAt(tokens, sentence.start);
    const end = tokenAt(tokens, sentence.end);
    const depth = new Uint8Array(Math.max(0, end - first));
    let d = 0;
    for (let i = first; i < end; i++) {
      const s = (tokens[i] as Token).surface;
      if (s === '」' || s === '』') d = Math.max(0, d - 1);
      depth[i - first] = d;
      if (s === '「' || s === '『') d++;
    }
    return { index, sentence, first, end, depth, bodies };
  });
}

/** Quote depth of token `i` in view `v` (0 outside any 「」). */
export function depthAt(v: SentenceView, i: number): number {
  return v.depth[i - v.first] ?? 0;
}
