import { KIND_NOUNS, ROLE_COUNT, ROLE_NOUNS, SUFFIX_KINDS } from '../lexicon/kind-nouns';
import { KINSHIP_TERMS } from '../lexicon/kinship';
import { WordIndex } from '../lexicon/word-table';
import { isNoun, isParticle, isPersonName, isProperNoun, isSuffix } from '../text/pos';
import { KANJI, KATAKANA } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { EntityType, Token } from '../types';
import type { Candidate, Span } from './candidate';
import { isCommonWord, NAME_ENDINGS } from './common-words';
import { gazetteerType } from './gazetteer';
import { hasNameEvidence } from './name-like';
import { nameReadings } from './name-readings';
import { isPlainWordWhole, SUDACHI_SURNAME, sudachiCode } from './names-nothing';

const KANJI_OR_KATAKANA = new RegExp(`[${KANJI}${KATAKANA}]`, 'u');
const SHORT_KANJI = new RegExp(`^[${KANJI}]{1,3}$`, 'u');

/** At most this many characters between 「 and 」 of a name in apposition. */
const MAX_QUOTED = 20;
const SENTENCE_PUNCT = /[。、！？\n]/;
const KATAKANA_RUN = new RegExp(`^[${KATAKANA}ー・]+`);
const KATAKANA_START = new RegExp(`^[${KATAKANA}]`);
const KATAKANA_WORD = new RegExp(`^[${KATAKANA}ー]+$`);
const START = 1;
const END = 2;

/** Which offsets start (1) or end (2) a token, as flags. */
function tokenEdges(length: number, tokens: readonly Token[]): Uint8Array {
  const edges = new Uint8Array(length + 1);
  for (const t of tokens) {
    edges[t.start] = (edges[t.start] as number) | START;
    edges[t.end] = (edges[t.end] as number) | END;
  }
  return edges;
}

/** The last character of a kind noun for a paper or a journal: 英紙, 医学誌. */
const PUBLICATION_END = /[紙誌]/;

/** Kind nouns, longest first at each end: a token is checked against a handful. */
const KINDS = new WordIndex(KIND_NOUNS);

/**
 * The kind noun ending at offset `p` that starts on a token edge (「文芸誌」 = 文芸+誌), and where it starts.
 * 紙 and 誌 alone are kinds only as IPADIC's suffix (米+紙, 医学+誌): 「紙オムツ」's 紙 is the material.
 */
function kindEndingAt(
  text: string,
  edges: Uint8Array,
  tokens: readonly Token[],
  p: number,
): { type: EntityType; at: number } | null {
  const hit = KINDS.longestEndingAt(text, p, (word) => ((edges[p - word.length] as number) & START) !== 0);
  if (!hit || (SUFFIX_KINDS.has(hit[0]) && !isSuffix(tokens[tokenAt(tokens, p - 1)] as Token))) return null;
  return { type: hit[1], at: p - hit[0].length };
}

/**
 * Names whose kind the common noun before them says (lexicon/kind-nouns.ts): 「コンソーシアム「III」」
 * → organisation, 「料亭「新喜楽」」 → place, 「文芸誌「群像」」 → organisation, and a katakana name
 * right after the noun, 「町ダンボア」 → place. A listed name keeps its own kind, a plain word is no name
 * (「町エリア」), and a bracket inside the quotes is an alias (「III（トリプルアイ）」 → III).
 */
export function appositionCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const edges = tokenEdges(text.length, tokens);
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    const c = kindApposition(text, edges, tokens, t) ?? bodyAfterKind(text, edges, tokens, i);
    if (c) out.push(c);
  });
  return out;
}

/** Most words in a body's name after its kind: 情報+資格+試験+センター. */
const MAX_BODY_WORDS = 6;
/** What may follow a body's name in a clause: a particle, a comma, a bracket (its address or short form). */
const AFTER_BODY = /^[はがをにともやの、（(]/;

/**
 * A body's name after its kind and の or ・: 「調査会社のノルド・リサーチが」, 「調査会社の東邦データが」,
 * 「最大会派・県政クラブの」, 「一般財団法人・資格振興センター（…）」 → organisation. Only organisations'
 * kinds. A katakana name must be no word a dictionary files as plain (「調査会社のアナリスト」); a
 * name with kanji must end in a katakana word or a body's last word, and after の hold a proper or
 * unknown word before it (「調査機関の研究チーム」 is no name). ・ joins a kind to its own body's name,
 * but two kinds in a list (「企業・団体」) name nothing.
 */
function bodyAfterKind(text: string, edges: Uint8Array, tokens: readonly Token[], i: number): Candidate | null {
  const link = tokens[i] as Token;
  const dot = link.surface === '・';
  if (!dot && (link.surface !== 'の' || !isParticle(link))) return null;
  const first = tokens[i + 1];
  if (!first || first.start !== link.end || kindEndingAt(text, edges, tokens, link.start)?.type !== 'organization')
    return null;
  // A katakana name whole (「ノルド・リサーチ」), or none: 「データセンター」 is a plain word's pieces.
  const run = katakanaRunAt(text, first.start);
  if (run.length > 0 && !KANJI_OR_KATAKANA.test(text[first.start + run.length] ?? ''))
    return katakanaName(text, edges, first.start, 'organization');
  let j = i + 1;
  while (j < tokens.length && j - i <= MAX_BODY_WORDS) {
    const t = tokens[j] as Token;
    if (t.start !== (tokens[j - 1] as Token).end || !isNoun(t) || t.surface === '・') break;
    j++;
  }
  const last = tokens[j - 1] as Token;
  if (j - (i + 1) < 2 || !AFTER_BODY.test(tokens[j]?.surface ?? '')) return null;
  const pair = (tokens[j - 2] as Token).surface + last.surface;
  if (!KATAKANA_WORD.test(last.surface) && !NAME_ENDINGS.has(last.surface) && !NAME_ENDINGS.has(pair)) return null;
  if (!dot && !hasNameEvidence(tokens, i + 1, j - 1)) return null;
  const end = last.end;
  if (kindEndingAt(text, edges, tokens, end)?.at === first.start) return null;
  return { start: first.start, end, type: 'organization', source: 'apposition', weight: 11 };
}

/** The run of katakana and ・ starting at `p`. */
const katakanaRunAt = (text: string, p: number): string => KATAKANA_RUN.exec(text.slice(p, p + 20))?.[0] ?? '';

/**
 * The katakana name starting at `p` that ends on a token edge and runs into no longer name, or null.
 * `plainOk`: after a paper or a journal a plain word is its title all the same (「医学誌ランセット」,
 * 「科学誌サイエンス」), where after 町 it is no name (「町エリア」).
 */
function katakanaName(text: string, edges: Uint8Array, p: number, type: EntityType, plainOk = false): Candidate | null {
  const run = katakanaRunAt(text, p);
  const end = p + run.length;
  // The run must end on a token edge and not run on into more of a longer name (「町ダンボア郊外」).
  if (run.length < 2 || !((edges[end] as number) & END) || KANJI_OR_KATAKANA.test(text[end] ?? '')) return null;
  if (gazetteerType(run) || (!plainOk && isPlainWordWhole(run))) return null;
  return { start: p, end, type, source: 'apposition', weight: 11 };
}

/**
 * 「スーパーの「ミナト屋」」, 「市民団体の「緑の輪」」: a body's kind, の, then its quoted name. Only bodies:
 * 「大会の「目玉」」 or 「町の「顔」」 read a quoted word as what the thing has, not as its name.
 */
function bodyKindBeforeNo(text: string, edges: Uint8Array, tokens: readonly Token[], t: Token): EntityType | null {
  if (t.surface !== '「') return null;
  const no = tokens[tokenAt(tokens, t.start - 1)];
  if (!no || no.end !== t.start || no.surface !== 'の' || !isParticle(no)) return null;
  return kindEndingAt(text, edges, tokens, no.start)?.type === 'organization' ? 'organization' : null;
}

/**
 * Whether the words in [start, end) hold a proper noun or a word IPADIC does not know: 「マルサン」 does,
 * 「要望書」 and 「ガイドライン」 are words a body writes or follows, not its name.
 */
function quotesName(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = tokenAt(tokens, start); i < tokens.length && (tokens[i] as Token).end <= end; i++) {
    const w = tokens[i] as Token;
    if (isProperNoun(w) || !w.known) return true;
  }
  return false;
}

/** A name right after its kind noun, quoted or in katakana: 「料亭「新喜楽」」, 「町ダンボア」. */
function kindApposition(text: string, edges: Uint8Array, tokens: readonly Token[], t: Token): Candidate | null {
  const p = t.start;
  if (p === 0 || (t.surface !== '「' && !KATAKANA_START.test(t.surface)) || !((edges[p] as number) & END)) return null;
  const hit = kindEndingAt(text, edges, tokens, p);
  const kind = hit?.type;
  const type = kind ?? bodyKindBeforeNo(text, edges, tokens, t);
  if (!type) return null;
  if (t.surface !== '「')
    return katakanaName(text, edges, p, type, hit !== null && PUBLICATION_END.test(text[p - 1] ?? ''));
  const close = text.indexOf('」', t.end);
  let inner = close < 0 ? '' : text.slice(t.end, close);
  inner = inner.replace(/[（(].*$/, '');
  if (!inner || inner.length > MAX_QUOTED || SENTENCE_PUNCT.test(inner) || gazetteerType(inner)) return null;
  // After の the words must look like a name: 「団体の「要望書」」 quotes a plain word the body wrote.
  if (!kind && !quotesName(tokens, t.end, t.end + inner.length)) return null;
  return { start: t.end, end: t.end + inner.length, type, source: 'apposition', weight: 11 };
}

/** What may follow a person's name in a clause: a particle, a comma, ら (and others). */
const AFTER_NAME = /^[はがをにもやらの、]/;

/** Whether a word is a surname some dictionary lists: IPADIC, SudachiDict or ENAMDICT (根尾 ネオ). */
function isListedSurname(t: Token): boolean {
  if (isPersonName(t) || sudachiCode(t.surface) === SUDACHI_SURNAME) return true;
  const nr = nameReadings();
  return !!t.reading && !!nr && nr.isSurname(t.surface, t.reading);
}

/**
 * A listed surname after a role and の is a person: 「3年目の根尾を起用」, 「先発の戸郷が好投」,
 * 「妻の雅子が」. Only one word, followed by a particle: 「先発の広島打線」 is not read.
 */
export function roleCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const no = tokens[i] as Token;
    if (no.surface !== 'の' || !isParticle(no)) continue;
    const before = text.slice(Math.max(0, no.start - 8), no.start);
    const role = tokens[i - 1] as Token;
    if (!ROLE_NOUNS.has(role.surface) && !KINSHIP_TERMS.has(role.surface) && !ROLE_COUNT.test(before)) continue;
    const name = tokens[i + 1] as Token;
    const next = tokens[i + 2] as Token;
    if (!isNoun(name) || !SHORT_KANJI.test(name.surface) || !isListedSurname(name)) continue;
    if (next.start !== name.end || !AFTER_NAME.test(next.surface)) continue;
    out.push({ start: name.start, end: name.end, type: 'person', source: 'title', weight: 12 });
  }
  return out;
}

/** Whether a token is a plain word that ends no name: 過激+派's 派, 大手, 新興. */
const isPlainNoun = (t: Token): boolean => isCommonWord(t) && !NAME_ENDINGS.has(t.surface);

/**
 * The words that describe a quoted name before its kind noun name nothing themselves: in
 * 「イスラム過激派組織「ボコ・ハラム」」 the description ends in the plain 過激派, so a mark ending
 * there is no organisation. Returns that last plain word; a name before it stays (「米半導体大手「…」」's 米).
 */
export function descriptionSpans(text: string, tokens: readonly Token[]): Span[] {
  if (!text.includes('「')) return [];
  const edges = tokenEdges(text.length, tokens);
  const out: Span[] = [];
  tokens.forEach((t, i) => {
    if (t.surface !== '「' || i === 0) return;
    const kind = kindEndingAt(text, edges, tokens, t.start);
    if (!kind) return;
    let j = i - 1;
    while (j > 0 && (tokens[j] as Token).start > kind.at) j--;
    const before = tokens[j - 1];
    if (before && before.end === kind.at && isPlainNoun(before)) out.push({ start: before.start, end: before.end });
  });
  return out;
}
