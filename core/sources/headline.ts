import { LABEL_REPORTS } from '../lexicon/report-nouns';
import { RESEARCH_BODY_TAILS, RESEARCH_TEAM_HEADS } from '../lexicon/source-nouns';
import {
  isAdverbialNoun,
  isBindingParticle,
  isCaseParticle,
  isCounter,
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
import { creditLabels, isCreditMark, isSpace, type Label } from './headline-credits';
import { bodyEcho, named } from './headline-echo';
import { phraseEndingAt } from './name-phrase';
import { definedShortName } from './short-names';
import { namesABody, sourceTypeOf } from './source-type';

// A headline ends with no full stop (「九州北部で記録的大雨 3人死亡」), or with the words it quotes
// (「高森、7試合6トライ「あと1年半、無駄にできない」」).
const FULL_STOP = /[。．！？!?]$/;

/**
 * True for a first line all in quotes (「売上高は3年で2倍に」), which opens a feature; 「住みたい街」首位は横浜
 * only opens with a quoted word.
 */
function allQuoted(line: string): boolean {
  if (!/^[「『]/u.test(line)) return false;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '「' || c === '『') depth++;
    else if ((c === '」' || c === '』') && --depth === 0) return i === line.length - 1;
  }
  return true;
}

/**
 * The sources with the headline's settled. A figure its own label attributes (「…6割　県教委調査」,
 * 「74万人と主催者発表」) is that party's; one the body repeats takes the source the body gives it, when
 * every body mention gives one named party (core/sources/headline-echo.ts); any other is the outlet's.
 */
export function echoHeadline(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  figures: readonly AttributedFigure[],
  sources: readonly (Source | null)[],
): (Source | null)[] {
  const head = sentences[0];
  if (head?.paragraph !== 0 || FULL_STOP.test(head.text) || allQuoted(head.text)) return [...sources];
  const labels = labelsIn(text, tokens, head, figures);
  // 【ベルリン共同】 under the headline: the wire's credit is for the body it wrote, not the headline's summary.
  const summary = (own: Source | null) => (own?.type === 'byline' && creditedInDateline(text, own.name) ? null : own);
  return figures.map((f, i) => {
    const own = sources[i] ?? null;
    if (f.start < head.start || f.end > head.end) return own;
    // 「教員の6割が残業　県教委調査」: the headline says whose survey it is, whatever else the body cites.
    const labelled = labelFor(f, labels, figures);
    // 「…市場予想通り＝ロイター」 read as one name by the sentence's rules: the credit inside it is the label.
    if (named(own) && !(labelled && within(labelled, own))) return own;
    if (labelled) return { ...labelled };
    // 「主食用米の収穫量702万トン」 over 農林水産省は…702万トンだったと発表した: a headline figure the body
    // repeats is the party's the body gives it to, as a fact-checker reads it (the dev gold lists that
    // party, with "" beside it); words it quotes likewise (「田中社長「売上高は3年で2倍に」」).
    const echoed = bodyEcho(tokens, sentences, head, f, figures, sources);
    // The card points at the body's words: the source is written there, not in the headline.
    return echoed ? { ...echoed } : summary(own);
  });
}

/** True when the label's name is written inside the source's: ロイター in 市場予想通り＝ロイター. */
function within(label: Source, own: Source): boolean {
  const { start, end } = label;
  return start !== undefined && end !== undefined && own.start !== undefined && own.end !== undefined
    ? start >= own.start && end <= own.end && end - start < own.end - own.start
    : false;
}

/** The label between the figure's spaces, else one standing where the headline has no figure. */
function labelFor(f: AttributedFigure, labels: readonly Label[], figures: readonly AttributedFigure[]): Source | null {
  const mine = labels.find((l) => f.start >= l.start && f.end <= l.end);
  if (mine) return mine.source;
  const tag = labels.find((l) => !figures.some((g) => g.start >= l.start && g.end <= l.end));
  return tag?.source ?? null;
}

// IPADIC may glue a bracket to what comes before it (5.1%（ as one word): its last character decides.
const BREAK = /[\s、，,（(「『【［[]$/u;

/** A particle other than の, before which a name ends: 74万人と主催者発表. */
function closesName(t: Token, next?: Token): boolean {
  // 東和大などのチーム, 山田教授らのグループ: など / ら and の inside a team's name (the team's body stays in it).
  if (next && isGenitive(next) && /^(?:など|ら)$/.test(t.surface)) return false;
  return isParticle(t) && !isGenitive(t);
}

/** A token after which a name may start: a space, comma or opening bracket (・ joins a name). */
function opensName(t: Token): boolean {
  return BREAK.test(t.surface) || (isSymbol(t) && t.surface !== '・');
}

const TIME_COUNTERS = /^(?:時|分|日|月)$/u;

/** The token before any time written ahead of token `k`: 午後6時 and 5日現在 step back to their が. */
function timeBefore(tokens: readonly Token[], k: number, first: number): number {
  let p = k - 1;
  while (p > first) {
    const t = tokens[p] as Token;
    if (!(isNumeral(t) || isAdverbialNoun(t) || (isCounter(t) && TIME_COUNTERS.test(t.surface)))) break;
    p--;
  }
  return p;
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
function labelsIn(
  text: string,
  tokens: readonly Token[],
  head: Sentence,
  figures: readonly AttributedFigure[],
): Label[] {
  const first = tokenAt(tokens, head.start);
  const end = tokenAt(tokens, head.end);
  const labels: Label[] = [];
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (!LABEL_REPORTS.has(t.surface) || !closesLabel(k + 1 < end ? tokens[k + 1] : undefined)) continue;
    // 連合の1回目集計: an ordinal between the name and its report noun, after の. 「…不足か　看護協会が推計」:
    // the body as the report noun's subject, with が, the time of its tally between (日田市消防本部が午後6時集計).
    // 「…北海新報世論調査」: a report noun the table holds whole (世論調査) that IPADIC parts (世論|調査) ends
    // the name before its first word, as 調査 alone would.
    const whole = k - 1 > first && LABEL_REPORTS.has(`${(tokens[k - 1] as Token).surface}${t.surface}`);
    const g = timeBefore(tokens, whole ? k - 1 : k, first);
    const ga = tokens[g]?.surface === 'が' && isCaseParticle(tokens[g]);
    let last = ga ? g - 1 : whole ? k - 2 : k - 1;
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
    while (lo > first && !opensName(tokens[lo - 1] as Token) && !closesName(tokens[lo - 1] as Token, tokens[lo])) lo--;
    const phrase = phraseEndingAt(tokens, last, lo);
    // 「…7割超―北海運協調査」: a short name the body defines after a full one (北海道貨物運送協会（北海運協）).
    const type = phrase && (sourceTypeOf(phrase) ?? definedShortName(text, phrase.text));
    // 主催者発表: a party named by its role (anonymous) labels as well; a person's name or a thing does not.
    if (!phrase || !(type === 'government' || type === 'organization' || type === 'media' || type === 'anonymous'))
      continue;
    // 新型iPhone発表: what is announced may stand before 発表 too; only a name whose words say it is a
    // body announces (警察発表, 主催者発表, 東和市発表).
    // 「…ＢＬＧ発表」 is a body too when the article defines the short name after a body's full name
    // (日本野球機構（NPB）は…発表した).
    const defined = () => definedShortName(text, phrase.text) !== null;
    if (t.surface === '発表' && type === 'organization' && !namesABody(phrase.text) && !defined()) continue;
    const source = { name: phrase.text, type, cue: t.surface, start: phrase.start, end: phrase.end };
    // 「…7割超　残業規制2カ月、…進まず―北海運協調査」: a label after a dash that ends the headline credits
    // all of it, as a wire's credit there does; so does one set apart by a comma at the headline's very end
    // (「…は3割　20代は5割近く、MMリサーチ調べ」), as one after a space would.
    const dashed = lo > first && isCreditMark(tokens[lo - 1] as Token) && k + 1 === end;
    const closing = k + 1 === end && tokens[phrase.first - 1]?.surface === '、';
    labels.push({
      source,
      ...(dashed || closing ? { start: head.start, end: head.end } : spaceAround(tokens, first, end, k)),
    });
  }
  const team = teamLabel(tokens, head, first, end);
  if (team) labels.push(team);
  labels.push(...creditLabels(text, tokens, first, end, figures));
  return labels;
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
