import { LABEL_REPORTS } from '../lexicon/report-nouns';
import { isSymbol } from '../text/pos';
import type { Sentence } from '../text/sentences';
import { tokenAt } from '../text/tokens';
import type { Source, Token } from '../types';
import type { AttributedFigure } from './context';
import { phraseEndingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';

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
 * The sources with the headline's echoed: a headline restates what the body attributes: 「興収50億円突破」 over 「…50億円を突破した。配給の
 * 東宝が発表した」. A headline figure the article states on its own authority takes the source of the
 * same figure in the body — only when every body mention of it gives the same named source (3人 said
 * by the police in one place and by the outlet in another names no one).
 */
export function echoHeadline(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  figures: readonly AttributedFigure[],
  sources: readonly (Source | null)[],
): (Source | null)[] {
  const head = sentences[0];
  if (head?.paragraph !== 0 || FULL_STOP.test(head.text) || OPENS_QUOTED.test(head.text)) return [...sources];
  const body = figures.flatMap((f, i) => (f.start >= head.end ? [i] : []));
  const labelled = labelIn(tokens, head);
  return figures.map((f, i) => {
    const own = sources[i] ?? null;
    if (f.start < head.start || f.end > head.end || named(own)) return own;
    // 「教員の6割が残業　県教委調査」: the headline says whose survey it is, whatever else the body cites.
    if (labelled) return { ...labelled };
    const same = body.filter((b) => sameFigure(f, figures[b] as AttributedFigure)).map((b) => sources[b] ?? null);
    const first = same[0] ?? null;
    if (!named(first) || !same.every((b) => named(b) && b.name === first.name)) return own;
    // The card points at the body's words: the source is written there, not in the headline.
    return { ...first };
  });
}

// IPADIC may glue a bracket to what comes before it (5.1%（ as one word): its last character decides.
const BREAK = /[\s、，,（(「『【［[]$/u;

/** A token after which a name may start: a space, comma or opening bracket (・ joins a name). */
function opensName(t: Token): boolean {
  return BREAK.test(t.surface) || (isSymbol(t) && t.surface !== '・');
}

/**
 * A body's name with a report noun after it and no particle, as a headline labels its data:
 * 「…6割　県教委調査」, 「…（内閣府調べ）」 → 県教委, 内閣府. Null when the name is no body's.
 */
function labelIn(tokens: readonly Token[], head: Sentence): Source | null {
  const first = tokenAt(tokens, head.start);
  const end = tokenAt(tokens, head.end);
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k] as Token;
    const after = tokens[k + 1];
    if (!LABEL_REPORTS.has(t.surface) || (k + 1 < end && !isSymbol(after))) continue;
    // The name starts after the space, comma or bracket before it: （東和総研調べ） → 東和総研.
    let lo = k - 1;
    while (lo > first && !opensName(tokens[lo - 1] as Token)) lo--;
    const phrase = phraseEndingAt(tokens, k - 1, lo);
    const type = phrase && sourceTypeOf(phrase);
    if (!phrase || !(type === 'government' || type === 'organization' || type === 'media')) continue;
    return { name: phrase.text, type, cue: t.surface, start: phrase.start, end: phrase.end };
  }
  return null;
}
