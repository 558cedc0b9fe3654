/**
 * Words that tell what kind of party a source is, matched at the end (head) of its name phrase:
 * 戦略国際問題研究所 → organization, 財務省 → government, 平壌の国営メディア → media.
 * People and anonymous sources are in person-titles.ts, organisations in organization-heads.ts.
 */
import { DIGIT } from '../text/script';
import type { SourceType } from '../types';
import { type WordTable, wordTable } from './word-table';

/** Government bodies: 財務省, 気象庁, 国家情報院, 政府. */
export const GOVERNMENT_HEADS: readonly string[] = [
  '政府',
  '省',
  '庁',
  '府',
  '当局',
  '情報機関',
  '情報院',
  '委員会',
  // 公取委, 規制委, 県公安委: a commission, shortened (教委: 県教委, 市教委, a board of education)
  '委',
  '教委',
  // 県選管, 市選管: an election board (選挙管理委員会), shortened
  '選管',
  '局',
  '県',
  '市',
  '町',
  '村',
  '区',
  '都',
  '警察',
  '警視庁',
  '県警',
  '府警',
  '道警',
  '署',
  // 北辰保健所, 県中央保健所: a public health centre is the prefecture's or the city's office.
  '保健所',
  '国会',
  '議会',
  '軍',
  '国防総省',
  'ホワイトハウス',
  'クレムリン',
  '国務省',
  '本部',
  '司令部',
  '参謀本部',
  '対策本部',
  '気象台',
  '自衛隊',
  '消防',
  '保安庁',
  // 下田海上保安部, 第三管区海上保安本部の下の海上保安署: the coast guard's local offices (海上保安 + 部, which
  // no department rule reads: 海上保安 names no body of its own).
  '保安部',
  '保安署',
  '税関',
  '大使館',
  '領事館',
  '裁判所',
  // 東京地裁, 札幌高裁, 最高裁: a court by its short name, as 地検 is the prosecutors'
  '地裁',
  '高裁',
  '家裁',
  '簡裁',
  '最高裁',
  '地検',
  '検察',
];

/**
 * Titles of a judge on the bench (山内理恵裁判長, 佐藤裁判官): an order the judge gives from it is the
 * court's ruling (sources/bench.ts).
 */
export const JUDGE_TITLES: readonly string[] = ['裁判長', '裁判官', '判事'];

/** Heads of a court's name: 東和地裁, 北山地裁東和支部, 最高裁判所 (sources/bench.ts). */
export const COURT_HEADS: readonly string[] = ['裁判所', '地裁', '高裁', '家裁', '簡裁', '最高裁', '支部'];

/**
 * Heads of armed forces' names (ロシア軍, 国軍, 空挺部隊): whom an army sends or fires is an observer's
 * estimate, not an authority's account of its own act (sources/official-acts.ts).
 */
export const ARMED_FORCE_HEADS: readonly string[] = ['軍', '部隊'];

/**
 * Units inside a body: 県警交通企画課, 市観光課, 本部広報班. A name ending in one is of the kind of the
 * body written before it (県警 → government); on its own it names no one.
 */
export const SUB_UNITS: readonly string[] = ['課', '係', '班', '室'];

/**
 * Words before a suffix 部 that make it a part of an area, not a department: 市中心部, 県沿岸部,
 * 山間部 — where 県農政部, 市健康福祉部 are departments of the body before them (sources/source-type.ts).
 */
export const AREA_PART_STEMS: ReadonlySet<string> = new Set([
  '中心',
  '中央',
  '周辺',
  '沿岸',
  '山間',
  '都市',
  '都心',
  '市街',
  '臨海',
  '内陸',
  '平野',
  '先端',
]);

/**
 * What names a party by its side in a negotiation, a dispute or a trial, with 側 after it: 経営側は月1万円
 * を提示した, 使用者側は「…」と述べた, 原告側によると. Alone these words name an activity or a role
 * (経営, 運営); with 側 they speak as one party, like 会社側 and 組合側 (whose stems are bodies anyway,
 * as 検察側 is the prosecutors' government body).
 */
export const SIDE_STEMS: ReadonlySet<string> = new Set([
  '経営',
  '使用者',
  '雇用者',
  '労働者',
  '労働',
  '従業員',
  '原告',
  '被告',
  '弁護',
  '遺族',
  '運営',
  '主催者',
  '学校',
  '病院',
  '大学',
  '球団',
  '選手',
  '住民',
  '事業者',
  '売り手',
  '買い手',
  '被害者',
  '加害者',
]);

/** Media: outlets and wire services (CNN, AFP, 共同通信, 国営メディア, 同紙). */
export const MEDIA_NAMES: readonly string[] = [
  'CNN',
  'ＣＮＮ',
  'AFP',
  'ＡＦＰ',
  'ロイター',
  'AP',
  'ＡＰ',
  'BBC',
  'ＢＢＣ',
  'NHK',
  'ＮＨＫ',
  '共同',
  '時事',
  '新華社',
  '聯合ニュース',
  '連合ニュース',
  'タス',
  'ブルームバーグ',
  'ニューヨーク・タイムズ',
  'ウォール・ストリート・ジャーナル',
  'ワシントン・ポスト',
  'メディア',
  '新聞',
  // 「…支持率32%　東京民報世論調査」: a paper named by its own ending word, as 新聞 names one.
  '新報',
  '日報',
  '民報',
  '通信',
  'テレビ',
  '紙',
  '誌',
  '放送',
  'タイムズ',
  'ポスト',
  'ジャーナル',
];

/**
 * Words that end a newspaper's name (毎朝新聞, 東和新報, 北辰日報, 港タイムズ): with them, a first word
 * IPADIC reads as an ordinary adverbial noun (毎朝) is still part of the paper's name.
 */
export const PAPER_NAME_ENDS: readonly string[] = ['新聞', '新報', '日報', '民報', 'タイムズ'];

/**
 * Heads of a research team named by whom it belongs to (東和大学などのチーム, 山田教授らの研究グループ):
 * a body that exists in a story only through its study, so what it did (…を追跡した) is the study's.
 */
export const RESEARCH_TEAM_HEADS: readonly string[] = ['チーム', '研究チーム', 'グループ', '研究グループ', '研究班'];

/**
 * What a research team's owner ends with when the team is named without the word 研究 (東和大チーム,
 * 北山医科大学グループ, 東和先端研究所チーム): a university or an institute. 日本代表チーム plays and
 * 東和電機グループ trades — their figures are no study's (sources/headline.ts).
 */
export const RESEARCH_BODY_TAILS: readonly string[] = ['大', '大学', '研究所', '研究機構', '研究センター', '研究院'];

/**
 * What marks an outlet as a broadcaster, whom 同局 points back to (米CBSテレビは…と伝えた。同局によると…):
 * テレビ, 放送, TV in its name, or a broadcaster known by its letters.
 */
/**
 * The outlet's words for itself: 「本社の集計では、…1万2千戸だった」 is the outlet's own count, so a
 * headline figure the body gives it stays the outlet's summary (sources/headline-echo.ts).
 */
export const OUTLET_SELF_NAMES: ReadonlySet<string> = new Set(['本社', '本紙', '本誌', '小社', '編集部']);

/**
 * A university's short name as one word after its own (北陸|短大, 東和|工大, 南海|女子大): with 大 as a
 * suffix word (東都|大, 北陸医科|大) they sign a headline as the university (sources/headline.ts).
 */
export const UNIVERSITY_SHORT_WORDS: ReadonlySet<string> = new Set(['短大', '医大', '工大', '外大', '芸大', '女子大']);

/** A university's name as written whole or short (東和大学, 東和大): what 同大 points back to, and a team's owner. */
export const UNIVERSITY_END = /大学?$/;

// 民放 (a commercial broadcaster) and チャンネル name one too: 同国の民放ノースネット, 北海チャンネル; so does
// ラジオ (地元ラジオ局「ラジオ・ノルテ」).
export const BROADCASTER = /テレビ|ラジオ|放送|民放|チャンネル|[TＴ][VＶ]|CNN|ＣＮＮ|BBC|ＢＢＣ|NHK|ＮＨＫ/;

/**
 * What a kind of outlet before a bracketed name says it is: 地元テレビ局「カナル・ドス」, 地元ラジオ局の
 * 「ラジオ・ノルテ」 — a broadcaster, whose name is in the brackets (a 局 alone may be a bureau).
 */
export const BROADCASTER_KIND = /(?:テレビ|ラジオ|放送)局?$/;

/** Anaphora: 同氏 etc. and the kind of antecedent each refers back to. */
export const ANAPHORA: WordTable<SourceType> = wordTable<SourceType>({
  同氏: 'person',
  同社: 'organization',
  同省: 'government',
  同庁: 'government',
  同局: 'government',
  // 同府: the cabinet office or a prefecture named before (内閣府は…。同府によると, 大阪府 …。同府は).
  同府: 'government',
  同紙: 'media',
  同誌: 'media',
  // 同通信 / 同通信社: the news agency named before (東洋通信は…と報じた。同通信によると…).
  同通信: 'media',
  同通信社: 'media',
  同局長: 'person',
  同当局: 'government',
  同研究所: 'organization',
  同機構: 'organization',
  同党: 'organization',
  // 同店, 同館: the shop or inn a feature story is about
  同店: 'organization',
  同館: 'organization',
  同大: 'organization',
  同委員会: 'government',
  // 同会: a society or council named in full before (日本園芸会 …。同会によると)
  同会: 'organization',
  同グループ: 'organization',
  // 同行: the bank named before (北辰銀行は…。同行によると); as a verb (首相に同行した) it names no one.
  同行: 'organization',
  // 同中銀: the central bank named before, whole or short (ミルナ中央銀行は…。同中銀の発表によると…).
  同中銀: 'organization',
  // 会社は / 会社によりますと: a broadcaster's word for the company its story named (西町鉄道は…。会社は…),
  // only as the whole phrase (子会社, 運営会社 are other companies).
  会社: 'organization',
  // 市は / 県によると / 署は / 町の試算では: a local news story's word for the city, prefecture, town, village or
  // police station it named (北川市は…。市は…, 北山市は…。市の試算でも, 東和署は…。署によると), only as the whole
  // phrase (都市, 市場, 県警, 警察署 are others).
  市: 'government',
  県: 'government',
  町: 'government',
  村: 'government',
  署: 'government',
});

/**
 * 同館: a hall, museum or inn points back first to the nearest body or site named with its head
 * (北浜自然史博物館（…）の山田学芸員らの研究チームは…。同館によると → the museum, not the team), and only
 * with none to the party the story is about (its ANAPHORA type).
 */
export const HEAD_FIRST_ANAPHORS: ReadonlySet<string> = new Set(['同館']);

/**
 * Anaphors that point back only as the whole phrase: 会社 (not 子会社, 親会社, 運営会社), 市, 県, 町, 村, 署. With
 * nothing named before that they can mean, they stay the word written.
 */
export const WHOLE_PHRASE_ANAPHORS: ReadonlySet<string> = new Set(['会社', '市', '県', '町', '村', '署']);

/** Of those, the words for a local body (市, 県, 町, 村, 署): they point back only to a name with that head. */
export const LOCAL_BODY_ANAPHORS: ReadonlySet<string> = new Set(['市', '県', '町', '村', '署']);

/**
 * Heads that, written alone (国は, 政府は), mean more than the one body named before with that head
 * (韓国, 北山政府): 国 the state, 道 / 都 / 府 their governments, 政府 and 当局 of whichever country; 警察,
 * 社 and 会 alike stand for more than one body. sources/anaphora.ts's bareHead leaves them as written.
 */
export const BARE_HEADS_WITH_OWN_MEANING: readonly string[] = [
  '国',
  '道',
  '都',
  '府',
  '政府',
  '当局',
  '警察',
  '社',
  '会',
];

/**
 * Heads of bodies that are no company and have an anaphor of their own (同センター, 同協会, 同大): 同社 does
 * not point back to a name ending in one (北海道に建設するデータセンターは…。同社によると → the company).
 */
export const NON_COMPANY_HEADS: readonly string[] = [
  'センター',
  '協会',
  '協議会',
  '学会',
  '大学',
  '病院',
  '団体',
  '連盟',
  '組合',
  '財団',
  '機関',
  '事務所',
  '研究所',
  '機構',
  '委員会',
  // 東京地裁は…命じた。これに対し同社側は…: courts and prosecutors are no company.
  '裁判所',
  '地裁',
  '高裁',
  '家裁',
  '簡裁',
  '地検',
  '高検',
];

/**
 * 大手4社 / 三社: a count of companies, not one body — what a survey tallies, never one setter of a
 * value or one planner (plans.ts, set-values.ts).
 */
export const COUNTED_BODIES = new RegExp(`[${DIGIT}一二三四五六七八九十]社`);

/**
 * What a number before a party's head may count and the phrase still speak as one: 大手3社, 与野党5党,
 * 県内の12自治体, 3カ国. Any other counted head is a tally, no party (全国の約800店, 傘下の12校, 国内の5工場):
 * nothing a source says is its, and 同社 never points back to it (sources/source-type.ts).
 */
export const PARTY_COUNTERS: readonly string[] = [
  '社',
  '団体',
  '党',
  '政党',
  '会派',
  '陣営',
  '組合',
  '機関',
  '自治体',
  '市町村',
  '国',
  'カ国',
  'か国',
  'ヵ国',
  'ヶ国',
  '行',
  'グループ',
];

/**
 * Authorities that investigate incidents: the owner of a bare 「調べによりますと」 in crime and
 * accident reports is the last of these the article names (警察に通報があった。…調べによりますと…).
 */
export const INVESTIGATORS: readonly string[] = [
  '警察',
  '県警',
  '府警',
  '道警',
  '警視庁',
  '警察署',
  '署',
  '捜査本部',
  '地検',
  '検察',
  '消防',
  '消防局',
  '消防本部',
  '海上保安部',
  '海上保安庁',
  '労働基準監督署',
];

/** Wire services and outlets that appear in datelines and credits: 【ワシントン＝共同】, (c)AFP. */
export const WIRE_SERVICES: readonly string[] = [
  '共同',
  '共同通信',
  '時事',
  '時事通信',
  'AFP',
  'ＡＦＰ',
  'AFPBB News',
  'ロイター',
  'Reuters',
  'AP',
  'ＡＰ',
  '新華社',
  '聯合',
  '聯合ニュース',
  'CNN',
  'ＣＮＮ',
  'Bloomberg',
  'ブルームバーグ',
  'EPA',
  'dpa',
  'NHK',
];

/**
 * Suffixes of time that IPADIC writes after a noun (名詞,接尾,副詞可能): 「レース後は唇をかんだ」,
 * 「試合後は」, 「会見中は」. A phrase one of them ends says when, never who: it is no party.
 */
export const TIME_SUFFIXES: ReadonlySet<string> = new Set([
  '後',
  '前',
  '中',
  '時',
  '直後',
  '直前',
  '以降',
  '以来',
  'ごろ',
  '頃',
]);

/**
 * Suffixes that make a side or a group of the words before them (被告側, 原告側, 調査団, 弁護団, 賛成派, 候補陣営):
 * a party, so as a topic set apart by a comma (被告側は、会社が…と主張した) it keeps its words, where an event
 * (大統領選は、選管が…) gives them to the body after it.
 */
export const PARTY_SUFFIXES: ReadonlySet<string> = new Set(['側', '団', '派', '陣営']);
