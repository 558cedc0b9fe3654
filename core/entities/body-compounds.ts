import { KIND_NOUNS } from '../lexicon/kind-nouns';
import { MUNICIPAL_ORGAN_ENDS } from '../lexicon/municipal-organs';
import { BRANCH_WORDS, INSTITUTE_ACTIVITIES } from '../lexicon/place-suffixes';
import { WordIndex } from '../lexicon/word-table';
import {
  isAdverbialNoun,
  isDependent,
  isNoun,
  isNounPrefix,
  isNumeral,
  isPersonName,
  isPronoun,
  isProperNoun,
  isSuffix,
} from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { headType } from './head-type';
import { endsDesk } from './municipal-organs';

/** At most this many words after the place (医師+確保+対策+室 after 長野県). */
const MAX_WORDS = 6;
/** A word that goes on a compound's run of nouns: not a number, a date word, a pronoun or a bound noun. */
const compoundWord = (t: Token): boolean =>
  isNoun(t) && !isNumeral(t) && !isAdverbialNoun(t) && !isPronoun(t) && !isDependent(t) && !isPersonName(t);

/** Last words of a body's name that are no heads elsewhere: 「果樹生産者連合会」, 「観光協会」. */
const BODY_ENDS = new WordIndex([...MUNICIPAL_ORGAN_ENDS].map((w) => [w, true] as const));

/**
 * Whether the run's last word ends a body: a desk or an association (municipal-organs.ts endsDesk:
 * 「りんご振興課」, 「医師確保対策室」), a university's 大 after a proper name (「新潟南海大」), a body's
 * last word on a word edge (「果樹生産者連合会」), or 所 after research (「地質調査所」).
 */
function endsBody(text: string, tokens: readonly Token[], from: number, j: number): boolean {
  const t = tokens[j] as Token;
  const before = tokens[j - 1];
  if (isSuffix(t) && t.surface === '大') return isProperNoun(before);
  if (institute(tokens, j)) return true;
  if (endsDesk(tokens, j)) return true;
  for (const [w] of BODY_ENDS.endingAt(text, t.end)) {
    const at = t.end - w.length;
    if (at > (tokens[from] as Token).start && tokens[tokenAt(tokens, at)]?.start === at) return true;
  }
  return false;
}

/** Whether token j is 所 after research, the institute that does it: 「地質調査所」 (「撮影所」 is a facility). */
const institute = (tokens: readonly Token[], j: number): boolean =>
  isSuffix(tokens[j]) && tokens[j]?.surface === '所' && INSTITUTE_ACTIVITIES.has(tokens[j - 1]?.surface ?? '');

/**
 * The end (exclusive token index) of the run of nouns that follows a place ending at token k, when the
 * run ends a body: an organisation's head (「長野県警察本部」's 本部, 「在チリ日本大使館」's 大使館), a
 * desk's suffix (「秋川県りんご振興課」). -1 otherwise: a run that goes on past its head is something
 * else (「長野県警察本部長」 is a post), and a branch word alone names a branch (「日本法人」).
 */
function bodyEnd(text: string, tokens: readonly Token[], start: number, k: number): number {
  let j = k;
  while (j < tokens.length && j - k < MAX_WORDS) {
    const t = tokens[j] as Token;
    if (t.start !== (tokens[j - 1] as Token).end || !compoundWord(t)) break;
    j++;
  }
  const after = tokens[j];
  if (j === k || (after && after.start === (tokens[j - 1] as Token).end && isNoun(after))) return -1;
  const last = tokens[j - 1] as Token;
  // 「中国向け放送局」, 「日本型事務所」: a suffix after the place makes a modifier, not a name it leads.
  if (j > k + 1 && isSuffix(tokens[k])) return -1;
  // 「米卸会社」, 「中国系企業」: a kind of body (kind-nouns.ts) ends a description, not a name.
  if (KIND_NOUNS.get(last.surface) === 'organization') return -1;
  // 「日本法人」, 「大阪本社社会部」: a branch there or its part, not a body named by the place.
  for (let m = k; m < j; m++) if (BRANCH_WORDS.has((tokens[m] as Token).surface)) return -1;
  return headType(text, tokens, start, last.end) === 'organization' || endsBody(text, tokens, k, j - 1) ? j : -1;
}

/** Whether the chosen candidate b is a bracketed spelling right after a: 「米地質調査所（USGS）」. */
const bracketedAfter = (text: string, a: Candidate, b: Candidate | undefined): b is Candidate =>
  b !== undefined &&
  b.type !== 'person' &&
  b.start === a.end + 1 &&
  '（('.includes(text[a.end] as string) &&
  '）)'.includes(text[b.end] as string);

/**
 * A compound that a place leads and a body's word ends is the body: 「長野県警察本部」, 「秋川県りんご
 * 振興課」, 「在チリ日本大使館」 and 「門司税関」 are organisations, whatever kind the place alone was given
 * (its type is its head's, not its first word's), and so is the spelling in brackets after it
 * (「米地質調査所（USGS）」). The chosen candidates come in sorted by start; the candidates inside the
 * compound (「日本大使館」 in 「在チリ日本大使館」) go into it, and a person inside one or a name running
 * past its end leaves the place as it was.
 */
export function bodyCompounds(text: string, tokens: readonly Token[], chosen: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let n = 0; n < chosen.length; n++) {
    const c = chosen[n] as Candidate;
    const body = c.type === 'place' ? bodyOf(text, tokens, chosen, n) : programmeOf(text, chosen, n);
    if (!body) {
      out.push(c);
      continue;
    }
    out.push(body.cand);
    n = body.next - 1;
    const spelling = chosen[body.next];
    if (bracketedAfter(text, body.cand, spelling)) {
      out.push({ ...spelling, type: 'organization' });
      n++;
    }
  }
  return out;
}

/** A programme's last word: 「国連世界食糧計画」 is a body when the UN's or an acronym's. */
const PROGRAMME = '計画';
/** Latin capitals, half or full width: the acronym in 「世界食糧計画（WFP）」. */
const CAPITALS = /^[A-ZＡ-Ｚ]{2,8}$/;

/**
 * A UN programme is a body, not a plan or a product: 「国連環境計画」, 「世界食糧計画（WFP）」, 「国連開発計画
 * （ＵＮＤＰ）」 — a name ending in 計画 that the UN's name starts or an acronym in brackets follows. A
 * plan has no acronym of capitals (「5か年計画（第2次）」).
 */
function programmeOf(text: string, chosen: readonly Candidate[], n: number): { cand: Candidate; next: number } | null {
  const c = chosen[n] as Candidate;
  if (c.type === 'person' || c.type === 'organization' || !text.startsWith(PROGRAMME, c.end - PROGRAMME.length))
    return null;
  const spelling = chosen[n + 1];
  const acronym = bracketedAfter(text, c, spelling) && CAPITALS.test(text.slice(spelling.start, spelling.end));
  return acronym || text.startsWith('国連', c.start) ? { cand: { ...c, type: 'organization' }, next: n + 1 } : null;
}

/** The body that the place chosen[n] leads, and the index of the first candidate after it; null if none. */
function bodyOf(
  text: string,
  tokens: readonly Token[],
  chosen: readonly Candidate[],
  n: number,
): { cand: Candidate; next: number } | null {
  const c = chosen[n] as Candidate;
  const k = tokenAt(tokens, c.end);
  const first = tokens[k];
  const end = first && first.start === c.end ? bodyEnd(text, tokens, c.start, k) : -1;
  if (end < 0) {
    // 「米地質調査所」 found whole and typed a place: 所 after research ends a body (head-type.ts retypes
    // the ones a head ends, 「門司税関」).
    const from = tokenAt(tokens, c.start);
    const last = tokens[k - 1];
    const whole = last !== undefined && k - 1 > from && last.end === c.end && institute(tokens, k - 1);
    return whole ? { cand: { ...c, type: 'organization' }, next: n + 1 } : null;
  }
  const stop = (tokens[end - 1] as Token).end;
  let m = n + 1;
  for (; m < chosen.length && (chosen[m] as Candidate).start < stop; m++) {
    const inner = chosen[m] as Candidate;
    if (inner.end > stop || inner.type === 'person') return null;
  }
  // 「在チリ日本大使館」: the embassy's 在 (IPADIC's prefix) belongs to its name.
  const before = tokens[tokenAt(tokens, c.start) - 1];
  const start = before?.end === c.start && isNounPrefix(before) && before.surface === '在' ? before.start : c.start;
  return { cand: { ...c, start, end: stop, type: 'organization', source: 'suffix' }, next: m };
}
