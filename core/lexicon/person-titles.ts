/**
 * Titles and honorifics after a person's name, in one table: what each does for the modules that read
 * it. Sources type a name phrase by its head (セルゲイ・ショイグ議長 → person, 欧米の当局者 → anonymous);
 * the entity rules mark the name before a title and leave the title out (gold convention:
 * 「プーチン大統領」 → プーチン).
 */
import { KINSHIP_TERMS } from './kinship';
import { type WordTable, wordsWhere, wordTable } from './word-table';

/**
 * What a title does:
 * - `source`: a source's name phrase ending in it is a person (「李成権議員は」, 「担当者によると」);
 * - `generic`: a source title held by many people, so without a name the source is anonymous (担当者);
 * - `name`: in running text it follows a person's name and marks it (「岸田首相」 → 岸田);
 * - `nameOnly`: it follows nothing but a personal name, so even a plain dictionary word before it is a
 *   name (「厚子内親王」: 厚子 is 名詞,一般 in IPADIC; 「昭和天皇」);
 * - `category`: it also follows the field or kind a person is, naming nobody (「ラグビー選手」,
 *   「エース投手」, 「ベテラン捕手」);
 * - `outside`: a trade that comments on others from outside (アナリスト, エコノミスト): the firm named
 *   before it (みなと証券の北川アナリスト) is not the company 同社 goes on about.
 * The two readers keep their own words (広報 and 記者 make a source a person but mark no name in
 * running text; 外相 and ちゃん mark a name while the sources match 相 and leave ちゃん out) because
 * both were tuned on their own: one list for both changes what the analyser finds.
 */
export type TitleRole = 'source' | 'generic' | 'name' | 'nameOnly' | 'category' | 'outside';

/** Every title and honorific, with its roles. */
export const TITLES: WordTable<readonly TitleRole[]> = wordTable<readonly TitleRole[]>({
  氏: ['source', 'name', 'nameOnly'],
  さん: ['source', 'name', 'nameOnly'],
  様: ['source', 'name', 'nameOnly'],
  議長: ['source', 'name'],
  議員: ['source', 'name'],
  社長: ['source', 'name'],
  会長: ['source', 'name'],
  副社長: ['source', 'name'],
  専務: ['source'],
  部長: ['source', 'name'],
  課長: ['source', 'name'],
  局長: ['source', 'name'],
  理事長: ['source'],
  代表: ['source', 'name', 'category'],
  大統領: ['source', 'name'],
  首相: ['source', 'name'],
  総理: ['source', 'name'],
  大臣: ['source', 'name'],
  相: ['source', 'name'],
  長官: ['source', 'name'],
  知事: ['source', 'name'],
  市長: ['source', 'name'],
  町長: ['source', 'name'],
  村長: ['source', 'name'],
  区長: ['source', 'name'],
  委員長: ['source', 'name'],
  幹事長: ['source', 'name'],
  報道官: ['source', 'name'],
  大使: ['source', 'name'],
  教授: ['source', 'name'],
  准教授: ['source', 'name'],
  博士: ['source'],
  弁護士: ['source', 'generic'],
  アナリスト: ['source', 'generic', 'outside'],
  エコノミスト: ['source', 'generic', 'outside'],
  // 国内運用会社のファンドマネジャー: trades named by a loanword, whose head no kanji suffix marks as a
  // person (the 会社 before it would make the phrase a company).
  マネジャー: ['source', 'generic', 'outside'],
  マネージャー: ['source', 'generic', 'outside'],
  ストラテジスト: ['source', 'generic', 'outside'],
  トレーダー: ['source', 'generic', 'outside'],
  ディーラー: ['source', 'generic', 'outside'],
  コンサルタント: ['source', 'generic', 'outside'],
  ジャーナリスト: ['source', 'generic', 'outside'],
  アドバイザー: ['source', 'generic', 'outside'],
  研究員: ['source', 'generic', 'outside'],
  所長: ['source'],
  院長: ['source'],
  署長: ['source'],
  司令官: ['source', 'name'],
  指導者: ['source', 'generic'],
  選手: ['source', 'generic', 'name', 'category'],
  監督: ['source', 'name', 'category'],
  容疑者: ['source', 'generic', 'name'],
  被告: ['source', 'generic', 'name'],
  記者: ['source', 'generic'],
  主席: ['source', 'name'],
  国家主席: ['source', 'name'],
  書記長: ['source', 'name'],
  総書記: ['source', 'name'],
  首席: ['source', 'name'],
  次官: ['source', 'name'],
  官房長官: ['source', 'name'],
  審議官: ['source'],
  支局長: ['source'],
  編集長: ['source'],
  店長: ['source'],
  園長: ['source'],
  校長: ['source'],
  総裁: ['source', 'name'],
  総長: ['source'],
  学長: ['source'],
  医師: ['source', 'generic'],
  // 進路指導担当の教諭, 保育士: professions whose last kanji names no person (教員 ends in IPADIC's 員)
  教諭: ['source', 'generic'],
  教師: ['source', 'generic'],
  講師: ['source', 'generic'],
  看護師: ['source', 'generic'],
  保育士: ['source', 'generic'],
  薬剤師: ['source', 'generic'],
  作家: ['source', 'generic'],
  著者: ['source'],
  担当者: ['source', 'generic'],
  // 北浜漁協の山口組合長, （山口組合長）: the head of a co-operative, after the name IPADIC gives as a person's.
  組合長: ['source', 'name'],
  団長: ['source'],
  隊長: ['source'],
  館長: ['source'],
  船長: ['source'],
  市議: ['source'],
  県議: ['source'],
  町議: ['source'],
  都議: ['source'],
  副大臣: ['source'],
  政務官: ['source'],
  顧問: ['source'],
  会頭: ['source'],
  頭取: ['source'],
  取締役: ['source'],
  執行役員: ['source'],
  創業者: ['source'],
  創設者: ['source'],
  広報: ['source', 'generic'],
  責任者: ['source', 'generic'],
  広報担当者: ['source', 'generic'],
  CEO: ['source', 'name'],
  ＣＥＯ: ['source'],
  // 北川真一CFO（最高財務責任者）, 森田ＣＯＯ: the other chief officers follow a name as CEO does.
  CFO: ['name'],
  COO: ['name'],
  CTO: ['name'],
  ＣＦＯ: ['name'],
  ＣＯＯ: ['name'],
  ＣＴＯ: ['name'],
  君: ['name'],
  ちゃん: ['name', 'nameOnly'],
  副大統領: ['name'],
  外相: ['name'],
  国防相: ['name'],
  財務相: ['name'],
  防衛相: ['name'],
  党首: ['name'],
  氏ら: ['name'],
  元首相: ['name'],
  前首相: ['name'],
  元大統領: ['name'],
  前大統領: ['name'],
  将軍: ['name'],
  事務総長: ['name'],
  最高経営責任者: ['name'],
  最高指導者: ['name'],
  国王: ['name'],
  内親王: ['name', 'nameOnly'],
  親王: ['name', 'nameOnly'],
  補佐官: ['name'],
  // 「三輪和弘投手コーチ」「田中主将」: a team's roles follow a name as a title does.
  コーチ: ['name', 'category'],
  投手: ['name', 'category'],
  捕手: ['name', 'category'],
  主将: ['name', 'category'],
  騎手: ['name', 'category'],
  天皇: ['nameOnly'],
  女王: ['nameOnly'],
});

const withRole = (role: TitleRole) => wordsWhere(TITLES, (roles) => roles.includes(role));

/** Titles that make a source's name phrase a person: 議長, 議員, 社長, 氏, 担当者. */
export const SOURCE_TITLES: readonly string[] = withRole('source');

/** Source titles held by many people: without a name the source is anonymous (担当者, アナリスト). */
export const GENERIC_TITLES: ReadonlySet<string> = new Set(withRole('generic'));

/** Trades that comment from outside (アナリスト, エコノミスト): their firm is named in passing. */
export const OUTSIDE_TITLES: readonly string[] = withRole('outside');

/** Titles that follow a person's name in running text and are not part of it: 「プーチン大統領」. */
export const NAME_TITLES: ReadonlySet<string> = new Set(withRole('name'));

/** Titles that follow nothing but a personal name: 「厚子内親王」, 「昭和天皇」. */
export const NAME_ONLY_TITLES: ReadonlySet<string> = new Set(withRole('nameOnly'));

/** Titles that also follow a field or a kind of person: 「ラグビー選手」, 「エース投手」 name nobody. */
export const CATEGORY_TITLES: ReadonlySet<string> = new Set(withRole('category'));

/**
 * Heads of anonymous sources; the qualifiers before them are kept (欧米の当局者, 捜査関係者). People the
 * article does not name are known by their role, their place or their kin: 店の従業員, 近所の人, 妻.
 */
export const ANONYMOUS_HEADS: readonly string[] = [
  ...KINSHIP_TERMS,
  // 一緒にいた友人, 男性の知人, 職場の同僚: a person known by whom they are close to, as kin are
  ...['友人', '知人', '友達', '同僚', '同級生'],
  // 近所の人, 地元の人: a person known by where they live (法人, 日本人 end in 人 but not in の人)
  'の人',
  '店員',
  '客',
  '住人',
  '通行人',
  '漁師',
  // 小児科医, 耳鼻咽喉科医, 歯科医: a doctor known by the specialty (医 alone is no word here)
  '科医',
  '高校生',
  '中学生',
  '小学生',
  '飼い主',
  '町民',
  '村民',
  '県民',
  '都民',
  '府民',
  '区民',
  'スタッフ',
  'ボランティア',
  '当局者',
  '関係者',
  '消息筋',
  '筋',
  '高官',
  '幹部',
  '情報筋',
  '専門家',
  '目撃者',
  '住民',
  '複数の',
  '男性',
  '女性',
  '男',
  '女',
  '市民',
  '社員',
  '職員',
  '従業員',
  '学生',
  '遺族',
  '患者',
  '被害者',
  '家族',
  '母親',
  '父親',
  '農家',
  '店主',
  '支持者',
  '参加者',
  '出席者',
  '外交筋',
  '軍事筋',
  '政府筋',
];

/**
 * People counted as casualties, who are what a report counts and never who reports it: 実際の死者は
 * 300人を上回る可能性があると述べた is said by whoever said it, not by 死者. (A named or described
 * victim who speaks is 被害者 or 患者, kept among the anonymous heads.)
 */
export const CASUALTY_HEADS: readonly string[] = [
  '死者',
  '死亡者',
  '死傷者',
  '犠牲者',
  '負傷者',
  '重傷者',
  '軽傷者',
  '重症者',
  '感染者',
  '陽性者',
  '行方不明者',
  '不明者',
  'けが人',
  '遺体',
];

/**
 * IPADIC's suffix words (名詞,接尾) that make the noun before them a person: 利用者, 保護者, 会社員,
 * 作業員, 専門家, 投資家, 運転手, 外交官, 報道官. A source's name ending in one is an anonymous person — an open
 * class no list of whole words could cover (法人 and 個人 are whole words, no suffix).
 */
export const PERSON_SUFFIXES: ReadonlySet<string> = new Set(['者', '員', '家', '手', '官']);

/**
 * Anonymous heads that name someone by the part they play in telling (関係者, 当局者, 政府筋, 幹部): unlike
 * a group of people a count may measure (観客, 利用者, 住民), they speak even before an amount
 * (関係者は約100人と明かした).
 */
export const TELLING_ROLE_HEADS: readonly string[] = ['当局者', '関係者', '筋', '高官', '幹部', '専門家'];
