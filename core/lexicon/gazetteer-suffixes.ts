import type { EntityType } from '../types';

/**
 * Words that follow a name and say what it names. Titles are not part of the name (gold convention:
 * 「プーチン大統領」 → プーチン); organisation and place suffixes are (「防衛省」, 「ボルノ州」).
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  '氏', 'さん', '様', '君', 'ちゃん', '首相', '大統領', '副大統領', '議長', '議員', '社長', '会長', '副社長', '総裁', '総書記',
  '書記長', '主席', '国家主席', '長官', '大臣', '外相', '国防相', '財務相', '防衛相', '官房長官', '知事', '市長', '町長', '村長',
  '区長', '委員長', '代表', '党首', '幹事長', '教授', '准教授', '被告', '容疑者', '選手', '監督', '氏ら', '元首相', '前首相',
  '元大統領', '前大統領', '報道官', '司令官', '将軍', '大使', '事務総長', '最高経営責任者', 'CEO', '最高指導者', '国王', '首席', '内親王', '親王', '局長', '部長', '課長', '次官', '総理', '補佐官',
]);

/** Suffixes that end an organisation's name: 「近畿財務局」, 「立憲民主党」, 「成城大学」. */
export const ORGANIZATION_SUFFIXES: readonly string[] = [
  '省', '庁', '局', '院', '委員会', '党', '社', '銀行', '大学', '軍', '研究所', '機構', '協会', '連盟', '学園', '財団',
  '会議', '通信', '新聞', '地検', '地裁', '高裁', '警察', '署', '組合', '株式会社', 'ホールディングス', 'グループ', '工業',
  '製作所', '商事', '証券', '放送', 'テレビ', '高校', '中学校', '小学校', '病院', '情報機関',
];

/** Suffixes that name an organisation on their own authority even after plain words: 「戦略国際問題研究所」. */
export const STRONG_ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set(['省', '庁', '局', '研究所', '委員会', '機構', '地検', '地裁']);

/** Suffixes that end a place name: 「クルスク州」, 「千代田区」. */
export const PLACE_SUFFIXES: readonly string[] = ['州', '県', '市', '区', '町', '村', '郡', '都', '府', '省'];

/** Words before a suffix that make the whole generic, not a name: 「同社」, 「本省」, 「各党」, 「与党」. */
export const GENERIC_PREFIXES: ReadonlySet<string> = new Set([
  '同', '当', '本', '各', '自', '他', '両', '与', '野', '全', '新', '旧', '前', '元', '一', '某', '貴', '弊', '我が',
  '政府', '地元', '外国', '海外', '国内', '民間', '地方', '関係', '政権', '首脳', '主要', '大手', '子', '親', '同国',
]);

/** Capital-letter words that are not organisations: 「GDP」, 「AI」. */
export const ACRONYM_STOPWORDS: ReadonlySet<string> = new Set([
  'GDP', 'AI', 'IT', 'PC', 'SNS', 'DX', 'CEO', 'CFO', 'COO', 'OS', 'TV', 'PR', 'DNA', 'RNA', 'PCR', 'GPS', 'LED', 'USB',
  'CPU', 'GPU', 'EV', 'ICT', 'IoT', 'URL', 'PDF', 'ID', 'OK', 'NG', 'Q', 'A', 'QA', 'FAQ', 'VS', 'NO', 'TOP', 'ETF', 'M', 'G',
  'LNG', 'CO', 'PM', 'AM', 'UFO', 'VR', 'AR', 'WEB', 'APP', 'API', 'SDGs', 'ESG', 'IPO', 'M&A', 'BMI', 'MVP', 'PK',
]);
