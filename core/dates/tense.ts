import { FORECAST_NOUNS, FORECAST_VERBS } from '../lexicon/forecasts';
import { ABOUT_TIME } from '../lexicon/relative-dates';
import { LATER_NOUNS } from '../lexicon/reporting-cues';
import { alternation } from '../lexicon/word-table';
import { isAdjective, isAuxiliary, isDependent, isNoun, isParticle, isVerb } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { quoteCloseBefore } from './quotes';

/** Whether the predicate a date leads into is in the past (発表した) or not (出す, 開かれる). */
export type Tense = 'past' | 'nonpast';

/** Tokens looked at after the date for its predicate: 「3月末までに結論を出す」 reaches 出す. */
const MAX_LOOK = 7;
const STOP = /[、。，．！？「」『』（）\n]/;

/**
 * The tense of the first predicate after a date, from the tokens: 「11月に開かれた会合」 → past,
 * 「3月末までに結論を出す」 → nonpast, 「3月に入って」 (a te-form, tense unsaid) or 「3月の会合」 → null.
 * Stops at punctuation and at の (the date then qualifies a noun, not a verb).
 */
export function tenseAfter(tokens: readonly Token[], end: number, text = ''): Tense | null {
  const p = predicateTense(tokens, end, text);
  // 「町は20日に説明会を開き、…と示した」: a verb that goes on with a comma shares the main verb's tense
  // (only the past is read from there, as for a dateline).
  const t = p === CONTINUES ? mainVerbPast(tokens, end, text) : (p ?? datelineTense(tokens, end, text));
  // 「6月中旬から続く」「6月を上回る」: only a date the event is set at (に, まで) is told as to come.
  const atTime = AT_TIME.test(text.slice(end, end + 3)) || ABOUT_END.test(text.slice(Math.max(0, end - 2), end));
  return t === 'nonpast' && text && !atTime ? null : t;
}

// 3月に開く, 3月末までに出す, 3月中に決める, 3月ごろ完成する
const AT_TIME = new RegExp(`^${alternation(['に', 'まで', '中に', ...ABOUT_TIME])}`);
// 「3月ごろ」 read as one mention: its ごろ is at the end of the date, not after it
const ABOUT_END = new RegExp(`${alternation(ABOUT_TIME)}$`);

// 開始は|2月上旬|で、…: the date is what the topic is (the copula's predicate), not when a verb happened.
const COPULA_AFTER = /^(?:で[、，]|だ(?!っ)|です(?!で))/;
// …早かった。…早かったという。…でした。: a sentence ending in the past (a quotative may follow).
const PAST_END = /(?:た|でした)(?:という|とされる|とみられる|そうだ|ようだ)?$/;

/**
 * 「飛散開始は2月上旬で、例年より早いという」「開幕は3月だ」: a date stated as what its topic is, in
 * a sentence that ends in the non-past, is told as to come ('nonpast'); else null (a past end says
 * nothing sure: 「…で、同会が発表した」).
 */
export function copulaTense(text: string, start: number, end: number): Tense | null {
  if (text[start - 1] !== 'は' || !COPULA_AFTER.test(text.slice(end, end + 3))) return null;
  const stop = sentenceEnd(text, end);
  const sentence = text.slice(end, stop < 0 ? text.length : stop).replace(/[」』）)]+$/, '');
  return PAST_END.test(sentence) ? null : 'nonpast';
}

/**
 * A dateline: 「同社は十二日、二〇二四年度の決算を発表した。」 — a day set off by a comma after the
 * topic dates the whole sentence, so the tense is its main verb's, at the sentence's end. Only the past
 * is read from there (発表した → the 12th just gone); a main verb in the non-past says nothing new.
 */
function datelineTense(tokens: readonly Token[], end: number, text: string): Tense | null {
  if (!/^[、，]/.test(text.slice(end, end + 1)) || !DATELINE_TOPIC.test(text.slice(0, end))) return null;
  return mainVerbPast(tokens, end, text);
}

/**
 * 'past' when the sentence going on from `end` ends in a past verb (…を発表した。), else null: the
 * tense of a date that sets the scene of the whole sentence (a dateline, 週明けの市場で…下落した).
 */
export function mainVerbPast(tokens: readonly Token[], end: number, text: string): Tense | null {
  const stop = sentenceEnd(text, end);
  if (stop < 0) return null;
  // 「…成立させ、道筋を示したい」と述べた。: inside a quote the main verb is the quote's last (示したい), not
  // the reporter's (述べた).
  const quoted = quoteCloseBefore(text, end, stop);
  const close = quoted < 0 ? stop : quoted;
  // the main verb's chain, walked back from the sentence end: 発表|し|た, 明らかに|し|まし|た
  let i = tokenAt(tokens, close - 1);
  if (!tokens[i] || (tokens[i] as Token).end !== close) return null;
  let first = -1;
  for (; i >= 0 && (tokens[i] as Token).start > end; i--) {
    const t = tokens[i] as Token;
    const te = isParticle(t) && (t.surface === 'て' || t.surface === 'で');
    if (isVerb(t)) first = i;
    else if (!isAuxiliary(t) && !te) break;
  }
  return first >= 0 && chainTense(tokens, first) === 'past' ? 'past' : null;
}

/** Tokens a clause's first predicate is looked for in: 「秋以降にサバの漁獲が好調だった」 reaches だった. */
const MAX_CLAUSE = 16;
const CLAUSE_STOP = /[。！？「」『』\n]/;

/**
 * Whether the clause stops before `tokens[i]`: at a sentence mark, or at text the tokens skipped (a line
 * break between a headline and the body, which the tokenizer gives no token): 「…を3月に発売」 ends the headline
 * and must not take its tense from the body's 「生乳だけを使った」.
 */
function clauseStops(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  return CLAUSE_STOP.test(t.surface) || (prev !== undefined && t.start > prev.end);
}

/**
 * 'past' when the first predicate after `end` in its sentence (a verb, an adjective or the copula,
 * across の) is in the past: 「秋以降にサバの漁獲が好調だったことが大きい」, 「夏以降の受注が減った」;
 * else null (「秋以降も…推移する可能性がある」と話した: the quote's own predicate is not past).
 */
export function clausePast(tokens: readonly Token[], end: number): Tense | null {
  let i = tokenAt(tokens, end);
  if (tokens[i] && (tokens[i] as Token).end <= end) i++;
  for (let n = 0; n < MAX_CLAUSE && i < tokens.length; n++, i++) {
    const t = tokens[i] as Token;
    if (clauseStops(tokens, i)) return null;
    const copula = isAuxiliary(t) && (t.basic === 'だ' || t.basic === 'です');
    if (!isVerb(t) && !isAdjective(t) && !copula) continue;
    for (let j = i + 1; j < tokens.length && (isAuxiliary(tokens[j]) || isVerb(tokens[j])); j++)
      if ((tokens[j] as Token).basic === 'た') return 'past';
    return null;
  }
  return null;
}

/** Tokens a clause's first verb is looked for in by clauseTense: 「12月までにあと1〜2回、…利上げがある」. */
const MAX_CLAUSE_VERB = 24;

/**
 * The tense of the first verb after `end` in its sentence, past or not: 「7〜9月の3カ月間、再開する方針だ」
 * → nonpast, 「10〜12月期に前年同期比12%減ったことを」 → past; null when no verb with a tense comes
 * before the sentence ends. Read only for a month named
 * without a year, when the predicate right after it told nothing (see monthYear). With `since` (the date
 * starts what is told: 11月から, 11月以降) a non-past verb counts only told ahead (see toldAhead).
 */
export function clauseTense(tokens: readonly Token[], end: number, since = false): Tense | null {
  let i = tokenAt(tokens, end);
  if (tokens[i] && (tokens[i] as Token).end <= end) i++;
  for (let n = 0; n < MAX_CLAUSE_VERB && i < tokens.length; n++, i++) {
    i = pastTitle(tokens, i);
    const t = tokens[i] as Token;
    if (!t) return null;
    // 「11月の開業以来、営業している」: what has gone on since a start already past
    if (clauseStops(tokens, i) || t.surface === '以来') return null;
    if (!isVerb(t)) continue;
    // 「11月に落ち込み、前年を下回った」: a verb going on with a comma shares the tense of the next one.
    const tense = chainTense(tokens, i);
    if (tense === CONTINUES) continue;
    // 「半数が4月までの解除を予想した」: a forecast made in the past of a month still to come.
    if (tense === 'past' && forecasts(tokens, i)) return null;
    return since && tense === 'nonpast' && !toldAhead(tokens, i) ? null : tense;
  }
  return null;
}

/** Whether the verb at `i` forecasts: 見込む, 見通す, or する after 予想 or 予測 (予想|し|た). */
function forecasts(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (FORECAST_VERBS.includes(t.basic)) return true;
  return t.basic === 'する' && FORECAST_NOUNS.includes(tokens[i - 1]?.surface ?? '');
}

/** How many tokens a title in brackets may run (企画展「闇の生きものたち」). */
const MAX_TITLE = 16;

/**
 * 「7月19日から企画展「闇の生きものたち」で公開する」: brackets opened right after a noun hold its title,
 * not a quotation ending the clause; the clause goes on after them. The index after the title's 」, or `i`.
 */
function pastTitle(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t?.surface !== '「' || !prev || !isNoun(prev) || prev.end !== t.start) return i;
  for (let j = i + 1; j < tokens.length && j <= i + MAX_TITLE; j++) {
    const s = (tokens[j] as Token).surface;
    if (s === '」') return j + 1;
    if (/[。「\n]/.test(s)) return i;
  }
  return i;
}

/**
 * After a start (11月から), whether the non-past verb at `i` looks ahead: it ends its clause or sets a plan
 * (「11月から再開する方針だ」「11月から再開する。」), not a state going on since (「11月から稼働させている」)
 * nor a thing qualified by what has gone on since (「11月から続く円安が」).
 */
function toldAhead(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  for (; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (isParticle(t) && (t.surface === 'て' || t.surface === 'で') && GOING_ON.has(tokens[j + 1]?.basic ?? ''))
      return false;
    if (!isVerb(t) && !isAuxiliary(t)) break;
  }
  const next = tokens[j];
  return !next || !isNoun(next) || LATER_NOUNS.includes(next.surface) || guessEnding(next, tokens[j + 1]);
}

/**
 * The explanatory の closing a guess or a reason (「5月以降は落ち着くのでは」「6月から下がるのだろう」「戻るんじゃないか」): the
 * verb before it ends its clause, as it would before 。, and is no noun it qualifies.
 */
function guessEnding(no: Token, after: Token | undefined): boolean {
  if (!(no.surface === 'の' || no.surface === 'ん') || !isDependent(no) || !after) return false;
  return COPULAS.has(after.basic) || COPULA_AFTER_NO.has(after.surface);
}

// の|だろ|う, の|でしょ|う (their basic form is だ, です); の|で|は, ん|じゃ|ない: the copula after it.
const COPULAS: ReadonlySet<string> = new Set(['だ', 'です']);
const COPULA_AFTER_NO: ReadonlySet<string> = new Set(['で', 'では', 'じゃ']);

// 稼働させ|て|いる, 始め|て|おり: a state going on
const GOING_ON: ReadonlySet<string> = new Set(['いる', 'おる']);

const SENTENCE_END = /[。！？\n]/g;

/** Where the sentence going on at `from` ends (its 。, ！, ？ or line break), or -1: no copy of the rest. */
function sentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.exec(text)?.index ?? -1;
}

// The date (up to its end) right after a topic that opens its sentence: 「同社は十二日、」「県警は12日、」.
const DATELINE_TOPIC = /(?:^|[。！？\n」])[^。！？\n、「」]{1,20}[はが][^。！？\n、「」はが]{1,10}$/;

/** A predicate in its continuative form before a comma (開き、 開かれ、 開いて、): its tense is said later. */
const CONTINUES = 'continues';

function predicateTense(tokens: readonly Token[], end: number, text: string): Tense | typeof CONTINUES | null {
  let i = tokenAt(tokens, end);
  if (tokens[i] && (tokens[i] as Token).end <= end) i++;
  // 「4月までに感染の拡大が続く」: once a particle (まで, に) has tied the date to the predicate, a の
  // further on joins two nouns of the clause; の next to the date (3月の会合, 3月までの期間) does not.
  const tied = isParticle(tokens[i]) && (tokens[i] as Token).surface !== 'の';
  for (let n = 0; n < MAX_LOOK && i < tokens.length; n++, i++) {
    const t = tokens[i] as Token;
    const no = isParticle(t) && t.surface === 'の';
    if (STOP.test(t.surface) || (no && !(tied && n > 1 && !isParticle(tokens[i - 1])))) return null;
    if (isVerb(t)) return qualifiedTense(tokens, i, end, text);
  }
  return null;
}

/**
 * The tense of the verb at `i`, except that a non-past verb qualifying a noun in a sentence that ends
 * in the past tells no time to come: 「3月に出荷を早める動きがあり、反動が出た」 is last March's rush
 * (its time is told against the main verb's), while 「3月に開く会合で決める」 still looks ahead.
 */
function qualifiedTense(tokens: readonly Token[], i: number, end: number, text: string): ReturnType<typeof chainTense> {
  const tense = chainTense(tokens, i);
  if (tense !== 'nonpast' || !text || toldAhead(tokens, i)) return tense;
  return mainVerbPast(tokens, end, text) === 'past' ? null : tense;
}

/**
 * Follows a verb's chain (開か|れ|た, 発表|し|て|い|た) to say whether it ends in the past; CONTINUES
 * when it stops in a continuative form before a comma (開き|、, 開い|て|、).
 */
function chainTense(tokens: readonly Token[], start: number): Tense | typeof CONTINUES | null {
  let last = tokens[start] as Token;
  let i = start + 1;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const te = isParticle(t) && (t.surface === 'て' || t.surface === 'で') && isDependent(tokens[i + 1]);
    if (!isVerb(t) && !isAuxiliary(t) && !te) break;
    if (isAuxiliary(t) && t.basic === 'た') return 'past';
    // 突っ込ん|だ, 読ん|だ: IPADIC may give the past だ after a verb's onbin the copula's base form.
    if (isAuxiliary(t) && t.surface === 'だ' && isVerb(tokens[i - 1])) return 'past';
    last = t;
  }
  if (isParticle(last)) return null;
  if (last.surface === last.basic) return 'nonpast';
  const next = tokens[i];
  const te = next && isParticle(next) && (next.surface === 'て' || next.surface === 'で') ? 1 : 0;
  return /^[、，]$/.test(tokens[i + te]?.surface ?? '') ? CONTINUES : null;
}

/**
 * Whether the clause's first verb after `end` tells a state going on now, in the non-past (伸び|て|いる,
 * 減っ|て|おり): 「販売数は前年の約1.5倍に伸びている」 compares this year with the one before it.
 * 伸びていた, 伸びた, or no verb before the clause ends: false.
 */
export function goingOnNow(tokens: readonly Token[], end: number): boolean {
  let i = tokenAt(tokens, end);
  if (tokens[i] && (tokens[i] as Token).end <= end) i++;
  for (let n = 0; n < MAX_CLAUSE && i < tokens.length; n++, i++) {
    if (clauseStops(tokens, i)) return false;
    if (!isVerb(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && (isAuxiliary(tokens[j]) || isVerb(tokens[j]))) j++;
    const te = tokens[j];
    if (!te || !isParticle(te) || (te.surface !== 'て' && te.surface !== 'で')) return false;
    const aux = tokens[j + 1];
    if (!aux || !GOING_ON.has(aux.basic)) return false;
    return (tokens[j + 2]?.basic ?? '') !== 'た';
  }
  return false;
}
