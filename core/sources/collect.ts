import type { Figure, SourceType } from '../types';
import { sameSource, variantKeys } from './name-variants';

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

// Abbreviations are short (公取委, 国交省, 日銀, 経産省): the index knows those of up to four kanji…
const MAX_SHORT = 4;
// …drawn from the first ten characters of a long name (a bound on the work per name).
const MAX_LONG = 10;

/**
 * The groups filed so far, found by key rather than by comparing with every group (which made the
 * popup's grouping quadratic in the number of distinct names). A key maps to its groups exactly; a
 * long name is also filed under each short form it could be abbreviated to — its first kanji and up
 * to three later ones, in order (公正取引委員会 → 公取委, 公委, 公正取…) — so that 公取委 finds its full
 * name in one lookup, and a long name finds its abbreviation by looking up its own short forms. The
 * work per name is bounded, so the whole is linear; sameSource() decides among the candidates.
 */
class GroupIndex {
  private readonly exact = new Map<string, Group[]>();
  private readonly abbreviated = new Map<string, Group[]>();
  // Each key's short forms, worked out once whether it is looked up or filed.
  private readonly forms = new Map<string, string[]>();

  constructor(private readonly stats: CollectStats) {}

  private shortForms(k: string): string[] {
    let f = this.forms.get(k);
    if (!f) {
      f = shortForms(k);
      this.forms.set(k, f);
    }
    return f;
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
      for (const short of this.shortForms(k)) {
        this.stats.steps++;
        take(this.exact.get(short));
      }
    }
    return out;
  }

  file(g: Group, key: string): void {
    this.stats.steps++;
    push(this.exact, key, g);
    for (const short of this.shortForms(key)) {
      this.stats.steps++;
      push(this.abbreviated, short, g);
    }
  }
}

const KANJI_CHAR = /^[一-龥々]$/;

/**
 * The kanji abbreviations a name could have (as abbreviates() reads them): its first character, a
 * kanji, then one to three later kanji in order — each at least two characters shorter than the name.
 */
function shortForms(name: string): string[] {
  const first = name[0] ?? '';
  if (name.length < 4 || !KANJI_CHAR.test(first)) return [];
  const rest = [...name.slice(1, MAX_LONG)].filter((c) => KANJI_CHAR.test(c));
  const out: string[] = [];
  const walk = (from: number, form: string): void => {
    for (let i = from; i < rest.length; i++) {
      const f = form + rest[i];
      if (name.length >= f.length + 2) out.push(f);
      if (f.length < MAX_SHORT) walk(i + 1, f);
    }
  };
  walk(0, first);
  return out;
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
  const index = new GroupIndex(stats);
  figures.forEach((f, i) => {
    const s = f.source;
    if (!s || s.type === 'byline' || s.type === 'none' || !s.name) return;
    const keys = variantKeys(s.name, s.type);
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
