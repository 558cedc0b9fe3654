/**
 * Maps the text Shutten analyses back to the page's own text nodes, so a figure at offsets
 * 120–125 of the analysed text becomes a DOM Range over the very characters the reader sees.
 */

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

// Never read: not visible prose, or text the reader is typing.
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'svg', 'IFRAME', 'CANVAS', 'RT', 'RP', 'HEAD', 'TITLE', 'OBJECT', 'VIDEO', 'AUDIO',
]);

/** Element nodes whose text Shutten must never read or mark (editable regions included). */
export function isSkippedElement(el: Element): boolean {
  if (SKIP.has(el.tagName) || SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

/** All readable text nodes under `root`, in document order. */
export function textNodesUnder(root: Node): Text[] {
  const out: Text[] = [];
  // An explicit stack instead of recursion: 100,000-node pages must not blow the call stack.
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (n.nodeType === 3) {
      out.push(n as Text);
      continue;
    }
    if (n.nodeType === 1 && n !== root && isSkippedElement(n as Element)) continue;
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return out;
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u3000' || c === '\u00a0';

/**
 * An index of the page's visible characters with white space removed, so a paragraph taken from an
 * extractor (whose white space differs) can be found again by plain string search.
 */
export class PageIndex {
  readonly dense: string;
  private readonly nodeOf: Int32Array;
  private readonly offsetOf: Int32Array;
  constructor(readonly nodes: readonly Text[]) {
    let total = 0;
    for (const n of nodes) total += n.data.length;
    const chars: string[] = [];
    const nodeOf = new Int32Array(total);
    const offsetOf = new Int32Array(total);
    let k = 0;
    nodes.forEach((n, i) => {
      const d = n.data;
      for (let j = 0; j < d.length; j++) {
        const c = d[j] as string;
        if (isSpace(c)) continue;
        chars.push(c);
        nodeOf[k] = i;
        offsetOf[k] = j;
        k++;
      }
    });
    this.dense = chars.join('');
    this.nodeOf = nodeOf.subarray(0, k);
    this.offsetOf = offsetOf.subarray(0, k);
  }

  /** Finds `paragraph` (white space ignored) at or after dense position `from`; returns [start, end) or null. */
  find(paragraph: string, from = 0): [number, number] | null {
    const needle = Array.from(paragraph).filter((c) => !isSpace(c)).join('');
    if (!needle) return null;
    const at = this.dense.indexOf(needle, from);
    return at < 0 ? null : [at, at + needle.length];
  }

  /**
   * Appends the page text between dense positions [start, end) to `map`, white space runs folded to
   * one space, recording which text node each character comes from.
   */
  appendTo(map: TextMap, start: number, end: number): void {
    if (end <= start) return;
    const firstNode = this.nodeOf[start] as number;
    const lastNode = this.nodeOf[end - 1] as number;
    let pendingSpace = false;
    for (let ni = firstNode; ni <= lastNode; ni++) {
      const node = this.nodes[ni] as Text;
      const d = node.data;
      const from = ni === firstNode ? (this.offsetOf[start] as number) : 0;
      const to = ni === lastNode ? (this.offsetOf[end - 1] as number) + 1 : d.length;
      let runStart = -1;
      const flush = (j: number) => {
        if (runStart < 0) return;
        map.segments.push({ node, nodeStart: runStart, textStart: map.text.length, length: j - runStart });
        map.text += d.slice(runStart, j);
        runStart = -1;
      };
      for (let j = from; j < to; j++) {
        if (isSpace(d[j] as string)) {
          flush(j);
          pendingSpace = true;
          continue;
        }
        if (runStart < 0) {
          // One space stands for any white space run between two visible characters (「最近 平壌」).
          if (pendingSpace && map.text.length && !map.text.endsWith('\n')) map.text += ' ';
          pendingSpace = false;
          runStart = j;
        }
      }
      flush(to);
    }
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

/** The page positions of analysed range [start, end): node and offset at each end, or null if unmapped. */
export function pagePositions(
  map: TextMap,
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  const a = segmentAt(map, start);
  const b = segmentAt(map, end - 1);
  if (!a || !b) return null;
  return {
    startNode: a.node,
    startOffset: a.nodeStart + (start - a.textStart),
    endNode: b.node,
    endOffset: b.nodeStart + (end - 1 - b.textStart) + 1,
  };
}
