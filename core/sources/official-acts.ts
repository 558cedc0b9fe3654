import { COMMAND_SAHEN, DIRECTIVE_NOUNS } from '../lexicon/reporting-cues';
import { ARMED_FORCE_HEADS } from '../lexicon/source-nouns';
import {
  isAuxiliary,
  isConjunctiveParticle,
  isDependent,
  isNoun,
  isNumeral,
  isParticle,
  isPassive,
  isPlaceName,
  isProperNoun,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import { type Cue, depthAt, type SentenceView } from './cue';
import { isNegated } from './reporting-verbs';
import { isActorParticle } from './subjectless';
import { type Speaker, speakerBefore } from './topic';

/**
 * A public body's official act on what its object or target counts: 「南浜市は14日午前、…流域の約3400世帯
 * に避難指示を出した」, 「当局は消防士約1500人と航空機20機以上を投入して…」, 「運輸安全委員会は同日、
 * 調査官2人を現地に派遣した」. Whom an authority ordered out, what it deployed or paid is known from the
 * authority, as a set value is (set-values.ts). The act is a サ変 noun of command with する (派遣, 投入,
 * 動員, 支給: COMMAND_SAHEN) or a directive put out (指示を出した, 警報を発令した); its doer the public body
 * that opens the sentence as its topic or subject. A person's or a company's deed (田中さんは3人の子を
 * 育てた, 東和電機は新工場に約500人を派遣した), a deed of building (市は防犯カメラ約200台を設置した) and a
 * figure with its own subject in between (市は、約2000世帯が停電したため職員を派遣した) stay the writer's.
 */
export function findOfficialActCues(tokens: readonly Token[], v: SentenceView): Cue[] {
  const out: Cue[] = [];
  for (let k = v.first + 2; k < v.end; k++) {
    const last = actAt(tokens, k);
    if (last < 0 || depthAt(v, k) > 0) continue;
    const who = doerBefore(tokens, v, k);
    const from = who ? actClauseStart(tokens, v, who.phrase.next + 1, k) : -1;
    if (!who || from < 0 || !countsBetween(tokens, from, k)) continue;
    out.push({
      kind: 'announce',
      speaker: who.phrase,
      type: who.type,
      cue: cueText(tokens, tokens[k - 1]?.surface === 'を' ? k - 2 : k, last),
      contentStart: (tokens[from] as Token).start,
      contentEnd: (tokens[k] as Token).start,
      announce: false,
      via: null,
      deed: true,
    });
    k = last;
  }
  return out;
}

/**
 * An act at `k`: a サ変 noun of command with する (派遣|した, 出動|させ|た), or a directive put out
 * (避難|指示|を|出し|た, 警報|を|発令|し|た). The token of its verb (する / 出す), or -1; passive (派遣された)
 * and negated acts are none, and so is one that describes a noun (派遣した職員, 支給する方向で調整).
 */
function actAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  const suru = isNoun(t) && next?.basic === 'する' && isVerb(next);
  const command = suru && COMMAND_SAHEN.has(t.surface);
  const puts = (isVerb(t) && t.basic === '出す') || (suru && (t.surface === '発令' || t.surface === '発出'));
  const directive = puts && tokens[k - 1]?.surface === 'を' && DIRECTIVE_NOUNS.includes(tokens[k - 2]?.surface ?? '');
  if (!command && !directive) return -1;
  const last = suru ? k + 1 : k;
  if (isPassive(tokens[last + 1]) || isNegated(tokens, last)) return -1;
  let e = last + 1;
  for (; e < tokens.length && isEnding(tokens[e] as Token); e++) {
    // 投入して消火にあたっている: a clause joined by て ends there, whatever follows.
    if (isParticle(tokens[e])) return last;
  }
  return isNoun(tokens[e]) ? -1 : last;
}

/** た / させ / ている / ます: what may follow an act's verb before its clause ends. */
function isEnding(t: Token): boolean {
  return isAuxiliary(t) || (isVerb(t) && isDependent(t)) || (isParticle(t) && /^[てで]$/.test(t.surface));
}

/**
 * The public body opening the sentence as the subject of the act at `k`: its topic (Xは) or subject (Xが)
 * with nothing before it but a time, a scene or a connective (14日、市は… / 県は今年2月に、…). Armed forces
 * (ロシア軍は…1万人を投入した) and states by their place (平壌は…) are not counted: whom an army sends is an
 * observer's estimate.
 */
function doerBefore(tokens: readonly Token[], v: SentenceView, k: number): Speaker | null {
  for (let i = v.first + 1; i < k; i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    if (isVerb(t) || isAuxiliary(t)) return null;
    const subject = isActorParticle(t);
    if (!subject) continue;
    const who = speakerBefore(tokens, i, v.first);
    if (!who) return null;
    if (who.type !== 'government' || ARMED_FORCE_HEADS.some((h) => who.phrase.text.endsWith(h))) return null;
    // 平壌は…1万1000人の兵士を派遣しており, 北山国は…: a state by the name of its place (a capital, a
    // country) is the outlet's narration of events; its government, a ministry, a city (南浜市: 市 a
    // suffix) or 国 alone (Japan's government) acts.
    const last = tokens[who.phrase.last];
    return (isPlaceName(last) && isProperNoun(last)) || /.国$/.test(who.phrase.text) ? null : who;
  }
  return null;
}

/**
 * Where the act at `k` starts to tell what it was on, reading on from `from` (after its doer): past a
 * clause of its own subject set apart by a comma (市は、約2000世帯が停電したため、職員を派遣した → 職員を…),
 * though not past the reason the body gives (…水位が氾濫危険水位を超えたとして、: stated-reasons.ts). -1
 * when a subject of its own stands in the act's clause (市は昨年、人口が約5万人に減少した).
 */
function actClauseStart(tokens: readonly Token[], v: SentenceView, from: number, k: number): number {
  let start = from;
  let subject = false;
  for (let i = from; i < k; i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    if (isActorParticle(t)) subject = true;
    if (t.surface !== '、' || !subject) continue;
    const reason =
      tokens[i - 1]?.surface === 'て' && tokens[i - 2]?.basic === 'する' && tokens[i - 3]?.surface === 'と';
    if (!reason && isClauseEnd(tokens[i - 1])) start = i + 1;
    subject = false;
  }
  return subject ? -1 : start;
}

/** A clause ends at this word before a comma: a verb or ending (し、 / したため、 / ので、), not a noun (…の約3400世帯、). */
function isClauseEnd(t: Token | undefined): boolean {
  return !!t && (isVerb(t) || isAuxiliary(t) || isConjunctiveParticle(t) || t.surface === 'ため');
}

/** A numeral in tokens [from, to): what the act is on may hold a figure (a date does too; the figures decide). */
function countsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isNumeral(tokens[i])) return true;
  return false;
}

/** The act as written, from its first word through its verb and endings: 避難指示を出した, 派遣した. */
function cueText(tokens: readonly Token[], first: number, last: number): string {
  let e = last + 1;
  while (isAuxiliary(tokens[e])) e++;
  return tokens
    .slice(first, e)
    .map((t) => t.surface)
    .join('');
}
