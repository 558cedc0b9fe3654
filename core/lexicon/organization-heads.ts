/**
 * Words that end an organisation's name, in one table with what each does for the modules that read
 * it: 戦略国際問題研究所 → an organisation as a source, 「世界保健機関」 → an organisation as a name.
 */
import { type WordTable, wordsWhere, wordTable } from './word-table';

/**
 * What an organisation head does:
 * - `source`: a source's name phrase ending in it is an organisation, not a government body
 *   (sources/source-type.ts; 本部, 裁判所 and 大使館 are government there, GOVERNMENT_HEADS);
 * - `entity`: it ends an organisation's full name but is too plain to make one on its own, so it is no
 *   suffix rule, and a term ending in one is never taken for a common noun (「世界保健機関」, 「東洋商会」).
 * - `suffix`: a source's name ends in it only when IPADIC files it as a suffix word of its own
 *   (名詞,接尾): 「監察医務院」 ends in 院 the suffix, 「入院」 and 「寺院」 are one word each.
 * - `trade`: a line of business that ends an invented firm's name (北斗証券, 東雲自動車, みなと食品): the
 *   entity rules take the words before it for a name only when they look like one or the sentence
 *   introduces a party (entities/trade-names.ts), since 大手証券 and 電気自動車 are plain compounds.
 * The sources also read company endings (電機, 自動車, 大手) that would turn plain words into names
 * for the entity rules; each side keeps the words it was tuned with.
 */
export type OrganizationHeadRole = 'source' | 'entity' | 'suffix' | 'trade';

/** Every organisation head, with its roles. */
export const ORGANIZATION_HEADS: WordTable<readonly OrganizationHeadRole[]> = wordTable<
  readonly OrganizationHeadRole[]
>({
  社: ['source'],
  会社: ['source', 'entity'],
  子会社: ['source'],
  企業: ['source'],
  研究所: ['source'],
  // 北辰天文台の観測で, 南浜地震観測所によると: an observatory measures, as 気象台 does.
  天文台: ['source'],
  観測所: ['source'],
  研究機構: ['source'],
  機構: ['source'],
  // 国際通貨基金, 世界保健機関, 国際協力機構: international and public bodies
  基金: ['source', 'entity'],
  機関: ['source', 'entity'],
  公社: ['source', 'entity'],
  事業団: ['source'],
  協議会: ['source', 'entity'],
  評議会: ['source', 'entity'],
  理事会: ['source', 'entity'],
  協会: ['source'],
  連盟: ['source'],
  組合: ['source'],
  党: ['source'],
  大学: ['source'],
  // 北辰医療専門学校, 東和高専, 東和大学院: schools, as 大学 is.
  専門学校: ['source'],
  高専: ['source'],
  大学院: ['source'],
  // 北陸医科大, 南海短大, 札幌医大, 大阪工大: a university's short name ends a body even after a place
  // (北陸 alone is a region): the tagger read 北陸医科大 as a place in some sentences.
  医科大: ['entity'],
  歯科大: ['entity'],
  薬科大: ['entity'],
  医大: ['entity'],
  短大: ['entity'],
  工大: ['entity'],
  外大: ['entity'],
  芸大: ['entity'],
  女子大: ['entity'],
  財団: ['source'],
  銀行: ['source'],
  // みどり信用金庫, 北辰信金, 東和信組, 日本北辰公庫, 県職員共済: lenders and mutual-aid bodies, as 銀行 is.
  金庫: ['source'],
  信金: ['source', 'trade'],
  信組: ['source'],
  公庫: ['source'],
  共済: ['source'],
  // 北辰商品取引所: an exchange publishes its trading volumes.
  取引所: ['source'],
  グループ: ['source'],
  ホールディングス: ['source'],
  センター: ['source', 'entity'],
  // 北辰リサーチ, 青嶺キャピタル, 旭日パートナーズ: a firm named by a kanji word and a katakana trade word
  // that IPADIC files as a common noun (リサーチ alone would read as a plain word, like ストレージ).
  リサーチ: ['source'],
  キャピタル: ['source'],
  ベンチャーズ: ['source'],
  パートナーズ: ['source'],
  インベストメンツ: ['source'],
  コンサルティング: ['source'],
  シンクタンク: ['source'],
  団体: ['source', 'entity'],
  組織: ['source'],
  学会: ['source'],
  連合: ['source', 'entity'],
  病院: ['source'],
  大手: ['source'],
  チーム: ['source'],
  研究班: ['source'],
  各社: ['source'],
  事務所: ['source', 'entity'],
  法人: ['source', 'entity'],
  学園: ['source'],
  工業: ['source', 'trade'],
  電機: ['source', 'trade'],
  // サムスン電子, 日本製鉄: makers named by their trade, as 電機 and 重工 are.
  電子: ['source', 'trade'],
  // ミナト精工が公表した資料: 精|工 is two words to IPADIC, one maker's trade (精機 below, with 製薬).
  精工: ['source', 'trade'],
  製鉄: ['source', 'trade'],
  自動車: ['source', 'trade'],
  // 北辰製薬, 東洋精機 (精|機, two words to IPADIC): a maker named by its trade ends a body's name whatever
  // the words before it.
  製薬: ['source', 'entity', 'trade'],
  精機: ['source', 'entity', 'trade'],
  商事: ['source', 'trade'],
  物産: ['source', 'trade'],
  電力: ['source', 'trade'],
  ガス: ['source', 'trade'],
  証券: ['source', 'trade'],
  保険: ['source', 'trade'],
  生命: ['source', 'trade'],
  生保: ['source'],
  損保: ['source'],
  航空: ['source', 'trade'],
  鉄道: ['source', 'trade'],
  新聞社: ['source'],
  電鉄: ['source', 'trade'],
  交通: ['source', 'trade'],
  運輸: ['source', 'trade'],
  物流: ['source', 'trade'],
  百貨店: ['source'],
  球団: ['source'],
  クラブ: ['source'],
  連合会: ['source'],
  // 全国消費者団体連絡会: a liaison council of member bodies.
  連絡会: ['source'],
  商工会議所: ['source'],
  // 湾岸交通労組, 全ドイツ金属労組: a union, even after a place.
  労組: ['source', 'entity'],
  生協: ['source'],
  農協: ['source'],
  漁協: ['source'],
  ストア: ['source'],
  製作所: ['source', 'trade'],
  商店: ['source', 'trade'],
  // 北浜薬局によると: a pharmacy, not a government bureau (局).
  薬局: ['source'],
  工務店: ['source', 'trade'],
  食品: ['source', 'trade'],
  建設: ['source', 'trade'],
  産業: ['source', 'trade'],
  化学: ['source', 'trade'],
  重工: ['source', 'trade'],
  重工業: ['source', 'trade'],
  薬品: ['source', 'trade'],
  不動産: ['source', 'trade'],
  研究室: ['source'],
  総研: ['source', 'entity', 'trade'],
  HD: ['source'],
  ＨＤ: ['source'],
  商会: ['entity'],
  公団: ['entity'],
  本部: ['entity'],
  事務局: ['entity'],
  議会: ['entity'],
  裁判所: ['entity'],
  // 米大使館, 在日中国総領事館, 大阪市役所: an embassy or a city hall is the body that works there.
  大使館: ['entity'],
  // 門司税関, 大阪税関: the customs office of a port.
  税関: ['entity'],
  領事館: ['entity'],
  役所: ['entity'],
  市役所: ['entity'],
  区役所: ['entity'],
  役場: ['entity'],
  // 宮崎市保健所は…と発表した: a city's health centre is an office of the city, not a building.
  保健所: ['entity'],
  // 東京都監察医務院, 中央医学研究院, 国立教育院: an institute, when 院 is a suffix of its own.
  院: ['suffix'],
  // 検討会, 研究会: a panel, when 会 is IPADIC's suffix word (大会, 社会 are whole words).
  会: ['suffix'],
  // 老舗菓子店, 温泉旅館, 酒造: a business a feature story is about speaks as a company does. 店 only
  // as IPADIC's suffix word (菓子|店): 出店 and 閉店 are whole words, and no business.
  店: ['suffix'],
  // 自民党系会派, 共産党市議団, 弁護団: a group of members that acts as one (団 only as IPADIC's suffix
  // word: 集団 and 財団 are words of their own).
  会派: ['source'],
  団: ['suffix'],
  // 東和リサーチ北川支店がまとめた, 東和電機関西支社によると: a branch speaks as its company does
  // (北川 is a surname to IPADIC: the head word, not the name, says what it is).
  支店: ['source'],
  支社: ['source'],
  本店: ['source'],
  営業所: ['source'],
  // 青葉市立博物館は…と発表した, 港北動物園が調べたところ, 白樺美術館によると: an institution that acts
  // is the body that runs it. Only a source's phrase: as a name it stays a place in the gold convention
  // (place-suffixes.ts, facility), and 博物館で (where) is never read as a party.
  博物館: ['source'],
  美術館: ['source'],
  動物園: ['source'],
  植物園: ['source'],
  // ひかり台動物公園は…結果をまとめた: a zoo or botanical garden named as a park runs as one (a park
  // alone, 中央公園, does not speak).
  動物公園: ['source'],
  植物公園: ['source'],
  水族館: ['source'],
  図書館: ['source'],
  科学館: ['source'],
  資料館: ['source'],
  記念館: ['source'],
  旅館: ['source'],
  ホテル: ['source'],
  酒造: ['source', 'trade'],
  工房: ['source'],
  農園: ['source'],
  牧場: ['source'],
  蔵元: ['source'],
  メーカー: ['source'],
  // 与党の作業部会, 有識者会議, 審議会: panels that draft a plan or a report.
  部会: ['source'],
  審議会: ['source'],
  分科会: ['source'],
  懇談会: ['source'],
  有識者会議: ['source'],
  専門家会議: ['source'],
  検討会議: ['source'],
  // FUKUOKA Smart EAST推進コンソーシアム, 〜推進協議会: a consortium of companies.
  コンソーシアム: ['entity'],
  // 菱和化成, 志摩実業, 中央青果, 三ツ星通運, 瑞光海運, 紀光書店, 光映配給, 西海日報: lines of business
  // that end an invented firm's name in the entity rules only (trade-names.ts); the sources never read them.
  化成: ['trade'],
  実業: ['trade'],
  青果: ['trade'],
  通運: ['trade'],
  海運: ['trade'],
  汽船: ['trade'],
  興業: ['trade'],
  製紙: ['trade'],
  乳業: ['trade'],
  製菓: ['trade'],
  書店: ['trade'],
  配給: ['trade'],
  日報: ['trade'],
  新報: ['trade'],
  時報: ['trade'],
  // 紫苑文化振興会, 北浜観光振興会: an association named for what it promotes.
  振興会: ['trade'],
});

/** Heads that make a source an organisation: 研究所, 銀行, 自動車, 各社. */
export const SOURCE_ORGANIZATION_HEADS: readonly string[] = wordsWhere(ORGANIZATION_HEADS, (r) => r.includes('source'));

/** Heads that end an organisation's name in the entity rules: 機関, 基金, 大使館, 役場. */
export const ENTITY_ORGANIZATION_HEADS: readonly string[] = wordsWhere(ORGANIZATION_HEADS, (r) => r.includes('entity'));

/** Heads that make a source an organisation only as IPADIC's suffix word: 院 of 監察医務院, not of 入院. */
export const SUFFIX_ORGANIZATION_HEADS: ReadonlySet<string> = new Set(
  wordsWhere(ORGANIZATION_HEADS, (r) => r.includes('suffix')),
);

/** Lines of business that end an invented firm's name: 証券 of 北斗証券, 化成 of 菱和化成. */
export const TRADE_HEADS: readonly string[] = wordsWhere(ORGANIZATION_HEADS, (r) => r.includes('trade'));
