import { ACCORDING_TO, HEARD_TAILS, HEARD_VERBS, REPORT_CUE_TAILS, REPORT_NOUNS } from '../lexicon/reporting-cues';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { isReportPhrase, ownerOf } from './chains';
import { type Cue, depthAt, type SentenceView, speakerlessCue } from './cue';
import { phraseEndingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';
import { type Speaker, speakerBefore } from './topic';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// 公取委によると / JAXAなどによりますと (による alone is a false friend: 地震による被害 is a cause).
const ACCORDING = new RegExp(ACCORDING_TO.map(escapeRe).join('|'), 'g');
// 同当局の独自データでは / ブランド総合研究所の…ランキングで、 : a report noun and では.
const REPORT_CUE = new RegExp(
  `(?:${[...REPORT_NOUNS].sort((a, b) => b.length - a.length).join('|')})(?:${REPORT_CUE_TAILS.filter((t) => !t.startsWith('によ')).join('|')})`,
  'g',
);

// ロイター通信が伝えたところでは / 同紙が報じたところによると: the subject of the verb is the source.
const HEARD_CUE = new RegExp(`(?:${HEARD_VERBS.join('|')})ところ(?:${HEARD_TAILS.join('|')})`, 'g');

const REPORT_AT_END = new RegExp(`(?:${[...REPORT_NOUNS].sort((a, b) => b.length - a.length).join('|')})$`);

/** The report noun a phrase ends with: 国連の報告書 → 報告書. */
function reportNounAt(phrase: string): string {
  return REPORT_AT_END.exec(phrase)?.[0] ?? '';
}

/**
 * 〜によると / 〜によれば / 〜の調べでは / 〜の推計では: the named party, or the owner of the named
 * report (CSISが発表した推計によると → CSIS; CNNの報道によると → CNN). Covers the whole sentence.
 */
export function findAccordingCues(tokens: readonly Token[], v: SentenceView): Cue[] {
  const out: Cue[] = [];
  const s = v.sentence;
  for (const re of [ACCORDING, REPORT_CUE]) {
    re.lastIndex = 0;
    for (const m of s.text.matchAll(re)) {
      const at = s.start + (m.index ?? 0);
      // For 推計では the phrase ends at the report noun; for によると right before に.
      const tail = re === ACCORDING ? at : at + m[0].search(/で(?:は|も|[、，]|分か|わか|判明|明らかに)$/);
      const k = tokenAt(tokens, tail);
      if (k <= v.first || (tokens[k] as Token).start !== tail || depthAt(v, k) > 0) continue;
      // 電話で、 is not 話で、: a report noun must start a word.
      if (re === REPORT_CUE && (tokens[tokenAt(tokens, at)] as Token).start !== at) continue;
      // それによりますと / これによると: the party of the previous report, resolved by the caller.
      if (re === ACCORDING && /^(?:それ|これ)$/.test(tokens[k - 1]?.surface ?? '')) {
        out.push(speakerlessCue('according', m[0], s.start, s.end));
        continue;
      }
      const phrase = phraseEndingAt(tokens, k - 1, v.first);
      if (!phrase) continue;
      const speaker = isReportPhrase(phrase) ? (ownerOf(tokens, phrase) ?? clauseOwner(tokens, v, phrase.first)) : null;
      // 気象台によりますと: any party named before によると is a source, typed or not.
      const own = speaker ?? (isReportPhrase(phrase) ? null : { phrase, type: sourceTypeOf(phrase) ?? 'organization' });
      if (!own) continue;
      // 「推計によると」 / 「調査では」 / 「によると」: the report noun is part of the cue.
      const cue = re === ACCORDING && isReportPhrase(phrase) ? reportNounAt(phrase.text) + m[0] : m[0];
      out.push(accordingCue(own, cue, v));
    }
  }
  HEARD_CUE.lastIndex = 0;
  for (const m of s.text.matchAll(HEARD_CUE)) {
    const at = s.start + (m.index ?? 0);
    const k = tokenAt(tokens, at);
    if (k <= v.first || (tokens[k] as Token).start !== at || depthAt(v, k) > 0) continue;
    const own = clauseOwner(tokens, v, k);
    if (own) out.push(accordingCue(own, m[0], v));
  }
  return out;
}

/** An according-to cue: `own` is the source for the whole sentence. */
function accordingCue(own: Speaker, cue: string, v: SentenceView): Cue {
  return {
    kind: 'according',
    speaker: own.phrase,
    type: own.type,
    cue,
    contentStart: v.sentence.start,
    contentEnd: v.sentence.end,
    announce: false,
    via: null,
  };
}

/**
 * The leftmost 〇〇が / 〇〇の party in the clause before a report noun:
 * 「トレンドマイクロが…に実施した調査では」 → トレンドマイクロ (not the nearer 利用経験が).
 */
function clauseOwner(tokens: readonly Token[], v: SentenceView, before: number): Speaker | null {
  let lo = v.first;
  for (let i = before - 1; i > v.first; i--) {
    if ((tokens[i] as Token).surface === '、' && depthAt(v, i) === 0) {
      lo = i + 1;
      break;
    }
  }
  // A subject (帝国データバンクがまとめた集計) before an owner (民間調査会社の…).
  for (const particle of ['が', 'の']) {
    for (let i = lo; i < before; i++) {
      const t = tokens[i] as Token;
      if (t.surface === particle && (t.pos1 === '格助詞' || t.pos1 === '連体化')) {
        // 県警への取材で: the party is before への.
        const at = particle === 'の' && tokens[i - 1]?.surface === 'へ' ? i - 1 : i;
        const sp = speakerBefore(tokens, at, lo);
        if (sp) return sp;
      }
    }
  }
  return null;
}
