import { CARD_CSS } from './card-style';
import type { CardContent } from './describe';

/**
 * The attribute that marks the card's host, the only node Shutten ever adds to a page. The host is
 * a plain `<div>`, not a custom element: a page can define any custom-element name before Shutten
 * creates its element (its constructor would then run on Shutten's host, and attaching the shadow
 * root fail), but it cannot redefine `div`.
 */
export const CARD_ATTR = 'data-shutten-card';

/**
 * The host's own rules, inside the shadow root. `!important` in a shadow tree's `:host` rule beats
 * the page's `!important` rules (and inline styles) on the host: a page cannot hide it, shrink it or
 * make it catch clicks. The card is placed inside the zero-sized host, so nothing on the host moves.
 */
const HOST_CSS = `
:host {
  all: initial !important; display: block !important; position: fixed !important; inset: 0 auto auto 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483646 !important;
  pointer-events: none !important; visibility: visible !important; opacity: 1 !important;
  transform: none !important; filter: none !important; clip-path: none !important; mask: none !important;
}
.card { position: absolute; left: 0; top: 0; width: max-content; }
.card[hidden] { display: none; }
`;

/**
 * Closed in the store build: the page cannot reach into the card (element.shadowRoot is null to it).
 * Open in the browser-test build, where Playwright reads the card's text.
 */
const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

/** Where a card of `size` goes for a mark at `anchor`: below it, or above when there is no room, inside the viewport. */
export function placeCard(
  anchor: Pick<DOMRect, 'left' | 'top' | 'bottom'>,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const left = Math.max(4, Math.min(anchor.left, viewport.width - size.width - 4));
  const below = anchor.bottom + 6;
  const top = below + size.height <= viewport.height - 4 ? below : Math.max(4, anchor.top - size.height - 6);
  return { left: Math.round(left), top: Math.round(top) };
}

/**
 * The hover/focus card: a fixed-position host with a closed shadow root holding the card's markup
 * and styles. It is created the first time a card shows and removed by `destroy()`, so a page where
 * the reader never hovers a mark (or turns marks off) has exactly its own DOM.
 * It takes no pointer events and no focus, so it can never trap the reader or block a page dialog.
 */
export class CardHost {
  #host: HTMLElement | null = null;
  #card: HTMLElement | null = null;

  readonly #doc: Document;
  readonly #hint: string;

  constructor(doc: Document, hint: string) {
    this.#doc = doc;
    this.#hint = hint;
  }

  /** Shows `content` next to `anchor` (below it, or above when there is no room). */
  show(content: CardContent, anchor: DOMRect): void {
    const card = this.#ensure();
    card.replaceChildren();
    const el = (tag: string, cls: string | null, text: string) => {
      const e = this.#doc.createElement(tag);
      if (cls) e.className = cls;
      e.textContent = text;
      return e;
    };
    card.append(el('div', 'title', content.title), el('div', 'value', content.value));
    const dl = this.#doc.createElement('dl');
    for (const [k, v] of content.rows) dl.append(el('dt', null, k), el('dd', null, v));
    card.append(dl, el('div', 'hint', this.#hint));
    card.setAttribute('aria-label', `${content.title}: ${content.value}`);
    card.style.visibility = 'hidden';
    card.hidden = false;
    const { left, top } = placeCard(
      anchor,
      { width: card.offsetWidth, height: card.offsetHeight },
      { width: this.#doc.documentElement.clientWidth, height: this.#doc.documentElement.clientHeight },
    );
    card.style.transform = `translate(${left}px, ${top}px)`;
    card.style.visibility = 'visible';
  }

  /** Hides the card (the host stays, ready for the next mark). */
  hide(): void {
    if (this.#card) this.#card.hidden = true;
  }

  /** True while the card is on screen. */
  get visible(): boolean {
    return this.#card !== null && !this.#card.hidden && this.#host?.isConnected === true;
  }

  /** Removes the host from the page entirely. */
  destroy(): void {
    this.#host?.remove();
    this.#host = null;
    this.#card = null;
  }

  #ensure(): HTMLElement {
    if (this.#card && this.#host?.isConnected) return this.#card;
    const host = this.#doc.createElement('div');
    host.setAttribute(CARD_ATTR, '');
    const root = host.attachShadow({ mode: SHADOW_MODE });
    const style = this.#doc.createElement('style');
    style.textContent = `${CARD_CSS}\n${HOST_CSS}`;
    const card = this.#doc.createElement('div');
    card.className = 'card';
    // A live region: keyboard jumps (next/previous figure) are announced by screen readers.
    card.setAttribute('role', 'status');
    card.setAttribute('aria-live', 'polite');
    root.append(style, card);
    this.#doc.documentElement.append(host);
    this.#host = host;
    this.#card = card;
    return card;
  }
}
