import { isKanjiWord, KANJI } from '../text/script';
import type { Figure, SourceType } from '../types';
import { placeTierStarts, sameSource, variantKeys } from './name-variants';

/** One distinct source of an article, its variants merged (李成権議員 = リー氏), for the popup to group by. */
export interface SourceSummary {
  /** The fullest name the article uses: 韓国の李成権議員 rather than リー氏; JAXA for JAXAなど. */
  name: string;
  type: SourceType;
  /** Every name written for it, in order of first appearance. */
  names: string[];
  /** The cues it is cited with (「によると」, 「と述べた」), distinct. */
  cues: string[];
  /** Indexes into the figures array. */
  figures: number[];
  /** Offsets of its names in the text, where written. */
  mentions: { start: number; end: number }[];
}

/** Test seam: the work collectSources did (keys filed and candidates compared), to check it stays linear. */
export interface CollectStats {
  steps: number;
}

// JAXAなど, 関係者ら: "and others" is how it was cited, not the name.
const TRAILING = /(?:など|ら)$/;

interface Group {
  order: number;
  summary: SourceSummary;
  keys: Set<string>;
  names: Set<string>;
  cues: Set<string>;
  starts: Set<number>;
}

// Abbreviations are short (公取委, 日銀, 国連安保理): kanji keys of two to six characters may be one…
const MAX_SHORT = 6;
// …of a name's first sixteen characters (a bound on the work per name).
const MAX_LONG = 16;
const KANJI_CHAR = new RegExp(`^[${KANJI}]$`, 'u');

/**
 * The groups filed so far, found by key rather than by comparing with every group (which made the
 * popup's grouping quadratic in the number of distinct names). A key maps to its groups exactly. For
 * abbreviations (公取委 ↔ 公正取引委員会: the short form keeps the long one's first kanji and some
 * later ones, in order) the index knows every short kanji key the article has, before grouping: a long
 * name is filed under those of them it could be abbreviated to, found by walking its kanji along the
 * prefixes of the short keys (so a name with no abbreviation in the article costs a lookup or two),
 * and a short key finds its long names in one lookup. sameSource() decides among the candidates.
 */
class GroupIndex {
  private readonly exact = new Map<string, Group[]>();
  private readonly abbreviated = new Map<string, Group[]>();
  private readonly shorts = new Set<string>();
  private readonly prefixes = new Set<string>();
  // Each key's short forms, worked out once whether it is looked up or filed.
  private readonly forms = new Map<string, string[]>();

  /** `keys`: every key of the article's sources, so that the short ones are known before grouping. */
  constructor(
    keys: Iterable<string>,
    private readonly stats: CollectStats,
  ) {
    for (const k of keys) {
      if (k.length < 2 || k.length > MAX_SHORT || ![...k].every((c) => KANJI_CHAR.test(c))) continue;
      this.shorts.add(k);
      for (let n = 1; n <= k.length; n++) this.prefixes.add(k.slice(0, n));
    }
  }

  /** Groups that may share a name with `keys`: the same key, or one abbreviating the other. */
  candidates(keys: readonly string[]): Set<Group> {
    const out = new Set<Group>();
    const take = (list: readonly Group[] | undefined) => {
      for (const g of list ?? []) {
        this.stats.steps++;
        out.add(g);
      }
    };
    for (const k of keys) {
      this.stats.steps++;
      take(this.exact.get(k));
      take(this.abbreviated.get(k));
      for (const short of this.shortFormsOf(k)) take(this.exact.get(short));
    }
    return out;
  }

  file(g: Group, key: string): void {
    this.stats.steps++;
    push(this.exact, key, g);
    for (const short of this.shortFormsOf(key)) push(this.abbreviated, short, g);
  }

  /**
   * The article's short keys that could abbreviate `name` (as abbreviates() reads them): its first
   * character, then later kanji in order, at least two characters shorter than the name.
   */
  private shortFormsOf(name: string): string[] {
    const hit = this.forms.get(name);
    if (hit) return hit;
    const out: string[] = [];
    // From its first character, and from the tier after a place it opens with (北山市教育委員会 → 市教委).
    const starts = name.length >= 4 && isKanjiWord(name) ? [0, ...placeTierStarts(name)] : [0];
    for (const start of starts) {
      const body = name.slice(start);
      const first = body[0] ?? '';
      if (body.length < 4 || !this.prefixes.has(first)) continue;
      const rest = [...body.slice(1, MAX_LONG)];
      const walk = (from: number, form: string): void => {
        for (let i = from; i < rest.length; i++) {
          this.stats.steps++;
          const f = form + rest[i];
          if (!this.prefixes.has(f)) continue;
          if (this.shorts.has(f) && body.length >= f.length + 2 && !out.includes(f)) out.push(f);
          walk(i + 1, f);
        }
      };
      walk(0, first);
    }
    this.forms.set(name, out);
    return out;
  }
}

function push(m: Map<string, Group[]>, k: string, g: Group): void {
  const list = m.get(k);
  if (!list) m.set(k, [g]);
  else if (list[list.length - 1] !== g) list.push(g);
}

/**
 * Lists the article's distinct sources with their figures, merging name variants; figures on the
 * article's own authority (byline or none) are left out. Sources come in order of first figure.
 * Near-linear in the number of figures: groups are found through an index of their keys.
 */
export function collectSources(figures: readonly Figure[], stats: CollectStats = { steps: 0 }): SourceSummary[] {
  const groups: Group[] = [];
  const keyed = figures.map((f) => {
    const s = f.source;
    return !s || s.type === 'byline' || s.type === 'none' || !s.name ? null : variantKeys(s.name, s.type);
  });
  const index = new GroupIndex(
    keyed.flatMap((k) => k ?? []),
    stats,
  );
  figures.forEach((f, i) => {
    const s = f.source;
    const keys = keyed[i];
    if (!s || !keys) return;
    // The first group (in order of appearance) of the same type that shares a name; else the first of
    // any type, unless either is anonymous (関係者 of one kind is not 関係者 of another).
    let group: Group | undefined;
    let loose: Group | undefined;
    for (const g of index.candidates(keys)) {
      stats.steps++;
      if (!sameSource([...g.keys], keys)) continue;
      if (g.summary.type === s.type && (!group || g.order < group.order)) group = g;
      if (s.type !== 'anonymous' && g.summary.type !== 'anonymous' && (!loose || g.order < loose.order)) loose = g;
    }
    group ??= loose;
    const full = s.name.replace(TRAILING, '') || s.name;
    if (!group) {
      const summary: SourceSummary = { name: full, type: s.type, names: [], cues: [], figures: [], mentions: [] };
      group = { order: groups.length, summary, keys: new Set(), names: new Set(), cues: new Set(), starts: new Set() };
      groups.push(group);
    }
    const sum = group.summary;
    if (!group.names.has(s.name)) {
      group.names.add(s.name);
      sum.names.push(s.name);
    }
    if (full.length > sum.name.length) sum.name = full;
    if (s.cue && !group.cues.has(s.cue)) {
      group.cues.add(s.cue);
      sum.cues.push(s.cue);
    }
    for (const k of keys) {
      if (group.keys.has(k)) continue;
      group.keys.add(k);
      index.file(group, k);
    }
    sum.figures.push(i);
    if (s.start !== undefined && s.end !== undefined && !group.starts.has(s.start)) {
      group.starts.add(s.start);
      sum.mentions.push({ start: s.start, end: s.end });
    }
  });
  return groups.map((g) => g.summary);
}
