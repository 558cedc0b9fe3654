/**
 * linkedom's Range cannot be positioned (no setStart/setEnd), so page-side code run on a linkedom
 * document gets this one: a Range over text nodes whose toString() is the text it covers, in document
 * order, which is what the marks' tests compare with the analysis, and a fixed box for layout (Chromium's to test).
 */
export class FakeRange {
  startContainer: Node | null = null;
  startOffset = 0;
  endContainer: Node | null = null;
  endOffset = 0;

  constructor(private readonly doc: Document) {}

  setStart(node: Node, offset: number): void {
    this.startContainer = node;
    this.startOffset = offset;
  }

  setEnd(node: Node, offset: number): void {
    this.endContainer = node;
    this.endOffset = offset;
  }

  /** Where the card anchors: a fixed box (layout is Chromium's to test). */
  getBoundingClientRect(): DOMRect {
    return { left: 10, top: 20, right: 60, bottom: 40, width: 50, height: 20, x: 10, y: 20 } as DOMRect;
  }

  getClientRects(): DOMRect[] {
    return [this.getBoundingClientRect()];
  }

  toString(): string {
    const texts = textNodes(this.doc.documentElement);
    const from = texts.indexOf(this.startContainer as Text);
    const to = texts.indexOf(this.endContainer as Text);
    if (from < 0 || to < from) return '';
    if (from === to) return texts[from]?.data.slice(this.startOffset, this.endOffset) ?? '';
    const middle = texts.slice(from + 1, to).map((t) => t.data);
    return [texts[from]?.data.slice(this.startOffset), ...middle, texts[to]?.data.slice(0, this.endOffset)].join('');
  }
}

function textNodes(n: Node): Text[] {
  if (n.nodeType === 3) return [n as Text];
  return Array.from(n.childNodes).flatMap(textNodes);
}

/** Gives a linkedom document positionable Ranges (see FakeRange). */
export function withFakeRanges(doc: Document): Document {
  (doc as { createRange: () => unknown }).createRange = () => new FakeRange(doc);
  return doc;
}
