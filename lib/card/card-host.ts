import { CARD_CSS } from './card-style';
import type { CardContent } from './describe';

/** The tag of the card's host element: the only node Shutten ever adds to a page. */
export const CARD_TAG = 'shutten-card';

/**
 * The hover/focus card: a fixed-position host with an open shadow root holding the card's markup
 * and styles. It is created the first time a card shows and removed by `destroy()`, so a page where
 * the reader never hovers a mark (or turns marks off) has exactly its own DOM.
 * Open, not closed: the card shows only text already on the page, and tests can pierce it.
 * It takes no pointer events and no focus, so it can never trap the reader or block a page dialog.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly hint: string,
  ) {}

  /** Shows `content` next to `anchor` (below it, or above when there is no room). */
  show(content: CardContent, anchor: DOMRect): void {
    const card = this.ensure();
    card.replaceChildren();
    const el = (tag: string, cls: string | null, text: string) => {
      const e = this.doc.createElement(tag);
      if (cls) e.className = cls;
      e.textContent = text;
      return e;
    };
    card.append(el('div', 'title', content.title), el('div', 'value', content.value));
    const dl = this.doc.createElement('dl');
    for (const [k, v] of content.rows) dl.append(el('dt', null, k), el('dd', null, v));
    card.append(dl, el('div', 'hint', this.hint));
    card.setAttribute('aria-label', `${content.title}: ${content.value}`);
    const host = this.host as HTMLElement;
    host.style.visibility = 'hidden';
    host.hidden = false;
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    const vw = this.doc.documentElement.clientWidth;
    const vh = this.doc.documentElement.clientHeight;
    const left = Math.max(4, Math.min(anchor.left, vw - w - 4));
    const below = anchor.bottom + 6;
    const top = below + h <= vh - 4 ? below : Math.max(4, anchor.top - h - 6);
    host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    host.style.visibility = 'visible';
  }

  /** Hides the card (the host stays, ready for the next mark). */
  hide(): void {
    if (this.host) this.host.hidden = true;
  }

  /** True while the card is on screen. */
  get visible(): boolean {
    return this.host !== null && !this.host.hidden;
  }

  /** Removes the host from the page entirely. */
  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.card = null;
  }

  private ensure(): HTMLElement {
    if (this.card && this.host?.isConnected) return this.card;
    const host = this.doc.createElement(CARD_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = `${CARD_CSS}\n:host([hidden]) { display: none; }`;
    const card = this.doc.createElement('div');
    card.className = 'card';
    // A live region: keyboard jumps (next/previous figure) are announced by screen readers.
    card.setAttribute('role', 'status');
    card.setAttribute('aria-live', 'polite');
    root.append(style, card);
    this.doc.documentElement.append(host);
    this.host = host;
    this.card = card;
    return card;
  }
}
