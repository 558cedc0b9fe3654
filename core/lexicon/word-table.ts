/**
 * The one shape of a word list with attributes (word → what it is), the named views modules take of
 * it, and the one "longest word at this position" lookup over a list.
 */

/** Words and their attributes: 「議長」 → ['source', 'name'], 「カ月間」 → a counter entry. */
export type WordTable<A> = ReadonlyMap<string, A>;

/** A word table from an object literal, in its written order: `wordTable({ 議長: ['source', 'name'] })`. */
export function wordTable<A>(entries: Readonly<Record<string, A>>): WordTable<A> {
  return new Map(Object.entries(entries));
}

/**
 * The words of a table whose attributes pass `keep`, in table order: one table, and each module that
 * needs a different part of it names its view (SOURCE_TITLES = the titles that make a source a person).
 */
export function wordsWhere<A>(table: WordTable<A>, keep: (attributes: A) => boolean): readonly string[] {
  const out: string[] = [];
  for (const [word, a] of table) if (keep(a)) out.push(word);
  return out;
}

/**
 * Words grouped by their first and by their last character, longest first within a group, so "the
 * longest word starting (or ending) here" is one Map hit and a few comparisons: 「カ月間」 before
 * 「カ月」, 「報道官」 before 「官」. A word listed twice keeps its first attributes. Empty words are
 * never found.
 */
export class WordIndex<A = true> {
  private readonly byFirst = new Map<string, (readonly [string, A])[]>();
  private readonly byLast = new Map<string, (readonly [string, A])[]>();

  constructor(entries: Iterable<readonly [string, A]>) {
    const seen = new Set<string>();
    const all: (readonly [string, A])[] = [];
    for (const e of entries) {
      if (e[0] === '' || seen.has(e[0])) continue;
      seen.add(e[0]);
      all.push(e);
    }
    // A stable sort: words of one length keep their listed order.
    all.sort((a, b) => b[0].length - a[0].length);
    for (const e of all) {
      push(this.byFirst, e[0][0] as string, e);
      push(this.byLast, e[0].at(-1) as string, e);
    }
  }

  /** An index of plain words (no attributes). */
  static of(words: Iterable<string>): WordIndex<true> {
    return new WordIndex([...words].map((w) => [w, true] as const));
  }

  /** The words written at `at` in `text`, longest first, with their attributes. */
  *startingAt(text: string, at: number): Generator<readonly [string, A]> {
    for (const e of this.byFirst.get(text[at] ?? '') ?? []) if (text.startsWith(e[0], at)) yield e;
  }

  /** The words written just before `end` in `text` (ending there), longest first. */
  *endingAt(text: string, end: number): Generator<readonly [string, A]> {
    for (const e of this.byLast.get(text[end - 1] ?? '') ?? []) {
      const at = end - e[0].length;
      if (at >= 0 && text.startsWith(e[0], at)) yield e;
    }
  }

  /** The longest word at `at` that `ok` accepts (any word without `ok`), or undefined. */
  longestAt(text: string, at: number, ok?: (word: string, a: A) => boolean): readonly [string, A] | undefined {
    // A plain loop, not startingAt(): counters and dates call this at every numeral.
    for (const e of this.byFirst.get(text[at] ?? '') ?? []) {
      if (text.startsWith(e[0], at) && (!ok || ok(e[0], e[1]))) return e;
    }
    return undefined;
  }

  /** The longest word ending at `end` that `ok` accepts (any word without `ok`), or undefined. */
  longestEndingAt(text: string, end: number, ok?: (word: string, a: A) => boolean): readonly [string, A] | undefined {
    for (const e of this.byLast.get(text[end - 1] ?? '') ?? []) {
      const at = end - e[0].length;
      if (at >= 0 && text.startsWith(e[0], at) && (!ok || ok(e[0], e[1]))) return e;
    }
    return undefined;
  }

  /** The longest word `s` ends with (「国防総省」 → 総省 over 省 when both are listed). */
  longestSuffixOf(s: string): string | undefined {
    return this.longestEndingAt(s, s.length)?.[0];
  }
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * A regular-expression alternation of `words`, escaped and longest first, so at any position the
 * longest word is the one that matches: (?:報告書|報告) finds 報告書 whole.
 */
export function alternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(escapeRegExp).join('|')})`;
}

/** `s` with every regular-expression syntax character escaped: 「(株)」 → 「\(株\)」. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
