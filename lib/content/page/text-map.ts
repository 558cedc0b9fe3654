/**
 * Maps the text Shutten analyses back to the page's own text nodes, so a figure at offsets
 * 120–125 of the analysed text becomes a DOM Range over the very characters the reader sees.
 */

import { runSteps, STEP_MASK, type Steps } from './steps';

/** A run of analysed text that is a contiguous slice of one text node. */
export interface Segment {
  node: Text;
  /** Offset in the node's data. */
  nodeStart: number;
  /** Offset in the analysed text. */
  textStart: number;
  length: number;
}

/** The analysed text and where each of its characters lives on the page. */
export interface TextMap {
  text: string;
  segments: Segment[];
}

// Never read: not visible prose (ruby readings <rt> included: 「漢字(かんじ)」 is analysed as 「漢字」),
// or text the reader is typing.
const SKIP: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'IFRAME',
  'CANVAS',
  'RT',
  'RP',
  'HEAD',
  'TITLE',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'MATH',
]);

/** Element nodes whose text Shutten must never read or mark (hidden and editable regions included). */
export function isSkippedElement(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

/**
 * The node after `n` in a walk of `root` in document order that does not enter skipped elements; null at the
 * end. Iterative, by sibling links: 100,000-node pages must not blow the call stack, and no NodeList is built.
 */
function nextReadable(n: Node, root: Node): Node | null {
  if (n.nodeType === 1 && n.firstChild && !isSkippedElement(n as Element)) return n.firstChild;
  let up: Node | null = n;
  while (up && up !== root && !up.nextSibling) up = up.parentNode;
  return up && up !== root ? up.nextSibling : null;
}

/** All readable text nodes under `root`, in document order, a step at a time. */
export function* textNodesUnderSteps(root: Node): Steps<Text[]> {
  const out: Text[] = [];
  let visited = 0;
  for (let n: Node | null = root.firstChild; n && n !== root; n = nextReadable(n, root)) {
    if ((++visited & STEP_MASK) === 0) yield;
    if (n.nodeType === 3) out.push(n as Text);
  }
  return out;
}

/**
 * Reads `root`'s readable text nodes in document order until `enough` returns true for one (the walk stops
 * there, however much text follows: a 90,000-character story's box is asked only about its first lines).
 */
export function readsUntil(root: Node, enough: (t: Text) => boolean): void {
  for (let n: Node | null = root.firstChild; n && n !== root; n = nextReadable(n, root)) {
    if (n.nodeType === 3 && enough(n as Text)) return;
  }
}

/** All readable text nodes under `root`, in document order. */
export function textNodesUnder(root: Node): Text[] {
  return runSteps(textNodesUnderSteps(root));
}

/**
 * The text the reader sees in `n`, where textContent also reads a ruby's reading: 「<ruby>人<rt>ひと</rt></ruby>が
 * <ruby>増<rt>ふ</rt></ruby>える」 is 「人が増える」, the headline the page's <title> gives, not 「人ひとが増ふえる」.
 */
export const shownText = (n: Node): string =>
  textNodesUnder(n)
    .map((t) => t.data)
    .join('');

/** shownText(n).slice(0, max), reading only the text nodes that takes. */
export function shownTextUpTo(n: Node, max: number): string {
  let text = '';
  readsUntil(n, (t) => {
    text += t.data;
    return text.length >= max;
  });
  return text.slice(0, max);
}

/** White space as a page shows it: ASCII, ideographic (U+3000) and no-break spaces. */
export const isSpace = (c: string): boolean =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u3000' || c === '\u00a0';

// A quote paragraph has no indent: a line break between a finished sentence and 「 is a paragraph break
// (…絡めなかった。\n「3年契約をしたが…」).
const QUOTE_OPENS: ReadonlySet<string> = new Set(['「', '『']);
const ENDS: ReadonlySet<string> = new Set(['。', '！', '？', '!', '?', '」', '』']);

/**
 * Builds a TextMap from slices of text nodes: white space runs fold to one space (none at a line's
 * start or end), lines end with "\n", and every other character is recorded in a segment.
 * A run that holds a blank line, a line break followed by an ideographic-space indent, or a line break
 * between a finished sentence and a quote is a paragraph break written in the text itself (「…責任なんです」\n　異常とも…」, 「…された。\n\n県は…」), as pages whose
 * CSS keeps line breaks write their paragraphs: it ends the line, so a quote that ends a paragraph
 * without 。 still ends its sentence.
 */
export class TextMapBuilder {
  readonly map: TextMap = { text: '', segments: [] };
  #pendingSpace = false;
  /** 0: no line feed in the current white space run; 1: one seen; 2: a paragraph break seen. */
  #pendingBreak = 0;
  /** The last character recorded. */
  #last = '';
  // The text grows as an array of parts, joined once: string += in a loop is quadratic on some engines.
  readonly #parts: string[] = [];
  #length = 0;
  #lineStart = 0;

  /** Appends node.data[from, to), white space folded. */
  append(node: Text, from = 0, to = node.data.length): void {
    const d = node.data;
    let runStart = -1;
    for (let j = from; j <= to; j++) {
      const c = d[j] as string;
      const space = j === to || isSpace(c);
      if (space) {
        if (runStart >= 0) {
          this.#push(d.slice(runStart, j), node, runStart);
          runStart = -1;
        }
        if (j < to) {
          this.#pendingSpace = true;
          if (c === '\n') this.#pendingBreak = this.#pendingBreak === 0 ? 1 : 2;
          else if (c === '\u3000' && this.#pendingBreak === 1) this.#pendingBreak = 2;
        }
        continue;
      }
      if (runStart < 0) {
        if (this.#pendingBreak === 2 || (this.#pendingBreak === 1 && QUOTE_OPENS.has(c) && ENDS.has(this.#last)))
          this.endLine();
        // One space stands for any other white space run between two visible characters (「最近 平壌」).
        if (this.#pendingSpace && this.#length > this.#lineStart) this.#put(' ');
        this.#pendingSpace = false;
        this.#pendingBreak = 0;
        runStart = j;
      }
    }
  }

  /** Ends the current line (a no-op on an empty line). */
  endLine(): void {
    this.#pendingSpace = false;
    this.#pendingBreak = 0;
    if (this.#length === this.#lineStart) return;
    this.#put('\n');
    this.#lineStart = this.#length;
  }

  /** Length of the text so far. */
  get size(): number {
    return this.#length;
  }

  /** The finished map (the last line's "\n" dropped). */
  finish(): TextMap {
    let text = this.#parts.join('');
    if (text.endsWith('\n')) text = text.slice(0, -1);
    this.map.text = text;
    return this.map;
  }

  #push(s: string, node: Text, nodeStart: number): void {
    this.map.segments.push({ node, nodeStart, textStart: this.#length, length: s.length });
    this.#put(s);
    this.#last = s[s.length - 1] as string;
  }

  #put(s: string): void {
    this.#parts.push(s);
    this.#length += s.length;
  }
}

/** Where analysed offset `offset` lies on the page: the segment holding it (binary search). */
export function segmentAt(map: TextMap, offset: number): Segment | undefined {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid] as Segment;
    if (offset < s.textStart) hi = mid - 1;
    else if (offset >= s.textStart + s.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Index of the first segment that ends after analysed offset `offset` (segments.length when none). */
function firstEndingAfter(segs: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid] as Segment;
    if (s.textStart + s.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The page positions of analysed range [start, end): node and offset at each end, or null if no page
 * character lies inside it. An end on a space or line break the builder inserted moves inward to the
 * nearest page character (「最近 平壌」: the range of 「 平壌」 starts at 「平」).
 */
export function pagePositions(
  map: TextMap,
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  const segs = map.segments;
  const a = segs[firstEndingAfter(segs, start)];
  if (!a || a.textStart >= end) return null;
  // The last segment starting before `end`: at or after `a`, since `a` itself starts before `end`.
  const j = firstEndingAfter(segs, end - 1);
  const b = (segs[j] && (segs[j] as Segment).textStart < end ? segs[j] : segs[j - 1]) as Segment;
  const from = Math.max(start, a.textStart);
  const to = Math.min(end, b.textStart + b.length);
  return {
    startNode: a.node,
    startOffset: a.nodeStart + (from - a.textStart),
    endNode: b.node,
    endOffset: b.nodeStart + (to - b.textStart),
  };
}
