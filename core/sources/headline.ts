import { LABEL_REPORTS } from '../lexicon/report-nouns';
import { RESEARCH_BODY_TAILS, RESEARCH_TEAM_HEADS, UNIVERSITY_SHORT_WORDS } from '../lexicon/source-nouns';
import {
  isBindingParticle,
  isCaseParticle,
  isGenitive,
  isNumeral,
  isParticle,
  isPrefix,
  isSuffix,
  isSymbol,
} from '../text/pos';
import type { Sentence } from '../text/sentences';
import { tokenAt } from '../text/tokens';
import type { Source, Token } from '../types';
import { creditedInDateline } from './byline';
import type { AttributedFigure } from './context';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import { namesABody, sourceTypeOf } from './source-type';

// A headline ends with no full stop (「九州北部で記録的大雨 3人死亡」), or with the words it quotes
// (「高森、7試合6トライ「あと1年半、無駄にできない」」); a first line all in quotes opens a feature.
const FULL_STOP = /[。．！？!?]$/;
const OPENS_QUOTED = /^[「『]/;

/** True when the figures measure the same thing: value, range and unit alike (50億円突破 = 50億円を突破し). */
function sameFigure(a: AttributedFigure, b: AttributedFigure): boolean {
  return a.kind === b.kind && a.unit === b.unit && a.value === b.value && a.min === b.min && a.max === b.max;
}

function named(s: Source | null): s is Source {
  return !!s && s.type !== 'byline' && s.type !== 'none' && !!s.name;
}

/**
 * The sources with the headline's settled. A bare headline figure is the outlet's summary; one its own
 * label attributes (「…6割　県教委調査」, 「74万人と主催者発表」) is that party's; words it quotes
 * (「田中社長「売上高は3年で2倍に」」) take the source the body gives the same figure — only when every
 * body mention of it gives the same named source.
 */
export function echoHeadline(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  figures: readonly AttributedFigure[],
  sources: readonly (Source | null)[],
): (Source | null)[] {
  const head = sentences[0];
  if (head?.paragraph !== 0 || FULL_STOP.test(head.text) || OPENS_QUOTED.test(head.text)) return [...sources];
  const body = figures.flatMap((f, i) => (f.start >= head.end ? [i] : []));
  const labels = labelsIn(tokens, head);
  // 【ベルリン共同】 under the headline: the wire's credit is for the body it wrote, not the headline's summary.
  const summary = (own: Source | null) => (own?.type === 'byline' && creditedInDateline(text, own.name) ? null : own);
  return figures.map((f, i) => {
    const own = sources[i] ?? null;
    if (f.start < head.start || f.end > head.end || named(own)) return own;
    // 「教員の6割が残業　県教委調査」: the headline says whose survey it is, whatever else the body cites.
    const labelled = labelFor(f, labels, figures);
    if (labelled) return { ...labelled };
    // A bare headline figure is the outlet's summary (「山善、ヒーター12万台を回収へ」); only words it quotes
    // have a speaker, the one the body gives them (「田中社長「売上高は3年で2倍に」」).
    if (!insideQuote(text, head.start, f.start)) return summary(own);
    const same = body.filter((b) => sameFigure(f, figures[b] as AttributedFigure)).map((b) => sources[b] ?? null);
    const first = same[0] ?? null;
    if (!named(first) || !same.every((b) => named(b) && b.name === first.name)) return summary(own);
    // The card points at the body's words: the source is written there, not in the headline.
    return { ...first };
  });
}

/** The label between the figure's spaces, else one standing where the headline has no figure. */
function labelFor(f: AttributedFigure, labels: readonly Label[], figures: readonly AttributedFigure[]): Source | null {
  const mine = labels.find((l) => f.start >= l.start && f.end <= l.end);
  if (mine) return mine.source;
  const tag = labels.find((l) => !figures.some((g) => g.start >= l.start && g.end <= l.end));
  return tag?.source ?? null;
}

/** True when `at` lies inside 「」 or 『』 opened after `from`. */
function insideQuote(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '「' || c === '『') depth++;
    else if ((c === '」' || c === '』') && depth > 0) depth--;
  }
  return depth > 0;
}

// IPADIC may glue a bracket to what comes before it (5.1%（ as one word): its last character decides.
const BREAK = /[\s、，,（(「『【［[]$/u;

/** A particle other than の, before which a name ends: 74万人と主催者発表. */
function closesName(t: Token): boolean {
  return isParticle(t) && !isGenitive(t);
}

/** A token after which a name may start: a space, comma or opening bracket (・ joins a name). */
function opensName(t: Token): boolean {
  return BREAK.test(t.surface) || (isSymbol(t) && t.surface !== '・');
}

/** A headline's label and the stretch between spaces it stands in. */
interface Label {
  source: Source;
  start: number;
  end: number;
}

/** True when the token ends a label: the headline's end, a space or bracket, or a topic は (警察推計は38万人). */
function closesLabel(t: Token | undefined): boolean {
  return !t || isSymbol(t) || (isBindingParticle(t) && t.surface === 'は');
}

/**
 * Labels naming whose data a headline gives: a body's name with a report noun after it and no
 * particle (「…6割　県教委調査」, 「…（内閣府調べ）」, 「74万人と主催者発表」, 「警察推計は38万人」) or with
 * が (「…最大27万人不足か　看護協会が推計」), or with an ordinal between (「連合の1回目集計」, 「経団連の第1回集計」). Each holds for the figures between its spaces; one
 * standing where no figure is (a trailing 「　市教委調査」) holds for the whole headline.
 */
function labelsIn(tokens: readonly Token[], head: Sentence): Label[] {
  const first = tokenAt(tokens, head.start);
  const end = tokenAt(tokens, head.end);
  const labels: Label[] = [];
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (!LABEL_REPORTS.has(t.surface) || !closesLabel(k + 1 < end ? tokens[k + 1] : undefined)) continue;
    // 連合の1回目集計: an ordinal between the name and its report noun, after の. 「…不足か　看護協会が推計」:
    // the body as the report noun's subject, with が.
    const ga = tokens[k - 1]?.surface === 'が' && isCaseParticle(tokens[k - 1]);
    let last = ga ? k - 2 : k - 1;
    let j = last;
    while (j > first && isSuffix(tokens[j])) j--;
    if (isNumeral(tokens[j])) {
      while (j > first && (isNumeral(tokens[j]) || isPrefix(tokens[j]))) j--;
      if (!isGenitive(tokens[j])) continue;
      last = j - 1;
    }
    // The name starts after the space, comma, bracket or particle before it: （東和総研調べ） → 東和総研,
    // 74万人と主催者発表 → 主催者 (の may join a name: 県の審議会).
    let lo = last;
    while (lo > first && !opensName(tokens[lo - 1] as Token) && !closesName(tokens[lo - 1] as Token)) lo--;
    const phrase = phraseEndingAt(tokens, last, lo);
    const type = phrase && sourceTypeOf(phrase);
    // 主催者発表: a party named by its role (anonymous) labels as well; a person's name or a thing does not.
    if (!phrase || !(type === 'government' || type === 'organization' || type === 'media' || type === 'anonymous'))
      continue;
    // 新型iPhone発表: what is announced may stand before 発表 too; only a name whose words say it is a
    // body announces (警察発表, 主催者発表, 東和市発表).
    if (t.surface === '発表' && type === 'organization' && !namesABody(phrase.text)) continue;
    const source = { name: phrase.text, type, cue: t.surface, start: phrase.start, end: phrase.end };
    labels.push({ source, ...spaceAround(tokens, first, end, k) });
  }
  const team = teamLabel(tokens, head, first, end);
  if (team) labels.push(team);
  const signed = signatureLabel(tokens, first, end);
  if (signed) labels.push(signed);
  return labels;
}

/**
 * 「実質賃金、4年連続マイナス　25年は0.6%減　厚労省」, 「来園者6割「また来たい」　ひかり台動物園」: a body's
 * name alone after the headline's last space signs it, as 「　市教委調査」 would — its figures are that
 * body's. A place (「…　北九州」) or a person signs nothing; the name must say it is a body.
 */
function signatureLabel(tokens: readonly Token[], first: number, end: number): Label | null {
  let lo = end - 1;
  while (lo > first && !isSpace(tokens[lo - 1] as Token)) lo--;
  if (lo <= first || !/\u3000/u.test((tokens[lo - 1] as Token).surface)) return null;
  const phrase = phraseEndingAt(tokens, end - 1, lo);
  if (!phrase || phrase.first !== lo) return null;
  // 「…5万人追跡　北陸医科大」: a university's short name signs as its full name would.
  if (isUniversity(tokens, phrase) && studiedBy(tokens, end, phrase.text)) {
    const source = {
      name: phrase.text,
      type: 'organization' as const,
      cue: null,
      start: phrase.start,
      end: phrase.end,
    };
    return { source, start: phrase.start, end: phrase.end };
  }
  if (!namesABody(phrase.text)) return null;
  const type = sourceTypeOf(phrase);
  if (type !== 'government' && type !== 'organization' && type !== 'media') return null;
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

// How far into the body a study's team is looked for: its lede and the paragraphs after.
const STUDY_REACH = 600;

/**
 * 「…認知症リスク1.3倍　北山医科大」 over 「北山医科大学などの研究チームが…」: a university signs the headline
 * only when the body names its study or team, or its announcement; 「駅伝で3年ぶり優勝　南陽大」 over 「南陽大が…優勝を果たした」
 * is the winner's name, not a signature.
 */
function studiedBy(tokens: readonly Token[], end: number, name: string): boolean {
  let body = '';
  for (let k = end; k < tokens.length && body.length < STUDY_REACH; k++) body += (tokens[k] as Token).surface;
  const heads = ['研究', '調査', ...RESEARCH_TEAM_HEADS].join('|');
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // 北山医科大学などの研究チームが / 北山医大は25日、…と発表した
  const owner = `${escaped}学?(?:など|や[^。、]{1,20}?)?`;
  return new RegExp(`${owner}(?:の?(?:${heads})|[はが][^。]*?(?:発表|公表|明らかに))`, 'u').test(body);
}

/**
 * 「…リスク1.3倍　東和大チーム、3万人を追跡」: a research team opening a stretch, set apart by a comma, is
 * whose study the headline sums up — every figure of it is the team's.
 */
function teamLabel(tokens: readonly Token[], head: Sentence, first: number, end: number): Label | null {
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.surface !== '、' || !RESEARCH_TEAM_HEADS.includes(tokens[k - 1]?.surface ?? '')) continue;
    let lo = k - 1;
    while (lo > first && !isSpace(tokens[lo - 1] as Token)) lo--;
    const phrase = phraseEndingAt(tokens, k - 1, lo);
    // The team's name fills the stretch up to the comma, and says whose team it is (東和大チーム, not チーム).
    if (!phrase || phrase.first !== lo || !phrase.hasProper) continue;
    // 東和大チーム, 東和研究チーム: a team of research; 日本代表チーム、3位に浮上 is a side's result, the outlet's.
    const team = (tokens[k - 1] as Token).surface;
    const owner = phrase.text.slice(0, -team.length);
    if (!team.startsWith('研究') && !RESEARCH_BODY_TAILS.some((w) => owner.endsWith(w))) continue;
    const source = {
      name: phrase.text,
      type: 'organization' as const,
      cue: null,
      start: phrase.start,
      end: phrase.end,
    };
    return { source, start: head.start, end: head.end };
  }
  return null;
}

/** The stretch of a headline between the spaces around token `k`. */
function spaceAround(tokens: readonly Token[], first: number, end: number, k: number): { start: number; end: number } {
  let lo = k;
  while (lo > first && !isSpace(tokens[lo - 1] as Token)) lo--;
  let hi = k;
  while (hi + 1 < end && !isSpace(tokens[hi + 1] as Token)) hi++;
  return { start: (tokens[lo] as Token).start, end: (tokens[hi] as Token).end };
}

const isSpace = (t: Token): boolean => /^[\s\u3000]+$/u.test(t.surface);
