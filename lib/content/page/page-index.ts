import { isSpace, readsUntil } from './text-map';

/**
 * An index of the page's visible characters with white space removed, so a paragraph taken from an
 * extractor working on a copy of the page (whose white space differs) can be found again on the live page.
 */
export class PageIndex {
  /** The page's visible characters, white space removed. */
  readonly dense: string;
  readonly #nodeOf: Int32Array;

  constructor(readonly nodes: readonly Text[]) {
    let total = 0;
    for (const n of nodes) total += n.data.length;
    const parts: string[] = [];
    const nodeOf = new Int32Array(total);
    let k = 0;
    nodes.forEach((n, i) => {
      const d = n.data;
      let run = -1;
      for (let j = 0; j <= d.length; j++) {
        if (j < d.length && !isSpace(d[j] as string)) {
          if (run < 0) run = j;
          nodeOf[k++] = i;
          continue;
        }
        if (run >= 0) parts.push(d.slice(run, j));
        run = -1;
      }
    });
    this.dense = parts.join('');
    this.#nodeOf = nodeOf.subarray(0, k);
  }

  /** Finds `text` (white space ignored) at or after dense position `from`; returns [start, end) or null. */
  find(text: string, from = 0): [number, number] | null {
    const needle = denseText(text);
    if (!needle) return null;
    const at = this.dense.indexOf(needle, from);
    return at < 0 ? null : [at, at + needle.length];
  }

  /** The text node holding dense position `pos`. */
  nodeAt(pos: number): Text {
    return this.nodes[this.#nodeOf[pos] as number] as Text;
  }
}

const SPACES = /[\s\u3000\u00a0]+/g;

/** `text` with all white space removed: 「最近 平壌」 → 「最近平壌」. */
export function denseText(text: string): string {
  return text.replace(SPACES, '');
}

/**
 * True when `n` shows more than `max` characters besides white space (denseText(shownText(n)).length > max),
 * reading only as far as that takes: a box around a whole story answers after its first lines.
 */
export function showsMoreThan(n: Node, max: number): boolean {
  let chars = 0;
  readsUntil(n, (t) => {
    chars += denseText(t.data).length;
    return chars > max;
  });
  return chars > max;
}

/**
 * The box a label stands in: from `el` up, the first element showing more than `chars` characters (the label's
 * own), looked for at most `levels` steps up — the last one tried when none does. Null at `root` or above it.
 */
export function boxBeyond(root: Element, el: Element | null, chars: number, levels: number): Element | null {
  let box = el;
  for (let i = 0; box && box !== root && i < levels && !showsMoreThan(box, chars); i++) box = box.parentElement;
  return box && box !== root ? box : null;
}
