/**
 * Tracks whether a position is inside 「…」 or 『…』, for positions visited in increasing order
 * (one pass over the text in all). A line break closes any quotation left open: quotes in news
 * do not span paragraphs, and an unbalanced bracket must not swallow the rest of the article.
 */
export class QuoteTracker {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  /** True when `offset` (not smaller than the last one asked) lies inside a quotation. */
  inside(offset: number): boolean {
    for (; this.pos < offset && this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === '「' || c === '『') this.depth++;
      else if ((c === '」' || c === '』') && this.depth > 0) this.depth--;
      else if (c === '\n') this.depth = 0;
    }
    return this.depth > 0;
  }
}

/**
 * Where the quotation a position lies in closes before `limit` (the 」 or 』 with no opening after
 * `from`), or -1: in 「３月末までに予算を成立させ、道筋を示したい」と述べた。 the quote's own predicate
 * (示したい) tells its tense, not the reporter's 述べた.
 */
export function quoteCloseBefore(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '「' || c === '『') depth++;
    else if (c === '」' || c === '』') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
