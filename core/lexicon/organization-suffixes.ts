/**
 * Suffixes that end an organisation's name and make one of the words before them: 「近畿財務局」,
 * 「立憲民主党」, 「成城大学」. Organisation suffixes are part of the name (「防衛省」).
 */
import { type WordTable, wordsWhere, wordTable } from './word-table';

/**
 * What else a suffix says:
 * - `strong`: it names an organisation on its own authority even after plain words
 *   (「戦略国際問題研究所」), where the others need a name before them;
 * - `province`: after a bare proper name it names a place, not a body: 「浙江省」, 「湖南省」 are
 *   Chinese provinces, while 「外務省」 and 「国防省」 have a plain word before 省.
 * - `compound`: it names an organisation only after three or more kanji words, whatever they are — a
 *   public body's name spelled out in full (「介護労働安定センター」, 「捕虜処遇調整本部」); after fewer it
 *   is a kind of office (「支援センター」, 「災害対策本部」) or a branch (「東京本部」, 「党本部」).
 */
export type OrganizationSuffixRole = 'strong' | 'province' | 'compound';

/** Every organisation suffix, with its roles. */
export const ORGANIZATION_SUFFIXES: WordTable<readonly OrganizationSuffixRole[]> = wordTable<
  readonly OrganizationSuffixRole[]
>({
  省: ['strong', 'province'],
  庁: ['strong'],
  局: ['strong'],
  院: [],
  委員会: ['strong'],
  実行委員会: [],
  // 実行委: the short form of 実行委員会, as plain as it without a name before it (「まつりの実行委」).
  実行委: [],
  議会: [],
  // 全国人民代表大会, 広東省人民代表大会: China's legislatures at each level, bodies that sit, not meetings
  // held once as 大会 alone (全国大会) is.
  人民代表大会: [],
  市議会: [],
  県議会: [],
  区議会: [],
  町議会: [],
  村議会: [],
  都議会: [],
  府議会: [],
  道議会: [],
  党: [],
  社: [],
  銀行: [],
  大学: [],
  軍: [],
  研究所: ['strong'],
  // 東京証券取引所, 大阪商品取引所: a market run by a body, which publishes and decides; a name comes first.
  取引所: [],
  // 電力経済研究センター, 物流政策研究センター: a research centre is a body whatever plain words name it.
  研究センター: ['strong'],
  // 中央最低賃金審議会, 地方港湾審議会: a council the government appoints.
  審議会: ['strong'],
  機構: ['strong'],
  協会: [],
  連盟: [],
  学園: [],
  財団: [],
  会議: [],
  通信: [],
  新聞: [],
  地検: ['strong'],
  地裁: ['strong'],
  高裁: [],
  警察: [],
  署: [],
  組合: [],
  // 根室漁協, 東和農協, 北辰生協: co-operatives by their short names, as 組合 is.
  漁協: [],
  農協: [],
  生協: [],
  // 東和睡眠クリニック: a clinic is a body, as 病院 is.
  クリニック: [],
  // 全国ひきこもり家族連絡会: a liaison council of member bodies.
  連絡会: [],
  // 物価統計調査会, 建築資材価格調査会: a standing inquiry council is a body whatever plain words name it
  // (「調査会社」 is another word, 調査+会社; names-nothing.ts still wants two words before 調査+会).
  調査会: ['strong'],
  センター: ['compound'],
  本部: ['compound'],
  株式会社: [],
  ホールディングス: [],
  グループ: [],
  工業: [],
  製作所: [],
  商事: [],
  証券: [],
  放送: [],
  テレビ: [],
  高校: [],
  中学校: [],
  小学校: [],
  病院: [],
  情報機関: [],
  // ロシア大統領府, 英首相府: the leader's office, not a prefecture like 大阪府.
  大統領府: [],
  首相府: [],
  // 神奈川県警, 大阪府警, 北海道警: a prefecture's police, not the prefecture.
  県警: [],
  府警: [],
  道警: [],
  // 国防省の情報総局, 国家市場監督管理総局: a directorate-general; kuromoji reads 総局 as one word, so 局 misses it.
  総局: ['strong'],
  // 広島地方気象台, 札幌管区気象台: the weather agency's regional offices, bodies that observe and warn.
  気象台: ['strong'],
  // 都教委, 県教委, 市教委: short for 教育委員会, the board of education.
  教委: ['strong'],
  // 運輸安全委, 原子力規制委, 公取委: a commission's short name, IPADIC's suffix word 委.
  委: ['strong'],
  // 防衛省統合幕僚監部, 陸上幕僚監部: the Self-Defense Forces' staff offices.
  幕僚監部: ['strong'],
});

/** Suffixes that name an organisation even after plain words: 省, 庁, 研究所, 地検. */
export const STRONG_ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set(
  wordsWhere(ORGANIZATION_SUFFIXES, (r) => r.includes('strong')),
);

/** Suffixes that name an organisation only after three or more kanji words: 「介護労働安定センター」. */
export const COMPOUND_ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set(
  wordsWhere(ORGANIZATION_SUFFIXES, (r) => r.includes('compound')),
);

/**
 * What an office does, written right before a `compound` suffix: then the compound is a kind of office
 * every town or force has (「地域包括支援センター」, 「県災害対策本部」, 「消防指令センター」), not one body's name.
 */
export const OFFICE_FUNCTIONS: ReadonlySet<string> = new Set(['支援', '相談', '対策', '捜査', '指令', '救援', '保健']);

/** Suffixes that name a province after a bare proper name: 省 in 「浙江省」. */
export const PROVINCE_SUFFIXES: ReadonlySet<string> = new Set(
  wordsWhere(ORGANIZATION_SUFFIXES, (r) => r.includes('province')),
);

/**
 * Last words of a body's formal name that name no body after plain words alone (「研究機関」, 「金融機関」
 * are kinds), only when its initials follow in brackets: 「国際エネルギー機関（IEA）」 (spelled-out-bodies.ts).
 */
export const SPELLED_OUT_BODY_ENDS: readonly string[] = ['機関'];
