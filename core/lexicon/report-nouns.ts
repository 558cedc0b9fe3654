/**
 * Nouns of reports, surveys and documents, in one table with what each does for the source finder:
 * 「CSISが発表した推計によると」 → CSIS (a report cue), 「報告書は…としている」 → a document.
 */
import { type WordTable, wordsWhere, wordTable } from './word-table';

/**
 * What a report noun does:
 * - `cue`: with its owner before it and a particle after, it cites a source: 〇〇の調べでは, 推計によると,
 *   ランキングで — the source is the report's owner (sources/according-to.ts, chains.ts, name-phrase.ts);
 * - `data`: a report of data (counts, surveys, rankings) as opposed to a party's account (調べ, 説明, 話):
 *   framed with では / で (興行通信社のランキングでは、…) it reports what its own sentence says, and the
 *   hearsay of a later sentence (…とみられる) is not a ranking's voice;
 * - `unowned`: with no owner written (調査によると, アンケートでは) it still means the report the paragraph
 *   is about: 「東和損保は…意識調査の結果を発表した。調査によると、…」 → 東和損保 (結果, 話, 記録 alone could be
 *   anyone's);
 * - `document`: a source's name phrase ending in it is a document (報告書, 白書, 決定通知書; source-type.ts);
 * - `label`: right after a body's name, with no particle, it labels whose data a headline or caption
 *   gives: 「教員の6割が残業　県教委調査」, 「内閣府調べ」 (sources/headline.ts);
 * - `compared`: a share or multiple of it, with its party before it (主催者発表の5割, 政府推計の2倍), is
 *   the writer setting one party's figure against another's (sources/conversions.ts);
 * - `answered`: people answer it rather than tell it, so whom it is put to (所有者へのアンケート, 会員企業への
 *   調査) did not make it (sources/report-owner.ts).
 * - `itself`: with no owner written it is cited as itself, its authors unnamed: 論文によると → 論文 (not
 *   the party in force, whose paper it need not be; sources/according-to.ts).
 * - `performance`: it also names a feat measured by a figure (9秒98の日本新記録で優勝した): with a figure as
 *   its first modifier it is that figure's record, no report (sources/according-to.ts).
 * - `credit`: in brackets right after a body's figure, its party before it, it credits the figure:
 *   「約12万人（主催者発表）」, 「約8万人（県まとめ）」 (sources/bracketed-credit.ts).
 */
export type ReportNounRole =
  | 'cue'
  | 'data'
  | 'unowned'
  | 'document'
  | 'label'
  | 'compared'
  | 'answered'
  | 'credit'
  | 'itself'
  | 'performance';

/** Every report noun, with its roles. */
export const REPORT_NOUN_TABLE: WordTable<readonly ReportNounRole[]> = wordTable<readonly ReportNounRole[]>({
  調べ: ['cue', 'document', 'label', 'credit'],
  調査: ['cue', 'data', 'unowned', 'document', 'label', 'compared', 'answered', 'credit'],
  世論調査: ['cue', 'data', 'unowned', 'label'],
  発表: ['cue', 'unowned', 'label', 'compared', 'credit'],
  推計: ['cue', 'data', 'unowned', 'document', 'label', 'compared', 'credit'],
  試算: ['cue', 'data', 'unowned', 'document', 'label', 'compared', 'credit'],
  集計: ['cue', 'data', 'unowned', 'label', 'compared', 'credit'],
  統計: ['cue', 'data', 'unowned', 'document', 'label', 'credit'],
  分析: ['cue', 'data', 'unowned'],
  // 「…3000億円投資へ　米紙報道」: an outlet's report labels a headline it relays.
  報道: ['cue', 'label'],
  データ: ['cue', 'data', 'unowned', 'document'],
  報告書: ['cue', 'data', 'unowned', 'document'],
  // 「…1.4度高く　WMO報告「…」」: a body's report labels a headline as its 調査 does.
  報告: ['cue', 'data', 'unowned', 'label'],
  // 「…被害380億円　警察白書」: a body's white paper labels a headline as its 調査 does.
  白書: ['cue', 'data', 'unowned', 'document', 'label'],
  見立て: ['cue'],
  話: ['cue'],
  ランキング: ['cue', 'data', 'document'],
  // 「…高齢者が6割　県警まとめ」: a body's tally labels a headline as its 集計 does; （県まとめ） credits a figure.
  まとめ: ['cue', 'data', 'unowned', 'label', 'credit'],
  予測: ['cue', 'data', 'unowned'],
  推定: ['cue', 'data'],
  資料: ['cue', 'data', 'unowned', 'document'],
  決定通知書: ['cue'],
  通知書: ['cue', 'document'],
  // 訴状などによると / 起訴状によると: a court paper, no company a later 同社 could mean.
  訴状: ['document'],
  起訴状: ['document'],
  声明: ['cue', 'unowned', 'document'],
  発表資料: ['cue'],
  見通し: ['cue'],
  情報: ['cue'],
  取材: ['cue'],
  リポート: ['cue', 'unowned'],
  レポート: ['cue', 'unowned'],
  記録: ['cue', 'data', 'performance'],
  // 気象台の観測では, 同研究所の観測で: what an observatory measured is its data.
  観測: ['cue', 'data'],
  結果: ['cue', 'data'],
  // 県は…とする速報をまとめた, 続報では: a body's bulletin of a count as it stands (第2報: chains.ts).
  速報: ['cue', 'data', 'unowned'],
  続報: ['cue', 'data', 'unowned'],
  研究: ['cue', 'data'],
  論文: ['cue', 'data', 'itself'],
  報告書案: ['cue'],
  アンケート: ['cue', 'data', 'unowned', 'label', 'answered'],
  // 同社の説明では, 関係者の証言では, 市の計画では: what a party said or plans is theirs too.
  説明: ['cue'],
  証言: ['cue'],
  主張: ['cue'],
  指摘: ['cue'],
  発言: ['cue'],
  予想: ['cue'],
  見方: ['cue'],
  見解: ['cue'],
  計画: ['cue'],
  見込み: ['cue'],
  想定: ['cue'],
  // 与党のプロジェクトチームの提言では, 政府の素案では: a proposal is its authors' account.
  提言: ['cue', 'document'],
  提案: ['cue'],
  素案: ['cue', 'document'],
  原案: ['cue', 'document'],
  試案: ['cue', 'document'],
  // 骨子案, 改正案, 最終案: a draft of any kind (案 is IPADIC's suffix word there), and what it lays out.
  案: ['cue', 'document'],
  骨子: ['cue'],
  方針: ['cue'],
  大綱: ['cue', 'document'],
  指針: ['cue', 'document'],
  // 文部科学省の省令では, 市の条例では, 国のガイドラインでは: a rule's limits are its issuer's.
  省令: ['cue', 'document'],
  政令: ['cue', 'document'],
  条例: ['cue', 'document'],
  告示: ['cue', 'document'],
  通達: ['cue', 'document'],
  要綱: ['cue', 'document'],
  ガイドライン: ['cue', 'document'],
  答申: ['cue', 'document'],
  提言書: ['cue', 'document'],
  意見書: ['cue', 'document'],
  要望書: ['cue', 'document'],
  // 訪日客6000万人の目標を掲げた: a target set is its setter's.
  目標: ['cue'],
  文書: ['document'],
  公表値: ['compared'],
  発表値: ['compared'],
});

const withRole = (role: ReportNounRole) => wordsWhere(REPORT_NOUN_TABLE, (r) => r.includes(role));

/**
 * Report nouns: 〇〇の調べでは / 推計によると / ランキングで — the source is the report's owner
 * (CSISが発表した推計によると → CSIS).
 */
export const REPORT_NOUNS: readonly string[] = withRole('cue');

/** Report nouns of data (counts, surveys, rankings): their では / で frame holds for their own sentence only. */
export const DATA_REPORTS: ReadonlySet<string> = new Set(withRole('data'));

/** Report nouns that, with no owner written, still mean the report the paragraph is about. */
export const UNOWNED_REPORTS: ReadonlySet<string> = new Set(withRole('unowned'));

/** Report nouns that label whose data a headline gives (県教委調査, 内閣府調べ). */
export const LABEL_REPORTS: ReadonlySet<string> = new Set(withRole('label'));

/** Report nouns that credit a figure from brackets after it: 約12万人（主催者発表）, 約8万人（県まとめ）. */
export const CREDIT_REPORTS: ReadonlySet<string> = new Set(withRole('credit'));

/** Reports a writer sets a share or multiple against: 主催者発表の5割, 政府推計の2倍. */
export const COMPARED_REPORTS: readonly string[] = withRole('compared');

/** Documents: a source phrase ending in one is a document (報告書, 白書, 調査, 決定通知書). */
export const DOCUMENT_HEADS: readonly string[] = withRole('document');

/** Reports people answer (調査, アンケート); a phrase ending in one is a survey (意識調査, 世論調査). */
export const ANSWERED_REPORTS: readonly string[] = withRole('answered');

/** Report nouns that also name a feat measured by a figure: 2分5秒48の日本新記録で (no report). */
export const PERFORMANCE_REPORTS: readonly string[] = withRole('performance');

/** Report nouns cited as themselves when no owner is written: 論文によると → 論文. */
export const SELF_CITED_REPORTS: ReadonlySet<string> = new Set(withRole('itself'));
