/**
 * The Analysis schema: the contract between core/, the CLI, the extension and the evaluation scripts.
 * Offsets are UTF-16 code units into the analysed text (what JavaScript strings and DOM Ranges use).
 */

/** What a figure measures. */
export type FigureKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'ratio'
  | 'duration'
  | 'measure'
  | 'age'
  | 'rank'
  | 'score'
  | 'other';

/** Which side of the number the article's qualifier puts the true value on. */
export type Bound = 'max' | 'min' | 'over' | 'under';

/** Who the article says a figure comes from. `none` and `byline` mean "on the outlet's own authority". */
export type SourceType =
  | 'person'
  | 'organization'
  | 'media'
  | 'government'
  | 'document'
  | 'anonymous'
  | 'byline'
  | 'none';

/** The attribution of one figure. `via` names the party that relayed it (「XがYの分析を引用して報じた」 → Y via X). */
export interface Source {
  readonly name: string;
  readonly type: SourceType;
  /** The reporting cue as written: 「によると」, 「と推定している」, 「報じたものだ」. */
  readonly cue: string | null;
  readonly via?: string | null;
  /** Offsets of the source's name in the text, when it is written there. */
  readonly start?: number;
  readonly end?: number;
}

/** One numeric claim: 「最大3万人」, 「95万人を超え」, 「数百万発」. */
export interface Figure {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string;
  readonly kind: FigureKind;
  readonly approx: boolean;
  readonly bound: Bound | null;
  readonly source: Source | null;
  /** Offset of the sentence inside the analysed text (the popup marks the cue inside it). */
  readonly sentenceStart?: number;
  /** The number as written, without unit and qualifiers: 「3万」. */
  readonly core?: string;
  /** Vague quantities (数千, 十数) and ranges (3〜4万) carry min/max; `vague` says which. */
  readonly vague?: boolean;
  /** A change rather than a level: 前年比3%増 → 'increase'. */
  readonly change?: 'increase' | 'decrease' | null;
  /** What the figure counts, when the article says so: 「最大3万人の北朝鮮兵士」 → 「北朝鮮兵士」; null when unsaid. */
  readonly counts?: string | null;
  /**
   * A range closed by two bounds says which ends it excludes: 「10%以上20%未満」 → min 10, max 20,
   * maxExclusive; 「1万円超3万円以下」 → minExclusive. Absent when the ends are included (3〜4万人).
   */
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
  /**
   * A score or a ratio (kind ratio) as written, first side first: 「3対2で勝った」 → [3, 2], 「男女比は3対7」
   * → [3, 7] (min/max hold the lower and higher).
   */
  readonly score?: [number, number];
  /** A fraction as written, numerator first: 「3分の2」 and 「2/3」 → [2, 3]; 「3人に1人」 → [1, 3]. */
  readonly fraction?: [number, number];
  /**
   * Every side of a product of dimensions, in order, on each of its figures: 「2778×1284ドット」 gives
   * two figures (2778 and 1284 ドット), both with dimensions [2778, 1284].
   */
  readonly dimensions?: number[];
}

/** A date, resolved against the publication date: "2024-11", "2024", ["2025-07-01","2025-07-15"]. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  value: string | [string, string];
}

/** What kind of name an entity is. */
export type EntityType = 'person' | 'organization' | 'place' | 'product' | 'event' | 'other';

/** A named entity mention. `id` groups mentions of one entity (プーチン ↔ ウラジーミル・プーチン). */
export interface Entity {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  id?: number;
  /** Katakana reading, for learners (kuromoji or gazetteer). */
  reading?: string | null;
  /** How likely the mark is right, 0–1 (names under 0.5 are not marked; see core/entities/confidence.ts). */
  confidence?: number;
}

/** A stretch [start, end) of the analysed text said by `speaker` (a display name, never a URL or handle). */
export interface SpeakerSpan {
  start: number;
  end: number;
  speaker: string;
}

/** Everything Shutten knows about one text. */
export interface Analysis {
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  byline: string | null;
  isJapanese: boolean;
  isArticle: boolean;
  figures: Figure[];
  dates: DateMention[];
  entities: Entity[];
  /** Length of the analysed text in UTF-16 units, so callers can check offsets. */
  length?: number;
}

/**
 * One morpheme with UTF-16 offsets. kuromoji reports 1-based code-point positions;
 * core/text/tokens.ts converts them so nothing downstream has to care.
 */
export interface Token {
  surface: string;
  start: number;
  end: number;
  /** 品詞 and its three sub-categories: 名詞,固有名詞,人名,姓 */
  pos: string;
  pos1: string;
  pos2: string;
  pos3: string;
  basic: string;
  reading: string | null;
  known: boolean;
}

/** The raw shape kuromoji's tokenize() returns (only the fields we read). */
export interface RawToken {
  word_type: string;
  word_position: number;
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  pos_detail_2: string;
  pos_detail_3: string;
  basic_form: string;
  reading?: string;
}

/** Anything that tokenises like kuromoji. Test seam: unit tests may pass a fake. */
export interface Tokenizer {
  tokenize(text: string): RawToken[];
}

/** Options for analyze(). */
export interface AnalyzeOptions {
  title?: string | null;
  /** YYYY-MM-DD: relative dates (昨年, 5日) resolve against it. */
  published?: string | null;
  byline?: string | null;
  author?: string | null;
  /**
   * Stretches of the text whose speaker the page itself names (an embedded social-media post and its
   * author, lib/content/page/embedded-posts.ts): figures inside one are that speaker's.
   */
  speakers?: SpeakerSpan[];
  isJapanese?: boolean;
  isArticle?: boolean;
}
