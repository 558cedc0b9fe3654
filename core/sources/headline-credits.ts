import { RESEARCH_TEAM_HEADS, UNIVERSITY_SHORT_WORDS } from '../lexicon/source-nouns';
import { isGenitive, isPlaceName, isSuffix } from '../text/pos';
import type { Source, Token } from '../types';
import type { AttributedFigure } from './context';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import { shortens } from './name-variants';
import { definedShortName } from './short-names';
import { namesABody, sourceTypeOf } from './source-type';

/** A headline's label and the stretch between spaces it stands in. */
export interface Label {
  source: Source;
  start: number;
  end: number;
}

/** True for a token of spaces, half- or full-width: what parts a headline. */
export const isSpace = (t: Token): boolean => /^[\s\u3000]+$/u.test(t.surface);

// 「…予想＝ロイター」, 「…勝訴―東京地裁」: the mark a wire or a court credit hangs on at the headline's end.
const CREDIT_MARKS = new Set(['＝', '=', '―', '—']);

/** True for ＝ or a dash, on which a credit hangs at a headline's end. */
export const isCreditMark = (t: Token): boolean => CREDIT_MARKS.has(t.surface);

/**
 * Labels that credit a headline's figures to a body by its name alone: after the last full-width space
 * (「実質賃金、0.6%減　厚労省」), after ＝ or a dash at the end (「…政策金利5.50%に　市場は据え置き予想＝ロイター」),
 * or between two spaces with only figureless parts after it (「…702万トン、4%増　農水省　生産者団体「米価
 * 下落招く」」). Each stands where no figure is, so it holds for the whole headline.
 */
export function creditLabels(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  figures: readonly AttributedFigure[],
): Label[] {
  const stretches = stretchesOf(tokens, first, end);
  const tail = stretches[stretches.length - 1];
  // 「…市場予想通り＝ロイター」: the wire after ＝, not the stretch read as one name, is the credit.
  const wire = tail && wireCredit(text, tokens, tail[0], tail[1]);
  const labels: Label[] = wire ? [wire] : [];
  stretches.forEach(([lo, hi], s) => {
    if (wire && s === stretches.length - 1) return;
    // The headline's first part is what it says, never its credit.
    if (s === 0 || !partsHeadline(text, tokens[lo - 1] as Token)) return;
    const last = s === stretches.length - 1;
    // 「…3人けが　栃木の北関東鉄道　運輸安全委が調査官派遣」: a name qualified with の tells whose accident
    // it was; a credit in the middle is a bare name, and a figure after it is a part it does not credit.
    const after = (tokens[hi] as Token).end;
    const close = (tokens[end - 1] as Token).end;
    if (!last && (hasGenitive(tokens, lo, hi) || figures.some((f) => f.start >= after && f.end <= close))) return;
    const credit = bodyName(text, tokens, lo, hi) ?? (last ? unnamedCredit(tokens, lo, hi) : null);
    // 「…企業の4割 東和リサーチ」, 「…求刑 大阪地裁」, 「…3人けが 岐阜・大垣市」: after a plain space a
    // name may be the headline's own words or where it happened; it credits only when the body cites the
    // party too (国交省 over 国土交通省は…公表しました, 消防庁 over 総務省消防庁のまとめで).
    const plain = !/\u3000/u.test((tokens[lo - 1] as Token).surface);
    // 「クマ目撃、過去最多の三百件超　北浦市　住宅地で…」: a name ending as a place does (北浦|市, IPADIC's
    // 地域) is where the news happened, after any space, unless the body cites it as the data's maker.
    const where = isPlaceName(tokens[hi]);
    if (credit && ((!plain && !where) || citedBelow(text, tokens, end, credit.source.name))) labels.push(credit);
  });
  return labels;
}

/** The stretches of tokens [lo, hi] between the headline's spaces. */
function stretchesOf(tokens: readonly Token[], first: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let lo = first;
  for (let k = first; k <= end; k++) {
    if (k < end && !isSpace(tokens[k] as Token)) continue;
    if (k > lo) out.push([lo, k - 1]);
    lo = k + 1;
  }
  return out;
}

// A Latin letter or digit: a plain space between two of them may sit inside one name.
const LATIN = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/u;

/**
 * True for a space that parts a headline: a full-width one, or a plain one between two Japanese words, as a
 * broadcaster writes its headlines (「県内のいじめ 過去最多 1万2000件 県教委」); a plain space between Latin
 * words parts a name (「AirLoop Pro 2」).
 */
function partsHeadline(text: string, space: Token): boolean {
  if (/\u3000/u.test(space.surface)) return true;
  return !LATIN.test(text[space.start - 1] ?? 'a') || !LATIN.test(text[space.end] ?? 'a');
}

// How far below the headline its credit's party is looked for: the lede and the paragraph after.
const ECHO_REACH = 400;
const NAME_RUN = /[\u4E00-\u9FFF\u30A0-\u30FFA-Za-zＡ-Ｚａ-ｚ・]{2,24}/gu;

/**
 * True when the text below the headline (from token `from`) cites the party as its data's maker, by the
 * headline's name or a longer one it shortens: 国土交通省は…公表した, 県教育委員会の調査で.
 */
function citedBelow(text: string, tokens: readonly Token[], from: number, name: string): boolean {
  const start = (tokens[from] as Token | undefined)?.start ?? text.length;
  const names = new Set([name]);
  for (const run of text.slice(start, start + ECHO_REACH).match(NAME_RUN) ?? [])
    if (shortens(name, run)) names.add(run);
  return [...names].some((n) => studiedBy(tokens, from, n));
}

function hasGenitive(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = lo; k <= hi; k++) if (isGenitive(tokens[k])) return true;
  return false;
}

/** 「…＝ロイター」, 「…―東京地裁」: a wire or a body named after ＝ or a dash that ends the headline. */
function wireCredit(text: string, tokens: readonly Token[], lo: number, hi: number): Label | null {
  for (let k = hi - 1; k >= lo; k--) {
    if (!CREDIT_MARKS.has((tokens[k] as Token).surface)) continue;
    const phrase = phraseEndingAt(tokens, hi, k + 1);
    if (!phrase || phrase.first !== k + 1) return null;
    // A wire's name is known as an outlet's (ロイター, 共同); another must say it is a body (東京地裁).
    if (sourceTypeOf(phrase) === 'media') return labelOf(phrase, 'media');
    return bodyName(text, tokens, k + 1, hi);
  }
  return null;
}

/** The label of a body's name filling tokens [lo, hi]: a government, organisation or outlet, or a university. */
function bodyName(text: string, tokens: readonly Token[], lo: number, hi: number): Label | null {
  const phrase = phraseEndingAt(tokens, hi, lo);
  if (!phrase || phrase.first !== lo) return null;
  // 「…7割超に―北海運協」: a short name the body defines after a full one (北海道貨物運送協会（北海運協）).
  const short = namesABody(phrase.text) ? null : definedShortName(text, phrase.text);
  if (short === 'government' || short === 'organization' || short === 'media') return labelOf(phrase, short);
  // 「…5万人追跡　北陸医科大」: a university's short name signs as its full name would — when the body
  // tells its study (「駅伝で3年ぶり優勝　南陽大」 is the winner's name, not a signature).
  if (isUniversity(tokens, phrase) && studiedBy(tokens, hi + 1, phrase.text)) return labelOf(phrase, 'organization');
  // A place (「…　北九州」) or a person signs nothing; the name must say it is a body.
  if (!namesABody(phrase.text)) return null;
  const type = sourceTypeOf(phrase);
  if (type !== 'government' && type !== 'organization' && type !== 'media') return null;
  return labelOf(phrase, type);
}

/**
 * 「…補正予算は13兆円規模　政府筋」: a party kept unnamed by 筋 (政府筋, 外交筋) signs the headline's end as a
 * body's name does; a bare 関係者 there is no credit.
 */
function unnamedCredit(tokens: readonly Token[], lo: number, hi: number): Label | null {
  const head = tokens[hi] as Token;
  if (hi === lo || head.surface !== '筋' || !isSuffix(head)) return null;
  const phrase = phraseEndingAt(tokens, hi, lo);
  if (!phrase || phrase.first !== lo || sourceTypeOf(phrase) !== 'anonymous') return null;
  return labelOf(phrase, 'anonymous');
}

function labelOf(phrase: NamePhrase, type: Source['type']): Label {
  const source = { name: phrase.text, type, cue: null, start: phrase.start, end: phrase.end };
  return { source, start: phrase.start, end: phrase.end };
}

/**
 * 東都|大, 北陸|医科|大, 北陸|短大, 東和大学: a proper name and a university's ending word — 大 as IPADIC's
 * suffix word, or a short word for one; 日本最大 and 被害拡大 end in words of their own.
 */
function isUniversity(tokens: readonly Token[], phrase: NamePhrase): boolean {
  const last = tokens[phrase.last] as Token;
  const short = (last.surface === '大' && isSuffix(last)) || UNIVERSITY_SHORT_WORDS.has(last.surface);
  return phrase.hasProper && phrase.last > phrase.first && (short || last.surface === '大学');
}

// How far past the name a study's team is looked for: the headline's rest, the lede and the paragraphs after.
const STUDY_REACH = 600;

/**
 * 「…認知症リスク1.3倍　北山医科大」 over 「北山医科大学などの研究チームが…」: a university signs the headline
 * only when the body names its study or team, or its announcement; 「駅伝で3年ぶり優勝　南陽大」 over 「南陽大が…優勝を果たした」
 * is the winner's name, not a signature.
 */
function studiedBy(tokens: readonly Token[], from: number, name: string): boolean {
  let body = '';
  for (let k = from; k < tokens.length && body.length < STUDY_REACH; k++) body += (tokens[k] as Token).surface;
  const heads = ['研究', '調査', ...RESEARCH_TEAM_HEADS].join('|');
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // 北山医科大学などの研究チームが / 北山医大は25日、…と発表した
  const owner = `${escaped}学?(?:など|や[^。、]{1,20}?)?`;
  const cited = 'によると|によりますと|の(?:まとめ|調べ)';
  return new RegExp(`${owner}(?:${cited}|の?(?:${heads})|[はが][^。]*?(?:発表|公表|明らかに))`, 'u').test(body);
}
