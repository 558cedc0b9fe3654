import {
  ANNOUNCE_SAHEN,
  NON_SOURCE_VERBS,
  RECEIVED_NOUNS,
  RECEIVING_VERBS,
  REPORTING_SAHEN,
  REPORTING_VERB_READINGS,
  REPORTING_VERBS,
  VIEW_NOUNS,
} from '../lexicon/reporting-cues';
import { TALLY_WORDS } from '../lexicon/tallies';
import {
  isAdjective,
  isAuxiliary,
  isConjunctiveParticle,
  isCounter,
  isDependent,
  isNoun,
  isNumeral,
  isPassive,
  isSuffix,
  isVerb,
} from '../text/pos';
import { KANJI, KATAKANA, toKatakana } from '../text/script';
import type { Token } from '../types';

/** A reporting verb found at a token: 述べた, 推定している, 明らかにした, との見方を示した. */
export interface VerbMatch {
  /** First and last token of the verb phrase (the last is the verb itself, before its endings). */
  first: number;
  last: number;
  /** 報じられている, とされる, とみられる: no named speaker, hearsay. */
  passive: boolean;
  /** 発表した, 公表した: an announcement, whose source stays in force for the next paragraph. */
  announce: boolean;
  /** The verb as written, for the cue: 「推定」, 「述べ」. */
  verb: string;
  /** との報告があった / との連絡が寄せられた: a report received, from whom the clause says (Xから). */
  received?: boolean;
  /** 求めている / 提示した: a demand or an offer, a cue only when its clause names who makes it. */
  demand?: boolean;
  /** 方針を固めた / 経済対策を決定した: a decision, no one's words (Cue.deed). */
  deed?: boolean;
  /** リコールを国土交通省に届け出た: a filing with an authority, a release only when a body files. */
  filing?: boolean;
}

const isSuru = (t: Token | undefined) => !!t && isVerb(t) && (t.basic === 'する' || t.basic === 'できる');
// 言いたくなる / 述べたい: a wish, not a report.
const isWish = (t: Token | undefined) => !!t && t.basic === 'たい';
/**
 * The verb at `i` in a form that reports nothing: the writer's judgment (と言ってよい, と言わざるを得ない,
 * と言うべきだ), a concession (といっても), a condition (と言えば, と考えると, とみたら, と言わなければ),
 * an explanation (と言うのも) or a negation (と発表していない). 話すのは、…さんだ (a cleft) and
 * と発表すると、… still report.
 */
/** 発表していない / 述べなかった / 明らかにしていません: a report that was not made. */
export function isNegated(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < i + 5; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (isAuxiliary(t) && (t.basic === 'ない' || t.basic === 'ぬ' || t.surface === 'ん')) return true;
    const ending = isAuxiliary(t) || t.surface === 'て' || (isVerb(t) && isDependent(t));
    if (!ending) return false;
  }
  return false;
}

const MUSING: ReadonlySet<string> = new Set(['考える', 'みる', '見る', '言う', 'いう', '思う']);

function isNotAReport(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (!a) return false;
  if (a.surface === 'ざる' || a.basic === 'べし' || a.surface === 'たら' || a.surface === 'なけれ') return true;
  if (isConjunctiveParticle(a) && a.surface === 'ば') return true;
  // と考えると / と言うと: "if one considers"; と発表すると、株価は… is a report, then what followed.
  if (isConjunctiveParticle(a) && a.surface === 'と' && MUSING.has((tokens[i] as Token).basic)) return true;
  if (a.surface === 'の' && b?.surface === 'も') return true;
  if (isNegated(tokens, i)) return true;
  if (a.surface !== 'て') return false;
  if (b?.surface === 'も') return true;
  return !!b && isAdjective(b) && /^(?:よい|いい|良い)$/.test(b.basic);
}

// Reading → the listed spellings with that reading (ミル: 見る).
const BY_READING = new Map<string, string[]>();
for (const [written, reading] of REPORTING_VERB_READINGS) {
  BY_READING.set(reading, [...(BY_READING.get(reading) ?? []), written]);
}
const NOT_KANJI = new RegExp(`[^${KANJI}]`, 'gu');
const kanjiOf = (s: string) => s.replace(NOT_KANJI, '');
const KATAKANA_ONLY = new RegExp(`^[${KATAKANA}ー]*$`);

/**
 * A reporting verb in any spelling: 呼び掛けた is 呼びかける by its reading, and its kanji (呼, 掛)
 * write the same word. A kanji the listed spelling lacks makes another word of the same sound:
 * 応える is not 答える, 解く is not 説く.
 */
function isReportingVerb(t: Token): boolean {
  if (REPORTING_VERBS.has(t.basic)) return true;
  // Verbs recur (した, なっ, いる…): decide each spelling once. Keyed by surface, then basic form and
  // reading, so no key string is built per call (the token's strings keep their hashes).
  let byBasic = spelled.get(t.surface);
  if (!byBasic) {
    if (spelled.size > 5000) spelled.clear();
    byBasic = new Map();
    spelled.set(t.surface, byBasic);
  }
  let byReading = byBasic.get(t.basic);
  if (!byReading) {
    byReading = new Map();
    byBasic.set(t.basic, byReading);
  }
  let hit = byReading.get(t.reading);
  if (hit === undefined) {
    hit = isSpelledReportingVerb(t);
    byReading.set(t.reading, hit);
  }
  return hit;
}

const spelled = new Map<string, Map<string, Map<string | null, boolean>>>();

function isSpelledReportingVerb(t: Token): boolean {
  const r = basicReading(t);
  const listed = r === null ? undefined : BY_READING.get(r);
  if (!listed) return false;
  const mine = kanjiOf(t.basic);
  return listed.some((w) => {
    const theirs = kanjiOf(w);
    // 見積る ⊆ 見積もる; a spelling all in kana (かく) could be any word of that sound.
    return (mine !== '' && [...mine].every((c) => theirs.includes(c))) || [...theirs].every((c) => mine.includes(c));
  });
}

/**
 * The reading of a verb's basic form, from the reading of its surface and the kana in which the two
 * differ: 語っ (カタッ) → 語る → カタル; 呼び掛け (ヨビカケ) → 呼び掛ける → ヨビカケル.
 */
export function basicReading(t: Token): string | null {
  if (!t.reading) return null;
  let p = 0;
  while (p < t.surface.length && t.surface[p] === t.basic[p]) p++;
  const tail = toKatakana(t.surface.slice(p));
  if (!KATAKANA_ONLY.test(tail) || !t.reading.endsWith(tail)) return null;
  const ending = toKatakana(t.basic.slice(p));
  if (!KATAKANA_ONLY.test(ending)) return null;
  return t.reading.slice(0, t.reading.length - tail.length) + ending;
}

/**
 * The reporting verb starting at token `i`, if any. `afterTo` is true right after a quoting と,
 * where する alone reports too (…としている, …とした), except in として / とした場合 / とすると.
 */
export function reportingVerbAt(tokens: readonly Token[], i: number, afterTo: boolean): VerbMatch | null {
  const t = tokens[i];
  if (!t) return null;
  const next = tokens[i + 1];
  if (isVerb(t) && isReportingVerb(t)) {
    if (isWish(next) || isNotAReport(tokens, i)) return null;
    return { first: i, last: i, passive: isPassive(next), announce: false, verb: t.surface };
  }
  const sahen = REPORTING_SAHEN.has(t.surface) || ANNOUNCE_SAHEN.has(t.surface);
  if (isNoun(t) && sahen && !NON_SOURCE_VERBS.has(t.surface)) {
    // 発表した / 発表。(a noun ending the clause: 「…」と懸念を表明。)
    if (isSuru(next) && isNotAReport(tokens, i + 1)) return null; // 説明すると, 推計すれば
    if (isSuru(next) || next?.surface === '。' || next?.surface === '、' || next === undefined) {
      return {
        first: i,
        last: isSuru(next) ? i + 1 : i,
        passive: isSuru(next) && isPassive(tokens[i + 2]),
        announce: ANNOUNCE_SAHEN.has(t.surface),
        verb: t.surface,
      };
    }
    return null;
  }
  // 明らかにした
  if (t.surface === '明らか' && tokens[i + 1]?.surface === 'に' && isSuru(tokens[i + 2])) {
    if (isNegated(tokens, i + 2)) return null;
    return { first: i, last: i + 2, passive: isPassive(tokens[i + 3]), announce: false, verb: '明らかにし' };
  }
  // との見方を示した / との見解を明らかにした / とのコメントを発表した / との声明を出した
  if (t.surface === 'の' && VIEW_NOUNS.has(next?.surface ?? '') && tokens[i + 2]?.surface === 'を') {
    const v = tokens[i + 3];
    const verb = v && (v.basic === '示す' || v.basic === '出す' ? null : reportingVerbAt(tokens, i + 3, false));
    if (v && (v.basic === '示す' || v.basic === '出す' || verb)) {
      const last = verb ? verb.last : i + 3;
      return { first: i, last, passive: false, announce: false, verb: `の${next?.surface}を${v.surface}` };
    }
  }
  // との報告があった / との連絡が寄せられた / との通報が入った: a report received.
  if (afterTo && t.surface === 'の' && RECEIVED_NOUNS.has(next?.surface ?? '') && tokens[i + 2]?.surface === 'が') {
    const v = tokens[i + 3];
    if (v && isVerb(v) && RECEIVING_VERBS.has(v.basic) && !isNegated(tokens, i + 3)) {
      return {
        first: i,
        last: i + 3,
        passive: false,
        announce: false,
        verb: `の${next?.surface}が${v.surface}`,
        received: true,
      };
    }
  }
  // 2000万人を目指す方針を示した / 協議を続ける考えを示した: the subject states its plan or view.
  const shown = tokens[i + 2];
  if (VIEW_NOUNS.has(t.surface) && isVerb(tokens[i - 1]) && next?.surface === 'を' && shown?.basic === '示す') {
    return { first: i, last: i + 2, passive: false, announce: true, verb: `${t.surface}を${shown.surface}` };
  }
  if (afterTo && isVerb(t) && t.basic === 'する') return suruReport(tokens, i);
  return null;
}

/** …としている / …とした / …とし、 report; として, とした場合, とすると, とすれば do not. */
function suruReport(tokens: readonly Token[], i: number): VerbMatch | null {
  const t = tokens[i] as Token;
  if (raisesTally(tokens, i - 1)) return null;
  const n1 = tokens[i + 1];
  const n2 = tokens[i + 2];
  const hit = { first: i, last: i, passive: isPassive(n1), announce: false, verb: t.surface };
  if (hit.passive) return hit; // とされる: hearsay
  if (t.surface === 'する' || t.surface === 'すれ') {
    // …とする。 reports; とする目標 / とすると / とすれば do not.
    return !n1 || /^(?:。|、|」|が|など)$/.test(n1.surface) ? hit : null;
  }
  if (n1?.surface === 'て') {
    // としている / としており / としています — but として (as) is not a report.
    return n2 && (n2.basic === 'いる' || n2.basic === 'おる') ? hit : null;
  }
  if (n1?.surface === 'た') return n2 && /^(?:場合|ところ|ら|とき|時|上)$/.test(n2.surface) ? null : hit;
  if (n1?.surface === 'ます' || n1?.surface === '、' || n1?.surface === 'まし') return hit;
  return null;
}

const TALLIES: ReadonlySet<string> = new Set(TALLY_WORDS);

/** True when the nouns ending at token `last` end in a tally word: 勝ち|点, 通算|本塁打, 5|連勝. */
function endsInTally(tokens: readonly Token[], last: number): boolean {
  let word = '';
  for (let k = last; k >= 0 && last - k < 4 && isNoun(tokens[k]); k--) {
    word = (tokens[k] as Token).surface + word;
    if (TALLIES.has(word)) return true;
  }
  return false;
}

/**
 * 5連勝とした / 連勝を8とした / 今季の得点を22とし: 「N とする」 with a number for its complement and a
 * tally as the number's counter or as the object before を — a tally raised by a deed on the field, no
 * report (`to` is the と). 売上高予想を3200億円とした sets a body's own figure and stays a report.
 */
function raisesTally(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.surface !== 'と') return false;
  let k = to - 1;
  if (endsInTally(tokens, k) && tokens.slice(Math.max(0, k - 3), k + 1).some(isNumeral)) return true;
  let numeral = false;
  while (k >= 0 && (isNumeral(tokens[k]) || isCounter(tokens[k]) || isSuffix(tokens[k]))) {
    numeral ||= isNumeral(tokens[k]);
    k--;
  }
  return numeral && tokens[k]?.surface === 'を' && endsInTally(tokens, k - 1);
}
