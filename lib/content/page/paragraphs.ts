import { BLOCK_TAGS } from './block-stats';
import { isSkippedElement } from './text-map';

/**
 * The paragraphs of an element's text: text nodes joined until a block element begins or ends.
 * 「<p>約<b>4千</b>人が</p><p>次の段落</p>」 → ["約4千人が", "次の段落"].
 */
export function paragraphsOf(root: Element): string[] {
  const out: string[] = [];
  let current = '';
  const breakHere = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    current = '';
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      current += (n as Text).data;
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (isSkippedElement(el)) return;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) breakHere();
    for (const c of Array.from(el.childNodes)) walk(c);
    if (block) breakHere();
  };
  walk(root);
  breakHere();
  return out;
}
