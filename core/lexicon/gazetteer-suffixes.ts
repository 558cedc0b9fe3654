/**
 * Words that follow a name and say what it names. Titles are not part of the name (gold convention:
 * 「プーチン大統領」 → プーチン); organisation and place suffixes are (「防衛省」, 「ボルノ州」).
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  '氏',
  'さん',
  '様',
  '君',
  'ちゃん',
  '首相',
  '大統領',
  '副大統領',
  '議長',
  '議員',
  '社長',
  '会長',
  '副社長',
  '総裁',
  '総書記',
  '書記長',
  '主席',
  '国家主席',
  '長官',
  '大臣',
  '外相',
  '国防相',
  '財務相',
  '防衛相',
  '官房長官',
  '知事',
  '市長',
  '町長',
  '村長',
  '区長',
  '委員長',
  '代表',
  '党首',
  '幹事長',
  '教授',
  '准教授',
  '被告',
  '容疑者',
  '選手',
  '監督',
  '氏ら',
  '元首相',
  '前首相',
  '元大統領',
  '前大統領',
  '報道官',
  '司令官',
  '将軍',
  '大使',
  '事務総長',
  '最高経営責任者',
  'CEO',
  '最高指導者',
  '国王',
  '首席',
  '内親王',
  '親王',
  '局長',
  '部長',
  '課長',
  '次官',
  '総理',
  '補佐官',
]);

/**
 * Titles that follow nothing but a personal name, so even a word kuromoji knows as a plain noun
 * before them is a name: 「厚子内親王」 (厚子 is 名詞,一般 in IPADIC), 「昭和天皇」.
 */
export const NAME_ONLY_TITLES: ReadonlySet<string> = new Set([
  '氏',
  'さん',
  '様',
  'ちゃん',
  '内親王',
  '親王',
  '天皇',
  '女王',
]);

/** Suffixes that end an organisation's name: 「近畿財務局」, 「立憲民主党」, 「成城大学」. */
export const ORGANIZATION_SUFFIXES: readonly string[] = [
  '省',
  '庁',
  '局',
  '院',
  '委員会',
  '実行委員会',
  '議会',
  '市議会',
  '県議会',
  '区議会',
  '町議会',
  '村議会',
  '都議会',
  '府議会',
  '道議会',
  '党',
  '社',
  '銀行',
  '大学',
  '軍',
  '研究所',
  '機構',
  '協会',
  '連盟',
  '学園',
  '財団',
  '会議',
  '通信',
  '新聞',
  '地検',
  '地裁',
  '高裁',
  '警察',
  '署',
  '組合',
  '株式会社',
  'ホールディングス',
  'グループ',
  '工業',
  '製作所',
  '商事',
  '証券',
  '放送',
  'テレビ',
  '高校',
  '中学校',
  '小学校',
  '病院',
  '情報機関',
  // ロシア大統領府, 英首相府: the leader's office, not a prefecture like 大阪府.
  '大統領府',
  '首相府',
  // 神奈川県警, 大阪府警, 北海道警: a prefecture's police, not the prefecture.
  '県警',
  '府警',
  '道警',
  // 国防省の情報総局, 国家市場監督管理総局: a directorate-general; kuromoji reads 総局 as one word, so 局 misses it.
  '総局',
  // 都教委, 県教委, 市教委: short for 教育委員会, the board of education.
  '教委',
];

/**
 * Words that end an organisation's full name but are too plain to make one on their own (so they are no
 * suffix rule): 「世界保健機関」, 「国際通貨基金」, 「東洋商会」. A term ending in one is never taken for a
 * common noun.
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  '機関',
  '会社',
  '商会',
  '基金',
  '連合',
  '団体',
  '公社',
  '公団',
  '本部',
  '事務局',
  '事務所',
  'センター',
  '理事会',
  '評議会',
  '議会',
  '裁判所',
  '法人',
  // 米大使館, 在日中国総領事館, 大阪市役所: an embassy or a city hall is the body that works there.
  '大使館',
  '領事館',
  '役所',
  '市役所',
  '区役所',
  '役場',
  // FUKUOKA Smart EAST推進コンソーシアム, 〜推進協議会: a consortium of companies.
  'コンソーシアム',
  '協議会',
];

/** Suffixes that name an organisation on their own authority even after plain words: 「戦略国際問題研究所」. */
export const STRONG_ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set([
  '省',
  '庁',
  '局',
  '研究所',
  '委員会',
  '機構',
  '地検',
  '地裁',
  '総局',
  '教委',
]);

/** Suffixes that end a place name: 「クルスク州」, 「千代田区」. */
export const PLACE_SUFFIXES: readonly string[] = ['州', '県', '市', '区', '町', '村', '郡'];

/** Facilities, places in the gold convention: 「上野動物園」, 「成田空港」, 「種子島宇宙センター」. */
export const FACILITY_SUFFIXES: readonly string[] = [
  '動物園',
  '水族館',
  '空港',
  '駅',
  '港',
  '公園',
  '神社',
  '寺',
  '城',
  '球場',
  '美術館',
  '博物館',
  '宇宙センター',
  '原発',
  // JR鹿児島本線, 東海道本線: a railway line is a place in the gold convention, like a station.
  '本線',
];

/**
 * Words that end an event's name: 「パリ五輪」, 「G7広島サミット」, and names joined by ・ like
 * 「大阪・関西万博」 (one expo, not the places 大阪 and 関西).
 */
export const EVENT_SUFFIXES: readonly string[] = [
  '万博',
  '博覧会',
  '五輪',
  'オリンピック',
  'パラリンピック',
  'サミット',
  'ワールドカップ',
  '映画祭',
];

/** Words before a suffix that make the whole generic, not a name: 「同社」, 「本省」, 「各党」, 「与党」. */
export const GENERIC_PREFIXES: ReadonlySet<string> = new Set([
  '同',
  '当',
  '本',
  '各',
  '自',
  '他',
  '両',
  '与',
  '野',
  '全',
  '新',
  '旧',
  '前',
  '元',
  '一',
  '某',
  '貴',
  '弊',
  '我が',
  '政府',
  '地元',
  '外国',
  '海外',
  '国内',
  '民間',
  '地方',
  '関係',
  '政権',
  '首脳',
  '主要',
  '大手',
  '子',
  '親',
  '同国',
]);

/** Capital-letter words that are not organisations: 「GDP」, 「AI」. */
/**
 * What follows capitals that name a model, not a body: 「MD-80」, 「BBR1」, 「AA型」, 「RT系」. The
 * acronym rule leaves such capitals alone (digits, hyphens and slashes are checked by character).
 */
export const MODEL_DESIGNATION_MARKS: ReadonlySet<string> = new Set(['型', '系', '形', '式', '号', '級', '版', '機']);

export const ACRONYM_STOPWORDS: ReadonlySet<string> = new Set([
  'GDP',
  'AI',
  'IT',
  'PC',
  'SNS',
  'DX',
  'CEO',
  'CFO',
  'COO',
  'OS',
  'TV',
  'PR',
  'DNA',
  'RNA',
  'PCR',
  'GPS',
  'LED',
  'USB',
  'CPU',
  'GPU',
  'EV',
  'ICT',
  'IoT',
  'URL',
  'PDF',
  'ID',
  'OK',
  'NG',
  'Q',
  'A',
  'QA',
  'FAQ',
  'VS',
  'NO',
  'TOP',
  'ETF',
  'M',
  'G',
  'LNG',
  'CO',
  'PM',
  'AM',
  'UFO',
  'VR',
  'AR',
  'WEB',
  'APP',
  'API',
  'SDGs',
  'ESG',
  'IPO',
  'M&A',
  'BMI',
  'MVP',
  'PK',
  // Media, parts and genres: 「DVD化」, 「LANケーブル」, 「RPG作品」.
  'CD',
  'DVD',
  'LP',
  'EP',
  'CM',
  'PV',
  'MV',
  'BGM',
  'CG',
  'DJ',
  'MC',
  'OVA',
  'RPG',
  'SF',
  'FM',
  'LAN',
  'IC',
  'LSI',
  'RFID',
  'CAD',
  'LCD',
  'HP',
  'IP',
  'SUV',
  'DOHC',
  'ATM',
  'MRI',
  'HIV',
  'NPO',
  'NGO',
  'MW',
  'KW',
]);

/**
 * Organisation suffixes that name a place after a bare proper name: 「浙江省」, 「湖南省」 are Chinese
 * provinces, while 「外務省」 and 「国防省」 have a plain word before 省.
 */
export const PROVINCE_SUFFIXES: ReadonlySet<string> = new Set(['省']);

/** Last characters of a prefecture's name: 東京都, 北海道, 大阪府, 千葉県. */
export const PREFECTURE_SUFFIXES: readonly string[] = ['都', '道', '府', '県'];

/**
 * Legal forms written before or after a company's name; the name without one is the same company:
 * 「沖縄クロス・ヘッド株式会社」 = 「沖縄クロス・ヘッド」, 「株式会社ニトリ」 = 「ニトリ」.
 */
export const CORPORATE_FORMS: readonly string[] = [
  '株式会社',
  '有限会社',
  '合同会社',
  '合資会社',
  '合名会社',
  '（株）',
  '(株)',
  '㈱',
  '（有）',
  '(有)',
  '㈲',
];
