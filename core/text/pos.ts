/**
 * Part-of-speech predicates over IPADIC tokens (kuromoji's 品詞,細分類1,細分類2,細分類3), so every
 * module asks 「is this a counter?」 by name instead of spelling IPADIC's tags: 「3人」 → 人 is
 * 名詞,接尾,助数詞, so isCounter(人). Each predicate takes a missing token (`tokens[i + 1]` past the end)
 * and answers false, which is what the `t?.pos === '…'` tests it replaces answered.
 */
import type { Token } from '../types';

/** The part of a token the predicates read; a missing token is allowed and matches nothing. */
export type Tagged = Pick<Token, 'pos' | 'pos1' | 'pos2' | 'pos3'> | null | undefined;

// Top level (品詞).

/** 名詞: 「東京」, 「調査」, 「3」 (IPADIC's numerals are nouns). */
export const isNoun = (t: Tagged): boolean => t?.pos === '名詞';
/** 動詞, dependent ones included: 「発表し」, 「いる」 in 「している」. */
export const isVerb = (t: Tagged): boolean => t?.pos === '動詞';
/** 副詞: 「ほとんど」, 「すでに」, 「一気に」. */
export const isAdverb = (t: Tagged): boolean => t?.pos === '副詞';
/** 助動詞: 「た」, 「ます」, 「ない」. */
export const isAuxiliary = (t: Tagged): boolean => t?.pos === '助動詞';
/** 助詞 of any kind: 「が」, 「は」, 「の」, 「て」. */
export const isParticle = (t: Tagged): boolean => t?.pos === '助詞';
/** 形容詞: 「多い」, 「よい」. */
export const isAdjective = (t: Tagged): boolean => t?.pos === '形容詞';
/** 接頭詞: 「約」, 「前」 in 「前首相」, 「第」. */
export const isPrefix = (t: Tagged): boolean => t?.pos === '接頭詞';
/** 記号: punctuation, brackets, and letters IPADIC reads as symbols (「Ｇ」 is 記号,アルファベット). */
export const isSymbol = (t: Tagged): boolean => t?.pos === '記号';
/** 連体詞: 「ある」 in 「ある関係者」, 「この」. */
export const isAdnominal = (t: Tagged): boolean => t?.pos === '連体詞';
/** 接続詞: 「また」, 「しかし」. */
export const isConjunction = (t: Tagged): boolean => t?.pos === '接続詞';

/**
 * A word that ends or carries a predicate: a verb, an auxiliary or an adjective
 * (「増え|た」, 「多い」), the words after which a clause can close.
 */
export const isPredicateWord = (t: Tagged): boolean => isVerb(t) || isAuxiliary(t) || isAdjective(t);

// Nouns by kind (名詞,細分類1). IPADIC uses these sub-classes only under 名詞 unless said otherwise.

/** 名詞,数: 「3」, 「三」, 「万」. */
export const isNumeral = (t: Tagged): boolean => t?.pos1 === '数';
/** 名詞,一般: 「人口」, 「会社」. */
export const isCommonNoun = (t: Tagged): boolean => t?.pos === '名詞' && t.pos1 === '一般';

/** IPADIC's plain kinds of noun: 電気 (一般), 生産 (サ変接続), 重大 (形容動詞語幹), 問題 (ナイ形容詞語幹). */
const PLAIN_NOUN_KINDS: ReadonlySet<string> = new Set(['一般', 'サ変接続', '形容動詞語幹', 'ナイ形容詞語幹']);

/**
 * A noun of a plain kind, or a suffix of one (名詞,接尾,一般: 線「状」, 降水「帯」): a word of the
 * language, not a name, a number or a pronoun.
 */
export const isPlainNoun = (t: Tagged): boolean =>
  t?.pos === '名詞' && PLAIN_NOUN_KINDS.has(t.pos1 === '接尾' ? t.pos2 : t.pos1);
/** 名詞,サ変接続: a noun that takes する, 「発表」, 「調査」. */
export const isSahenNoun = (t: Tagged): boolean => t?.pos1 === 'サ変接続';
/** 名詞,形容動詞語幹: 「上手」, 「大量」, 「必要」 (a noun that takes な). */
export const isAdjectivalNoun = (t: Tagged): boolean => t?.pos1 === '形容動詞語幹';
/** 名詞,副詞可能: a noun that can stand as an adverb, 「今年」, 「以上」, 「後」. */
export const isAdverbialNoun = (t: Tagged): boolean => t?.pos1 === '副詞可能';
/** 名詞,代名詞: 「これ」, 「彼」. */
export const isPronoun = (t: Tagged): boolean => t?.pos1 === '代名詞';
/** 名詞,接続詞的: 「兼」, 「対」 between two nouns. */
export const isConjunctiveNoun = (t: Tagged): boolean => t?.pos1 === '接続詞的';
/** 名詞,固有名詞: 「東京」, 「トヨタ」, 「田中」. */
export const isProperNoun = (t: Tagged): boolean => t?.pos1 === '固有名詞';
/**
 * 細分類1 接尾: a suffix word. Mostly nouns (「人」 in 「3人」, 「氏」, 「省」), but IPADIC also has 動詞,接尾
 * (「られる」) and 形容詞,接尾 (「っぽい」), and this matches those too.
 */
export const isSuffix = (t: Tagged): boolean => t?.pos1 === '接尾';
/**
 * 細分類1 非自立: a word that cannot stand alone — 名詞,非自立 (「の」 in 「するのは」, 「こと」), 動詞,非自立
 * (「いる」 in 「している」) and 形容詞,非自立.
 */
export const isDependent = (t: Tagged): boolean => t?.pos1 === '非自立';
/** 細分類1 自立 (動詞,自立 / 形容詞,自立): a verb of its own, not the 「いる」 of 「している」. */
export const isIndependent = (t: Tagged): boolean => t?.pos1 === '自立';
/** 記号,アルファベット: a letter IPADIC reads as a symbol, 「Ｇ」 in 「Ｇ７」. */
export const isLetterSymbol = (t: Tagged): boolean => t?.pos1 === 'アルファベット';

// Proper-noun and suffix kinds (細分類2).

/** 細分類2 人名: a person's name (名詞,固有名詞,人名) or a title after one (名詞,接尾,人名: 「氏」, 「さん」). */
export const isPersonName = (t: Tagged): boolean => t?.pos2 === '人名';
/** 細分類2 地域: a place (名詞,固有名詞,地域: 「東京」) or a place suffix (名詞,接尾,地域: 「県」, 「内」). */
export const isPlaceName = (t: Tagged): boolean => t?.pos2 === '地域';
/** A country to IPADIC (日本, 中国, ブラジル), not a city or prefecture (東京, 大阪). */
export const isCountryName = (t: Tagged): boolean => t?.pos3 === '国';
/** 名詞,固有名詞,組織: 「トヨタ」, 「ＮＨＫ」. */
export const isOrganizationName = (t: Tagged): boolean => t?.pos2 === '組織';
/** 名詞,接尾,助数詞: a counter, 「人」 in 「3人」, 「件」, 「円」 (IPADIC has 助数詞 only under 名詞,接尾). */
export const isCounter = (t: Tagged): boolean => t?.pos2 === '助数詞';
/** 名詞,固有名詞,人名,名: a given name, 「太郎」 (姓 is the family name). */
export const isGivenName = (t: Tagged): boolean => t?.pos3 === '名';

// Particles by kind (助詞,細分類1).

/** 助詞,格助詞: 「が」, 「を」, 「に」, 「で」, and 「と」 of 「…と述べた」. */
export const isCaseParticle = (t: Tagged): boolean => t?.pos1 === '格助詞';
/** 助詞,係助詞: 「は」, 「も」. */
export const isBindingParticle = (t: Tagged): boolean => t?.pos1 === '係助詞';
/** 助詞,連体化: the 「の」 that joins two nouns, 「政府の発表」. */
export const isGenitive = (t: Tagged): boolean => t?.pos1 === '連体化';
/** 助詞,接続助詞: 「て」, 「ば」, 「が」 between clauses. */
export const isConjunctiveParticle = (t: Tagged): boolean => t?.pos1 === '接続助詞';
/** 助詞,並立助詞: 「や」, 「か」 listing nouns, 「米や英」. */
export const isParallelParticle = (t: Tagged): boolean => t?.pos1 === '並立助詞';
/** 助詞,終助詞: 「ね」, 「よ」 closing a sentence. */
export const isFinalParticle = (t: Tagged): boolean => t?.pos1 === '終助詞';
/** The passive auxiliary (基本形 れる / られる): 「発表された」, 「問題視される」 — what others did to the subject. */
export const isPassive = (t: Pick<Token, 'basic'> | null | undefined): boolean =>
  t?.basic === 'れる' || t?.basic === 'られる';
/** 接頭詞,名詞接続: a prefix before a noun, 「約」, 「全」. */
export const isNounPrefix = (t: Tagged): boolean => t?.pos1 === '名詞接続';
