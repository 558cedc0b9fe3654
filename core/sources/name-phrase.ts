import { formerPost } from '../dates/former-post';
import { DESCRIBING_NOUNS } from '../lexicon/describing-nouns';
import { SOURCE_ORGANIZATION_HEADS } from '../lexicon/organization-heads';
import { RELATIVE_WORDS } from '../lexicon/relative-dates';
import { REPORT_NOUNS } from '../lexicon/report-nouns';
import { GOVERNMENT_HEADS, PAPER_NAME_ENDS, RESEARCH_TEAM_HEADS, UNIVERSITY_END } from '../lexicon/source-nouns';
import { abbreviates } from '../text/abbreviation';
import {
  isAdverbialNoun,
  isCaseParticle,
  isCommonNoun,
  isConjunctiveNoun,
  isCounter,
  isCountryName,
  isGenitive,
  isNoun,
  isNumeral,
  isOrganizationName,
  isParallelParticle,
  isPersonName,
  isPlaceName,
  isProperNoun,
  isSahenNoun,
  isSuffix,
} from '../text/pos';
import { DIGIT, isKanjiWord, isLatin, KATAKANA, LATIN, ROUND_OPENERS } from '../text/script';
import type { Token } from '../types';
import { describedHead, describingClause } from './described-person';
import { adverbialOpening, kanaOpening, numeralOpening, verbOpening } from './name-openings';
import { isNameToken } from './name-tokens';

// ウラジーミル・プーチン: katakana names joined by ・ are a person's.
const DOTTED_KATAKANA_NAME = new RegExp(`^[${KATAKANA}ー]+・[${KATAKANA}ー・]+$`);
// Katakana or Latin only: a word from abroad, a name more often than not.
const FOREIGN_WORD = new RegExp(`^[${KATAKANA}ー・${LATIN}]+$`);
const KATAKANA_WORD = new RegExp(`^[${KATAKANA}ー・]{2,}$`);

/** A name phrase found around a cue: its text, offsets and token span, and what it is made of. */
export interface NamePhrase {
  text: string;
  start: number;
  end: number;
  first: number;
  last: number;
  /** The token after the phrase as written, a note in brackets included: 女性（72）は → は. */
  next: number;
  /** kuromoji saw a person's name in it (李/成, セルゲイ・ショイグ, 人名 tokens). */
  hasPerson: boolean;
  /** It contains a proper noun (固有名詞) or a Latin/katakana name. */
  hasProper: boolean;
  /** Its head (last word) is itself a name: 北辰テクノロジー, JAXAなど, 米インテル — not 生成AI向けの需要. */
  headName: boolean;
  /** Its head is a place to IPADIC (中国, 大阪市): speaking, it is that place's government. */
  headPlace?: boolean;
  /**
   * Its head is a katakana or Latin word IPADIC knows as a common noun (ストレージ, メモリー): no name,
   * however name-like its script.
   */
  plainHead?: boolean;
  /**
   * A verbal noun (サ変接続) stands right before its katakana head: 配車管理システム, 予約システム say what a
   * thing does, where 北辰クラフト coins a firm's name.
   */
  deedHead?: boolean;
  /** Its head is a suffix word to IPADIC (名詞,接尾: 院 of 監察医務院), after a word of the phrase. */
  headSuffix?: string;
  /**
   * It is a group's initials IPADIC knows as an organisation, with a place or a word written straight
   * after them (JR東和, JR北辰, NTT西和): one of the group's companies, not the place's government.
   */
  groupCompany?: boolean;
  /** Its head is the unit of a number before it (最大1TB, 5000mAh): a quantity, which speaks for no one. */
  measure?: boolean;
  /** A bare 人 / 方 with the clause that describes it (目撃した人, 近くに住む方): someone unnamed. */
  described?: boolean;
}

const MAX_TOKENS = 16;
// JR, NTT: a group's initials in capitals.
const INITIALS = /^[A-ZＡ-Ｚ]{2,5}$/;
// Maps, not object literals: every token's surface is looked up, and a word is no property name
// (a token 'constructor' found Object's own).
const CLOSE_TO_OPEN: ReadonlyMap<string, string> = new Map([
  ['」', '「'],
  ['』', '『'],
  ['）', '（'],
  [')', '('],
]);
const OPEN_TO_CLOSE: ReadonlyMap<string, string> = new Map([...CLOSE_TO_OPEN].map(([c, o]) => [o, c]));
const DATE_COUNTERS = new Set(['年', '月', '日', '時', '分', '年度']);
const REPORT_ENDS: ReadonlySet<string> = new Set(REPORT_NOUNS);

/** が as a case particle: the subject of a clause (為替が専門の). */
const isSubjectGa = (t: Token) => t.surface === 'が' && isCaseParticle(t);

const PAPER_ENDS: ReadonlySet<string> = new Set(PAPER_NAME_ENDS);
// 昨日新聞が報じた: a relative date word is when the paper reported, never the first word of its name.
const DATE_WORDS: ReadonlySet<string> = new Set(RELATIVE_WORDS.map((w) => w.surface));
const TEAMS: ReadonlySet<string> = new Set(RESEARCH_TEAM_HEADS);
// は / が close a paper's name as topic or subject; の as the owner of its poll or figure.
const PAPER_CLOSERS: ReadonlySet<string> = new Set(['は', 'が', 'の']);

/**
 * An adverbial noun at `i` opening a paper's name that the topic or subject particle closes (毎朝新聞は,
 * 毎朝新聞が), or の as the owner of what follows (毎朝新聞の世論調査では, 毎朝新聞の63%), with no noun
 * before it: 毎朝新聞 is one name, not 毎朝 (“every morning”) and 新聞. A date word is no such opening
 * (昨日新聞が報じた: yesterday a paper reported).
 */
function paperTopic(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 2]?.surface;
  return (
    isAdverbialNoun(t) &&
    !DATE_WORDS.has(t.surface) &&
    PAPER_ENDS.has(tokens[i + 1]?.surface ?? '') &&
    PAPER_CLOSERS.has(after ?? '') &&
    // 減少⏎毎朝新聞は: a noun ending the line before (a headline) is no part of it.
    (!before || !isNoun(before) || before.end < t.start)
  );
}

// ら / など after a name: what ends it, so a note in brackets before them is inside the phrase.
const ENDS_OF_NAME: ReadonlySet<string> = new Set(['ら', 'など', 'たち']);

/**
 * The last two words ending at token `k`, or before the note in round brackets that `k` closes:
 * 松本医療大|学（長野県松本市） → 医療大学 (IPADIC splits off 学).
 */
function beforeNote(tokens: readonly Token[], k: number, lo: number): string {
  const close = tokens[k]?.surface ?? '';
  const open = CLOSE_TO_OPEN.get(close);
  const o = open && ROUND_OPENERS.has(open) ? matchBack(tokens, k, lo, open) : -1;
  const end = open ? (o > lo ? o - 1 : -1) : k;
  if (end < 0) return close;
  return (end > lo ? (tokens[end - 1] as Token).surface : '') + (tokens[end] as Token).surface;
}

const BODY_CHARS: ReadonlySet<string> = new Set(
  [...GOVERNMENT_HEADS, ...SOURCE_ORGANIZATION_HEADS].filter((w) => w.length === 1),
);

/**
 * The の at `i` joins a one-character kanji word to the name after it, all glued: 緑の森財団, 海の子ネットワーク
 * — not a body's (県の, 市の, 社の own what follows).
 */
function innerNo(tokens: readonly Token[], i: number): boolean {
  const no = tokens[i] as Token;
  const word = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    no.surface === 'の' &&
    isGenitive(no) &&
    !!word &&
    !!next &&
    isCommonNoun(word) &&
    word.surface.length === 1 &&
    isKanjiWord(word.surface) &&
    !BODY_CHARS.has(word.surface) &&
    word.end === no.start &&
    no.end === next.start
  );
}

function isDateTail(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return isNumeral(t) || (isCounter(t) && DATE_COUNTERS.has(t.surface));
}

const MONTH_END = new RegExp(`[${DIGIT}一二三四五六七八九十]月$`);

/**
 * A date at `i` ending an の-qualifier, which then tells when and owns nothing: 7月の調査, and 4〜6月期の
 * 景気動向調査, where 期 is glued to a month (6月, one word here) — the survey's period, not its owner.
 */
function isPeriodTail(tokens: readonly Token[], i: number): boolean {
  if (isDateTail(tokens, i)) return true;
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  return (
    t.surface === '期' && !!prev && prev.end === t.start && (MONTH_END.test(prev.surface) || isDateTail(tokens, i - 1))
  );
}

/**
 * The name phrase ending at token `last` (inclusive), not reaching before token `lo`:
 * 「ロシア安全保障会議のセルゲイ・ショイグ議長」, 「戦略国際問題研究所(CSIS)」, 「地元当局者と民兵指導者」.
 * One 〇〇の qualifier is kept (欧米の当局者); dates at the front are dropped (6月3日に… is not a name).
 */
export function phraseEndingAt(tokens: readonly Token[], last: number, lo: number): NamePhrase | null {
  let i = last;
  // JAXAなど: a trailing など belongs to the name.
  if (tokens[i]?.surface === 'など' && i > lo) i--;
  let first = -1;
  let qualified = false;
  // The の of the qualifier kept, when one is.
  let qualifierNo = -1;
  let count = 0;
  while (i >= lo && count < MAX_TOKENS) {
    const t = tokens[i] as Token;
    const open = CLOSE_TO_OPEN.get(t.surface);
    if (open) {
      const o = matchBack(tokens, i, lo, open);
      if (o < 0) break;
      // （ワシントン共同）米労働省: a note in round brackets before a name is a dateline or an aside,
      // not part of it — short corporate forms aside (（株）ニトリ).
      // 山野花子教授（疫学）らのチーム: before ら / など, which end a name, the note is the person's.
      if (
        first >= 0 &&
        i === first - 1 &&
        ROUND_OPENERS.has(open) &&
        (tokens[i] as Token).start - (tokens[o] as Token).end > 2 &&
        !ENDS_OF_NAME.has((tokens[first] as Token).surface)
      ) {
        break;
      }
      first = o;
      i = o - 1;
      count++;
      continue;
    }
    // 調査結果によると: IPADIC reads 結果 as adverbial, yet a report noun ends a report's name;
    // 現場を見た方によると: 方 (非自立 to IPADIC) after a clause is a person.
    const head = i === last && ((isAdverbialNoun(t) && REPORT_ENDS.has(t.surface)) || describedHead(tokens, i));
    // 前日産社長の西川氏: kuromoji reads 前日|産; a day word glued to a body's post is 前 (former) and the
    // body's first character, so the name keeps it rather than start at 産.
    if (isNameToken(t) || head || (first === i + 1 && formerPost(tokens, i))) {
      first = i;
      i--;
      count++;
      continue;
    }
    // 大手の千里ビルサービス, 12日千里ビルサービス: an adverbial noun opening the name ends the walk;
    // so does a verb stem in kanji (大手の天翔科技).
    if (first === i + 1 && (adverbialOpening(tokens, i) || verbOpening(tokens, i))) {
      first = i;
      break;
    }
    // みなと証券: a hiragana name IPADIC split into function words ends the walk too.
    const kana = first === i + 1 ? kanaOpening(tokens, i, lo) : -1;
    if (kana >= 0) {
      first = kana;
      break;
    }
    // 三木谷浩史会長兼社長: 兼 joins two titles of one person.
    if (t.surface === '兼' && isConjunctiveNoun(t) && first >= 0 && i > lo && isNameToken(tokens[i - 1] as Token)) {
      first = i;
      i--;
      count++;
      continue;
    }
    // 地元当局者と民兵指導者 / NTTドコモなど携帯電話大手: parallel nouns stay one phrase.
    const joinsParallel = (isParallelParticle(t) || t.surface === 'など') && first >= 0 && i > lo;
    if (joinsParallel && isNameToken(tokens[i - 1] as Token)) {
      i--;
      continue;
    }
    // 毎朝新聞は: a paper's name written as the topic is one name, though IPADIC reads 毎朝 as adverbial.
    if (first === last && i === last - 1 && i >= lo && paperTopic(tokens, i)) {
      first = i;
      i--;
      count++;
      continue;
    }
    // 欧米の当局者: keep one の-qualifier when a noun precedes it; a team's may keep its members'
    // university too (北辰工業大の山田一郎教授らのグループ).
    // 南海工業大学（横浜市）の森田健一教授らのチーム: the university's address note is passed over.
    const affiliation =
      qualified && TEAMS.has((tokens[last] as Token).surface) && UNIVERSITY_END.test(beforeNote(tokens, i - 1, lo));
    if (t.surface === 'の' && isGenitive(t) && (!qualified || affiliation) && first >= 0 && i > lo) {
      // 国立がん研究センターなどの研究チーム: the qualifier may end with など.
      const nado = tokens[i - 1]?.surface === 'など' && i - 1 > lo ? 1 : 0;
      const prev = tokens[i - 1 - nado] as Token;
      if ((isNameToken(prev) || CLOSE_TO_OPEN.get(prev.surface)) && !isPeriodTail(tokens, i - 1 - nado)) {
        qualified = true;
        qualifierNo = i;
        i -= 1 + nado;
        continue;
      }
    }
    // 緑の森財団の担当者: a one-character word and の open the name (緑の森, 海の子); the の is the name's own,
    // not a second owner's.
    if (qualified && first === i + 1 && i > lo && innerNo(tokens, i)) {
      first = i - 1;
      i -= 2;
      count += 2;
      continue;
    }
    break;
  }
  if (first < 0) return null;
  // 為替が専門の佐野健一氏, 大阪が拠点の投資会社: a qualifier right after が that is a describing noun is
  // the predicate of a clause on the head (為替が専門だ), not a name's owner: the name starts after its
  // の. 記者が町の担当者に: 町 owns 担当者.
  const describing = qualifierNo === first + 1 && DESCRIBING_NOUNS.has((tokens[first] as Token).surface);
  if (describing && first - 1 >= lo && isSubjectGa(tokens[first - 1] as Token)) first = qualifierNo + 1;
  // Drop leading dates and bare numbers: 「6月3日に」 never starts a name.
  const from = first;
  while (first <= last && isDateTail(tokens, first) && !numeralOpening(tokens, first, last)) first++;
  // 40代の女性: with the number gone, its counter and の describe the head, they do not name it.
  if (first > from && first < last && isCounter(tokens[first] as Token)) first++;
  if (first > from && first < last && isGenitive(tokens[first] as Token)) first++;
  const end = withoutNote(tokens, first, last);
  if (first > end) return null;
  // 3人は「…」と供述した: with the number gone, a counter alone (人, 社) names no one.
  if (first > from && first === end && isCounter(tokens[first] as Token)) return null;
  const described = first === end ? describingClause(tokens, first, lo) : -1;
  if (described >= 0) return { ...build(tokens, described, end, last + 1), described: true };
  return build(tokens, first, end, last + 1);
}

// An alias in brackets is part of the name: 戦略国際問題研究所（CSIS）, 宇宙航空研究開発機構（ＪＡＸＡ）.
const LATIN_ALIAS = new RegExp(String.raw`^(?=.*[${LATIN}])[${LATIN}${DIGIT}&＆.．・\-－]{2,12}$`);

/**
 * The last token of the name once a closing note in brackets is left out: an address or an
 * explanation (「ブランド総合研究所」（東京都）, 国際エネルギー機関（IEA、本部パリ）, 女性（72）) is
 * not part of a source's name; an alias (（CSIS）, 公正取引委員会（公取委）) is.
 */
function withoutNote(tokens: readonly Token[], first: number, last: number): number {
  const close = tokens[last]?.surface ?? '';
  const open = CLOSE_TO_OPEN.get(close);
  if (!open || open === '「' || open === '『') return last;
  const o = matchBack(tokens, last, first, open);
  if (o <= first) return last;
  let inner = '';
  let proper = o + 1 < last;
  for (let k = o + 1; k < last; k++) {
    const t = tokens[k] as Token;
    inner += t.surface;
    // 国連児童基金（ユニセフ）: a proper name that is no place is another name of the same body.
    if (!isProperNoun(t) || isPlaceName(t)) proper = false;
  }
  let before = '';
  for (let k = first; k < o; k++) before += (tokens[k] as Token).surface;
  const alias = proper || LATIN_ALIAS.test(inner) || abbreviates(inner, before.slice(before.lastIndexOf('の') + 1));
  return alias ? last : o - 1;
}

/** The name phrase starting at token `first`, not reaching past `hi` (exclusive): と、欧米の当局者は → 欧米の当局者. */
export function phraseStartingAt(
  tokens: readonly Token[],
  first: number,
  hi: number,
  qualifiers = 1,
): NamePhrase | null {
  let i = first;
  let last = -1;
  let qualifiersLeft = qualifiers;
  while (i < hi && i - first < MAX_TOKENS) {
    const t = tokens[i] as Token;
    const close = OPEN_TO_CLOSE.get(t.surface);
    if (close) {
      const c = matchForward(tokens, i, hi, close);
      if (c < 0) break;
      last = c;
      i = c + 1;
      continue;
    }
    // 毎朝新聞は: 毎朝 opens the paper's name (see paperTopic).
    if (
      isNameToken(t) ||
      (i === first && (paperTopic(tokens, i) || adverbialOpening(tokens, i) || verbOpening(tokens, i)))
    ) {
      last = i;
      i++;
      continue;
    }
    const next = tokens[i + 1];
    if (t.surface === 'の' && qualifiersLeft > 0 && last >= 0 && next && isNameToken(next)) {
      qualifiersLeft--;
      i++;
      continue;
    }
    if ((isParallelParticle(t) || t.surface === 'など') && last >= 0 && next && isNameToken(next)) {
      i++;
      continue;
    }
    break;
  }
  if (last < 0) return null;
  if (tokens[last + 1]?.surface === 'など') last++;
  const end = withoutNote(tokens, first, last);
  return build(tokens, first, end, last + 1);
}

function matchBack(tokens: readonly Token[], i: number, lo: number, open: string): number {
  for (let k = i - 1; k >= lo && i - k < 24; k--) {
    const s = (tokens[k] as Token).surface;
    if (s === open) return k;
    if (s === '。') return -1;
  }
  return -1;
}

function matchForward(tokens: readonly Token[], i: number, hi: number, close: string): number {
  for (let k = i + 1; k < hi && k - i < 24; k++) {
    const s = (tokens[k] as Token).surface;
    if (s === close) return k;
    if (s === '。') return -1;
  }
  return -1;
}

/**
 * 豪州|側, ロシア|側: a country (IPADIC's 名詞,固有名詞,地域,国) with the suffix 側 after it is that country's
 * side in talks or a dispute, and speaks as its government does (豪州側も、…としている); 南側 is one
 * word and 大阪側 no country.
 */
function isCountrySide(tokens: readonly Token[], h: number): boolean {
  const t = tokens[h] as Token;
  return t.surface === '側' && isSuffix(t) && isCountryName(tokens[h - 1]);
}

function build(tokens: readonly Token[], first: number, last: number, next: number): NamePhrase {
  let hasPerson = false;
  let hasProper = false;
  let text = '';
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    text += t.surface;
    if (isPersonName(t)) hasPerson = true;
    if (isProperNoun(t) || isLatin(t.surface)) hasProper = true;
    // セルゲイ・ショイグ: katakana joined by ・ is a foreign person's name.
    if (DOTTED_KATAKANA_NAME.test(t.surface)) hasPerson = true;
  }
  let h = last;
  while (h > first && (/^(?:など|ら|」|』|）|\))$/.test((tokens[h] as Token).surface) || isCountrySide(tokens, h))) h--;
  // 戦略国際問題研究所(CSIS): the alias in parentheses stands for the head.
  const head = tokens[h] as Token;
  // ストレージは128GBで: a katakana word IPADIC files as a common noun names nothing on its own; after
  // another name-like word it may be part of a name (トレンド|マイクロ, 東京|リサーチ, クロス|・|ヘッド),
  // and a word IPADIC does not know may be a name too.
  const foreign = (t: Token | undefined) => !!t && FOREIGN_WORD.test(t.surface);
  const before = h > first ? tokens[h - 1] : undefined;
  const plainHead = head.known && !isProperNoun(head) && foreign(head) && !(foreign(before) || isProperNoun(before));
  const deedHead = foreign(head) && !!before && isSahenNoun(before);
  const headName = !plainHead && (isProperNoun(head) || isLatin(head.surface) || KATAKANA_WORD.test(head.surface));
  const s = (tokens[first] as Token).start;
  const e = (tokens[last] as Token).end;
  const headPlace = isPlaceName(head);
  // 最大1TBのmicroSDカード: TB is what 1 measures, not a company called 1TB.
  const measure = isNumeral(head) || (h > first && isNumeral(tokens[h - 1]));
  const headSuffix = h > first && isNoun(head) && isSuffix(head) ? head.surface : undefined;
  const opening = tokens[first] as Token;
  // JR線, JR駅: a suffix word after the initials is the group's line or station, no company. JA北峰高原,
  // JR東日本: a place and a common word after them still name one of the group's bodies.
  const groupCompany =
    h > first &&
    isOrganizationName(opening) &&
    INITIALS.test(opening.surface) &&
    isNoun(head) &&
    !isSuffix(head) &&
    tokens.slice(first + 1, h + 1).every(isNoun);
  return {
    text,
    start: s,
    end: e,
    first,
    last,
    next,
    hasPerson,
    hasProper: hasProper || hasPerson,
    headName,
    headPlace,
    plainHead,
    deedHead,
    groupCompany,
    measure,
    headSuffix,
  };
}

/**
 * The phrase starts with a suffix written right after a noun: 12月|末時点の…, 1日|あたりの利用者, a piece of
 * a longer word (a date's, an amount's) — no name of anyone.
 */
export function cutFromWord(tokens: readonly Token[], p: NamePhrase): boolean {
  const first = tokens[p.first];
  const before = tokens[p.first - 1];
  return !!first && !!before && isSuffix(first) && isNoun(before) && before.end === first.start;
}
