import { KIND_NOUNS } from '../lexicon/kind-nouns';
import type { EntityType, Token } from '../types';
import type { Candidate } from './candidate';
import { gazetteerType } from './gazetteer';
import { isPlainWordWhole } from './names-nothing';

/** At most this many characters between 「 and 」 of a name in apposition. */
const MAX_QUOTED = 20;
const SENTENCE_PUNCT = /[。、！？\n]/;
/** The longest kind noun, in characters. */
const MAX_KIND = Math.max(...Object.keys(KIND_NOUNS).map((k) => k.length));
const KATAKANA_RUN = /^[ァ-ヺー・]+/;

/** The kind noun ending at offset `p` that starts on a token edge (「文芸誌」 = 文芸+誌), or null. */
function kindEndingAt(text: string, starts: ReadonlySet<number>, p: number): EntityType | null {
  for (let len = Math.min(MAX_KIND, p); len >= 1; len--) {
    const type = KIND_NOUNS[text.slice(p - len, p)];
    if (type && starts.has(p - len)) return type;
  }
  return null;
}

/**
 * Names whose kind the common noun before them says (lexicon/kind-nouns.ts): 「コンソーシアム「III」」
 * → organisation, 「料亭「新喜楽」」 → place, 「文芸誌「群像」」 → organisation, and a katakana name
 * right after the noun, 「町ダンボア」 → place. A listed name keeps its own kind, a plain word is no name
 * (「町エリア」), and a bracket inside the quotes is an alias (「III（トリプルアイ）」 → III).
 */
export function appositionCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  const out: Candidate[] = [];
  for (const t of tokens) {
    const p = t.start;
    if (p === 0 || !ends.has(p)) continue;
    const type = kindEndingAt(text, starts, p);
    if (!type) continue;
    if (t.surface === '「') {
      const close = text.indexOf('」', t.end);
      let inner = close < 0 ? '' : text.slice(t.end, close);
      inner = inner.replace(/[（(].*$/, '');
      if (!inner || inner.length > MAX_QUOTED || SENTENCE_PUNCT.test(inner) || gazetteerType(inner)) continue;
      out.push({ start: t.end, end: t.end + inner.length, type, source: 'apposition', weight: 11 });
      continue;
    }
    const run = KATAKANA_RUN.exec(text.slice(p, p + 20))?.[0] ?? '';
    const end = p + run.length;
    // The run must end on a token edge and not run on into more of a longer name (「町ダンボア郊外」).
    if (run.length < 2 || !ends.has(end) || /[\p{Script=Han}ァ-ヺ]/u.test(text[end] ?? '')) continue;
    if (gazetteerType(run) || isPlainWordWhole(run)) continue;
    out.push({ start: p, end, type, source: 'apposition', weight: 11 });
  }
  return out;
}
