import { COUNTRY_LETTERS } from '../lexicon/country-letters';
import { GENERIC_PREFIXES } from '../lexicon/generic-prefixes';
import { BUSINESS_KINDS, BUSINESS_LINES } from '../lexicon/kind-nouns';
import { MUNICIPAL_ORGAN_HEADS } from '../lexicon/municipal-organs';
import { SOURCE_ORGANIZATION_HEADS, SUFFIX_ORGANIZATION_HEADS } from '../lexicon/organization-heads';
import {
  ANONYMOUS_HEADS,
  CASUALTY_HEADS,
  GENERIC_TITLES,
  PERSON_SUFFIXES,
  SOURCE_TITLES,
} from '../lexicon/person-titles';
import { DOCUMENT_HEADS } from '../lexicon/report-nouns';
import {
  ANAPHORA,
  AREA_PART_STEMS,
  BROADCASTER_KIND,
  GOVERNMENT_HEADS,
  MEDIA_NAMES,
  PARTY_COUNTERS,
  SIDE_STEMS,
  SUB_UNITS,
} from '../lexicon/source-nouns';
import { SOURCE_SURNAME_READINGS } from '../lexicon/surname-readings';
import { alternation, WordIndex } from '../lexicon/word-table';
import { DIGIT, HIRAGANA, KANJI, KATAKANA, LATIN } from '../text/script';
import type { SourceType } from '../types';
import { anaphorOf } from './anaphora';
import type { NamePhrase } from './name-phrase';

// Heads match longest first, so 報道官 wins over 官 and 研究所 over 所.
const TITLES = WordIndex.of(SOURCE_TITLES);
const ANON = WordIndex.of(ANONYMOUS_HEADS);
const CASUALTIES = WordIndex.of(CASUALTY_HEADS);
const GOV = WordIndex.of(GOVERNMENT_HEADS);
const MEDIA = WordIndex.of(MEDIA_NAMES);
const DOCS = WordIndex.of(DOCUMENT_HEADS);
const ORGS = WordIndex.of(SOURCE_ORGANIZATION_HEADS);
const TRAILING = /(?:など|ら|側|自身)$/;
/** 日豪米の3カ国: countries named, then counted (their governments speak). */
export const COUNTED_COUNTRIES = new RegExp(`^[^の]+の[${DIGIT}一二三四五六七八九十]+[カかヵヶケ箇]国$`);
// 町村, 市町村, 都道府県 (each or all of them: 各市町村, 全市町村): two or more of a local body's one-letter
// heads together are the class of local bodies, none of them (12町村では…とした is the report's).
const MUNICIPAL_CLASS = new RegExp(`^(?:各|全|他の)?[${[...MUNICIPAL_ORGAN_HEADS].join('')}]{2,}$`);
const KATAKANA_NAME = new RegExp(`^[${KATAKANA}ー・]{3,}$`);
const KATAKANA_TAIL = new RegExp(`[${KATAKANA}][${KATAKANA}ー]+$`);
// 李成権: two to four kanji, a listed surname first, is a person.
const SHORT_KANJI_NAME = new RegExp(`^[${KANJI}]{2,4}$`, 'u');
const LATIN_NAME = new RegExp(`^[${LATIN}][${LATIN}${DIGIT}.&＆・ ]+$`);

// 米紙, 英誌: a paper or magazine by its country.
const COUNTRY_PAPER = new RegExp(`^[${COUNTRY_LETTERS.join('')}](?:紙|誌)`);

// 自動車大手ベルク: a kind of business (大手, メーカー, 企業) with a name after it, no の between.
const KIND_BEFORE_NAME = new RegExp(`${alternation(BUSINESS_KINDS)}[^の]{2,}$`);

// ゲームメーカーのソラノ・エンタテインメント, 配給のミズホシ・ピクチャーズ: a katakana or Latin name after
// the line of business it is in and の (not 作家のエマ・ロッシ, 米ホワイトハウスのジョン・スミス).
const LINE_BEFORE_NAME = new RegExp(`${alternation(BUSINESS_LINES)}の[${KATAKANA}ー・${LATIN}]{2,}$`);
// 家具メーカーの北辰クラフト, 農業法人の青葉ファーム: a kanji word and a katakana trade word IPADIC files as a
// common noun, after the line of business and の, name the firm (a bare 主力ストレージ names nothing).
// 新型チェア opens with a prefix that names no one (同, 新, 全: generic-prefixes.ts); 運送会社の配車管理システム
// ends in what the thing does (deedHead), no firm.
const ONE_CHAR_GENERIC = [...GENERIC_PREFIXES].filter((p) => p.length === 1).join('');
const LINE_BEFORE_MIXED_NAME = new RegExp(
  `${alternation(BUSINESS_LINES)}の(?![${ONE_CHAR_GENERIC}])[${KANJI}]{2,4}[${KATAKANA}ー]{2,}$`,
  'u',
);
// 旅行大手のひまわりトラベル, 食品メーカーのみなとフーズ: a name of hiragana then a katakana trade word after
// the line of business and の (not 開発のためのシステム: no の inside the name).
const LINE_BEFORE_KANA_NAME = new RegExp(
  `${alternation(BUSINESS_LINES)}の(?![^の]*の)[${HIRAGANA}]{2,}[${KATAKANA}][${KATAKANA}ー]+$`,
);
const COMMERCIAL_BROADCASTER = /(?:^|の)民放[^の]+$/;
const LINE_BRACKETED = new RegExp(`${alternation(BUSINESS_LINES)}の「[^「」]+」$`);

/**
 * 人材派遣大手のフジミ・スタッフ: a ・-joined name whose last part is no name with a title after it
 * (販売のジョン・スミス氏, 配給のマイク・ジョンソン社長 are people).
 */
function lineCompany(name: string): boolean {
  const named = name.slice(name.lastIndexOf('の') + 1);
  const last = named.slice(named.lastIndexOf('・') + 1);
  if (!named.includes('・') || /[氏さん様]$/.test(last)) return false;
  const title = endsWithAny(last, TITLES) ?? endsWithAny(last, ANON);
  return !title || title === last;
}

// 大手3社, 県内の12自治体: a count of parties that may speak as one.
const COUNTED_PARTY = new RegExp(`[${DIGIT}一二三四五六七八九十百千万]${alternation(PARTY_COUNTERS)}$`);

// 全国の約800店, 傘下の12校, 5工場: a number opening the phrase or after its の or 約 counts the head (in
// 捜査2課, 第1工場 it is part of a name); its digits may be grouped (全国のスーパー約1,000店).
const COUNTED_THINGS = new RegExp(
  `(?:^|の|約|計|およそ|延べ)[${DIGIT}一二三四五六七八九十百千万]+(?:[,，][${DIGIT}]{3})*[^${DIGIT},，]{1,4}$`,
);

// 男性の1人, 保護者のひとり: people counted.
const COUNTED_PEOPLE = /(?:[人名]|ひとり)$/;

const BRACKETED_NAME = /^(.+?)「[^「」]+」$/;
// 男性の1人 / 保護者の一人 / 選手のひとり
const ONE_OF = /^(.+?)の(?:うちの)?(?:[1１一]人|ひとり)$/;

/** A word that names people by their role or kin: 男性, 保護者, 選手, 店の従業員. */
function isPersonWord(s: string): boolean {
  const title = endsWithAny(s, TITLES);
  return !!((title && GENERIC_TITLES.has(title)) || endsWithAny(s, ANON) || PERSON_SUFFIXES.has(s.at(-1) ?? ''));
}

/** 実際の死者, 負傷者: people counted as casualties, who are what is counted and report nothing. */
export function isCasualty(name: string): boolean {
  return !!endsWithAny(headOf(name), CASUALTIES);
}

/** The head of a name phrase without a trailing など/ら: JAXAなど → JAXA. */
function headOf(name: string): string {
  return name.replace(TRAILING, '');
}

const endsWithAny = (s: string, heads: WordIndex) => heads.longestSuffixOf(s);
const containsAny = (s: string, heads: readonly string[]) => heads.find((h) => s.includes(h));
// Many phrases recur in an article (政府は…政府は…): type each once.
const cache = new Map<string, Map<number | string, SourceType | null>>();

/**
 * What kind of party a name phrase is: セルゲイ・ショイグ議長 → person, 欧米の当局者 → anonymous,
 * 戦略国際問題研究所(CSIS) → organization, 平壌の国営メディア → media, 報告書 → document.
 * Returns null when the phrase does not look like a source at all (乗客は…, 負担軽減額は…).
 */
export function sourceTypeOf(
  phrase: Pick<
    NamePhrase,
    | 'text'
    | 'hasPerson'
    | 'hasProper'
    | 'headName'
    | 'headPlace'
    | 'measure'
    | 'plainHead'
    | 'deedHead'
    | 'headSuffix'
    | 'described'
    | 'groupCompany'
  >,
): SourceType | null {
  // Keyed by the text, then by what else typeOf reads (a number, or with a suffix word a string):
  // no key string is built per call.
  const flags =
    +phrase.hasPerson |
    (+phrase.headName << 1) |
    (+!!phrase.headPlace << 2) |
    (+!!phrase.measure << 3) |
    (+!!phrase.plainHead << 4) |
    (+!!phrase.described << 5) |
    (+!!phrase.deedHead << 6) |
    (+!!phrase.groupCompany << 7);
  const key = phrase.headSuffix === undefined ? flags : `${flags}${phrase.headSuffix}`;
  let byFlags = cache.get(phrase.text);
  if (!byFlags) {
    if (cache.size > 5000) cache.clear();
    byFlags = new Map();
    cache.set(phrase.text, byFlags);
  }
  const hit = byFlags.get(key);
  if (hit !== undefined) return hit;
  const type = typeOf(phrase);
  byFlags.set(key, type);
  return type;
}

/**
 * True when a name's own words say it is a body that can speak: 同社, 東和食品, 県警交通企画課, 共同通信 —
 * not a katakana or proper word of unknown kind (アンケート, 沖縄).
 */
export function namesABody(name: string): boolean {
  const n = headOf(name);
  const ana = anaphorOf(n);
  if (ana) return ANAPHORA.get(ana) !== 'person';
  return !!(endsWithAny(n, MEDIA) || endsWithAny(n, ORGS) || endsWithAny(n, GOV) || bodyOfUnit(n));
}

/**
 * The kind of body a name's own words say it is (経済産業省 → government, 共同通信 → media), for an
 * organisation the entity tagger found: its type is a guess, the head word is not. Null when the
 * words say nothing (トヨタ).
 */
export function bodyTypeByWords(name: string): SourceType | null {
  const n = headOf(name);
  if (endsWithAny(n, MEDIA)) return 'media';
  const org = endsWithAny(n, ORGS);
  const gov = endsWithAny(n, GOV);
  if (org || gov) return (gov?.length ?? 0) > (org?.length ?? 0) ? 'government' : 'organization';
  return bodyOfUnit(n);
}

/** 県警交通企画課 → government, 東和食品広報室 → organization: the kind of the outermost body written. */
function bodyOfUnit(name: string): SourceType | null {
  return SUB_UNITS.some((u) => name.endsWith(u)) ? outerBody(name.slice(0, -1)) : null;
}

/** The kind of the body a unit's name opens with (県農政 → 県 → government), or null. */
function outerBody(stem: string): SourceType | null {
  if (stem.length < 2) return null;
  for (let cut = 1; cut <= stem.length - 1; cut++) {
    const body = stem.slice(0, cut);
    if (endsWithAny(body, ORGS)) return 'organization';
    if (endsWithAny(body, GOV)) return 'government';
  }
  return null;
}

/**
 * 県農政部, 同県土木部, 市健康福祉部: a department (部 as IPADIC's suffix) of the body written before
 * it, of that body's kind; 市中心部, 県沿岸部 are parts of an area, and 北部 is one word.
 */
function departmentOf(name: string, suffix: string | undefined): SourceType | null {
  if (suffix !== '部') return null;
  const stem = name.slice(0, -1);
  for (const area of AREA_PART_STEMS) if (stem.endsWith(area)) return null;
  return outerBody(stem);
}

function typeOf(
  phrase: Pick<
    NamePhrase,
    | 'text'
    | 'hasPerson'
    | 'headName'
    | 'headPlace'
    | 'measure'
    | 'plainHead'
    | 'deedHead'
    | 'headSuffix'
    | 'described'
    | 'groupCompany'
  >,
): SourceType | null {
  // 目撃した人, 近くに住む方: someone the article describes and does not name.
  if (phrase.described) return 'anonymous';
  const name = headOf(phrase.text.replace(/[「」『』]/g, '')).replace(/[（(][^）)]*[）)]$/, '');
  if (!name) return null;
  if (MUNICIPAL_CLASS.test(name) && !phrase.hasPerson) return null;
  // 経営側 / 使用者側 / 原告側: a side of a negotiation or a trial speaks as one party.
  if (phrase.text.endsWith('側') && SIDE_STEMS.has(name.replace(/^.*の/, ''))) return 'organization';
  // 老舗菓子店「梅香堂」, 旅館「松風荘」: a business with its name in brackets after what it is.
  const kind = BRACKETED_NAME.exec(headOf(phrase.text))?.[1];
  if (kind && (endsWithAny(kind, ORGS) || SUFFIX_ORGANIZATION_HEADS.has(kind.at(-1) ?? ''))) return 'organization';
  // 旅行大手の「さくら旅行」, 調査会社の「東和データ」: a line of business, の, then the name in brackets (同社の
  // 「中期計画」 is a body's thing, not a line's name).
  if (LINE_BRACKETED.test(headOf(phrase.text))) return 'organization';
  // 独スポーツ紙「シュポルト・ブラット」, 地元テレビ「北山放送」: an outlet with its name in brackets; a
  // broadcaster's kind, の or not before it (地元テレビ局「カナル・ドス」, 地元ラジオ局の「ラジオ・ノルテ」).
  const outlet = kind?.replace(/の$/, '');
  if (outlet && (endsWithAny(outlet, MEDIA) || BROADCASTER_KIND.test(outlet))) return 'media';
  // 同氏 → person, 同省 → government, 同協会 → organization (resolved to a name later).
  const ana = anaphorOf(name);
  if (ana) return ANAPHORA.get(ana) ?? (endsWithAny(ana, GOV) ? 'government' : 'organization');
  if (/^(?:ある|複数の|別の)/.test(name)) return 'anonymous';
  if (isCasualty(name)) return null;
  // 自社ブランド, 自社製品, 自国通貨: what a party calls its own is no party (nor 同社's antecedent).
  if (/^自(?:社|国)/.test(name)) return null;
  // 国の統計では, 国は…と説明した: the state alone is the national government (全国, 各国 are not).
  if (name === '国') return 'government';
  // 道は…計上する方針だ: 道 alone as a party is Hokkaido's government, as 都 and 府 are theirs (a road
  // says nothing; 歩道 / 鉄道 / 報道 are not it).
  if (name === '道') return 'government';
  // 英誌エコノミスト, 米紙ニューヨーク・タイムズ: a paper or magazine whatever its name ends with.
  // A country before it is what makes 紙 a paper: 紙パックの交換 is a thing.
  if (COUNTRY_PAPER.test(name)) return 'media';
  // 人材派遣大手のフジミ・スタッフ: a ・-joined name after a line of business is the company's, whatever word
  // it ends with (販売のスタッフ, with no name, stays someone unnamed).
  if (LINE_BEFORE_NAME.test(name) && lineCompany(name)) return 'organization';
  const title = endsWithAny(name, TITLES);
  if (title) {
    // A title makes a person only with a name before it: 田中社長, ショイグ議長 — not 民兵指導者.
    const before = name.slice(0, -title.length);
    // A katakana title after katakana is one word (ファンドマネジャー), no name before a title.
    const katakanaName = KATAKANA_TAIL.test(before) && !KATAKANA_NAME.test(title);
    if (phrase.hasPerson || /[氏さん様]$/.test(name) || katakanaName) return 'person';
    // 習近平国家主席, 尹錫悦大統領: a Chinese or Korean surname starting 2–4 kanji before the title.
    if (SHORT_KANJI_NAME.test(before) && SOURCE_SURNAME_READINGS.has(before[0] as string)) return 'person';
    // 民兵指導者, あるアナリスト: a role anyone may hold is anonymous; 首相, 同社の社長 is one person.
    return GENERIC_TITLES.has(title) || endsWithAny(name, ANON) ? 'anonymous' : 'person';
  }
  if (endsWithAny(name, ANON)) return 'anonymous';
  // 近くに住む会社員, ごみを出しに来た利用者: a person named by a suffix of people.
  if (phrase.headSuffix && PERSON_SUFFIXES.has(phrase.headSuffix)) return 'anonymous';
  if (endsWithAny(name, MEDIA) || containsAny(name, ['CNN', 'ＣＮＮ', 'AFP', 'ＡＦＰ', '通信社', '新聞']))
    return 'media';
  if (endsWithAny(name, DOCS)) return 'document';
  // 同国の民放ノースネット: a commercial broadcaster, whatever its name ends with (民放大手Xの出口調査 is its
  // document, above).
  if (COMMERCIAL_BROADCASTER.test(name)) return 'media';
  // 全国の約800店, 傘下の12校: a number before the head counts things — a tally, no party (大手3社 speaks;
  // people counted, 保護者の一人, are read below).
  if (phrase.measure && COUNTED_THINGS.test(name) && !COUNTED_PARTY.test(name) && !COUNTED_PEOPLE.test(name))
    return null;
  // The longer head decides: ウクライナ情報機関 (情報機関) is government, 世界保健機関 (機関) not.
  const org = endsWithAny(name, ORGS);
  const gov = endsWithAny(name, GOV);
  if (org || gov) return (gov?.length ?? 0) > (org?.length ?? 0) ? 'government' : 'organization';
  const unit = bodyOfUnit(name) ?? departmentOf(name, phrase.headSuffix);
  if (unit) return unit;
  // 東京都監察医務院の調べでは: an institute named by a suffix word (入院 is one word, no suffix).
  if (phrase.headSuffix && SUFFIX_ORGANIZATION_HEADS.has(phrase.headSuffix)) return 'organization';
  // 男性の1人, 保護者のうちの一人: one of several people speaks as one of them.
  const one = ONE_OF.exec(name)?.[1];
  if (one && isPersonWord(one)) return 'anonymous';
  // 日豪米の3カ国, 東和国と北山国の2カ国: countries named, then counted, speak as their governments
  // (a bare 3カ国 is what was counted).
  if (COUNTED_COUNTRIES.test(name)) return 'government';
  // 最大1TB, 5000mAh: a quantity whose unit no party word names (大手3社 is a party, by 社).
  if (phrase.measure) return null;
  // 独自動車大手ベルク, 米IT企業ノードラ: a name written straight after the kind of business it is names
  // that business, however IPADIC reads the name (ベルク as a person's); so does one after its line of
  // business and の (ゲームメーカーのソラノ・エンタテインメント, 配給のミズホシ・ピクチャーズ).
  if (phrase.hasPerson && (KIND_BEFORE_NAME.test(name) || LINE_BEFORE_NAME.test(name))) return 'organization';
  if (phrase.hasPerson) return 'person';
  // JR東和, JR北辰: a group's initials before a place or a word name one of its companies; a
  // broadcaster's (NHK福岡) one of its stations.
  if (phrase.groupCompany) return MEDIA.longestAt(name, 0) ? 'media' : 'organization';
  // 中国は…と主張した: a country or city that speaks is its government (and never 同社's antecedent).
  if (phrase.headPlace) return 'government';
  if (!phrase.deedHead && (LINE_BEFORE_MIXED_NAME.test(name) || LINE_BEFORE_KANA_NAME.test(name)))
    return 'organization';
  if (phrase.plainHead) return null;
  if (phrase.headName || KATAKANA_NAME.test(name) || LATIN_NAME.test(name)) return 'organization';
  return null;
}
