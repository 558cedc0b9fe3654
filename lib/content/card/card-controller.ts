import type { Analysis } from '../../../core/types';
import type { SourceIndex } from '../../shared/format-source';
import type { PageTranslate, UiLang } from '../../shared/i18n/page';
import { CardHost } from './card-host';
import { describeMark } from './describe';
import { caretAt, type Mark, markAt } from './marks';

/** The UI language of the card, read when a card opens (the reader may change it in the options). */
export type CardLocale = () => { t: PageTranslate; lang: UiLang };

/**
 * Opens the card on the mark under the pointer (hover), under the caret (focus: a click, caret
 * browsing) or chosen by a command (next / previous figure). CSS highlights are not elements, so
 * the mark is found from document.caretPositionFromPoint and the stored Ranges. Escape closes it.
 */
export class CardController {
  #marks: Mark[] = [];
  #analysis: Analysis | null = null;
  #sources: SourceIndex | null = null;
  #host: CardHost | null = null;
  #shown: { mark: Mark; by: 'pointer' | 'focus' } | null = null;
  #frame = 0;
  #lastPointer: { x: number; y: number } | null = null;
  #attached = false;

  readonly #doc: Document;
  readonly #locale: CardLocale;

  constructor(doc: Document, locale: CardLocale) {
    this.#doc = doc;
    this.#locale = locale;
  }

  /**
   * Starts listening for hover, caret and Escape (listeners only; the page's DOM is not touched).
   * `sources`: the analysis's sources grouped by name variant, once the background has answered.
   */
  attach(a: Analysis, marks: Mark[], sources: SourceIndex | null): void {
    this.#analysis = a;
    this.#marks = marks;
    this.#sources = sources;
    if (this.#attached) return;
    this.#attached = true;
    this.#doc.addEventListener('pointermove', this.#onPointer, { passive: true, capture: true });
    this.#doc.addEventListener('keydown', this.#onKey, true);
    this.#doc.addEventListener('selectionchange', this.#onSelection);
    this.#doc.defaultView?.addEventListener('scroll', this.#onScroll, { passive: true, capture: true });
  }

  /** Stops listening and removes the card's host from the page. */
  detach(): void {
    if (this.#attached) {
      this.#doc.removeEventListener('pointermove', this.#onPointer, { capture: true });
      this.#doc.removeEventListener('keydown', this.#onKey, true);
      this.#doc.removeEventListener('selectionchange', this.#onSelection);
      this.#doc.defaultView?.removeEventListener('scroll', this.#onScroll, { capture: true });
      this.#attached = false;
    }
    cancelAnimationFrame(this.#frame);
    this.#host?.destroy();
    this.#host = null;
    this.#shown = null;
  }

  /** Opens the card on figure `index` (next / previous figure commands). */
  openFigure(index: number): void {
    const m = this.#marks.find((x) => x.kind === 'figure' && x.index === index);
    if (m) this.#show(m, 'focus');
  }

  /** Opens the card on any mark (an entity mention chosen in the popup). */
  openMark(m: Mark): void {
    this.#show(m, 'focus');
  }

  /** Closes the card, if open. */
  close(): void {
    this.#host?.hide();
    this.#shown = null;
  }

  #show(mark: Mark, by: 'pointer' | 'focus'): void {
    if (!this.#analysis) return;
    const { t, lang } = this.#locale();
    const content = describeMark(mark, this.#analysis, t, lang, this.#sources);
    const rect = mark.range.getClientRects()[0] ?? mark.range.getBoundingClientRect();
    if (!content) return;
    this.#host ??= new CardHost(this.#doc, t('cardHint'));
    this.#host.show(content, rect);
    this.#shown = { mark, by };
  }

  readonly #onPointer = (e: PointerEvent) => {
    this.#lastPointer = { x: e.clientX, y: e.clientY };
    if (this.#frame) return;
    // One hit test per frame, however fast the pointer moves.
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const p = this.#lastPointer;
      if (!p) return;
      const caret = caretAt(this.#doc, p.x, p.y);
      const m = caret ? markAt(this.#marks, caret.node, caret.offset, p.x, p.y) : null;
      if (m && m.range !== this.#shown?.mark.range) this.#show(m, 'pointer');
      else if (!m && this.#shown?.by === 'pointer') this.close();
    });
  };

  readonly #onKey = (e: KeyboardEvent) => {
    // Escape closes the card and still reaches the page (its own dialog may want it too).
    if (e.key === 'Escape' && this.#shown) this.close();
  };

  readonly #onSelection = () => {
    const sel = this.#doc.getSelection();
    if (!sel?.isCollapsed || !sel.anchorNode) return;
    const m = markAt(this.#marks, sel.anchorNode, sel.anchorOffset);
    if (m) this.#show(m, 'focus');
    else if (this.#shown?.by === 'focus') this.close();
  };

  readonly #onScroll = () => {
    if (!this.#shown) return;
    const r = this.#shown.mark.range.getBoundingClientRect();
    const vh = this.#doc.documentElement.clientHeight;
    if (r.bottom < 0 || r.top > vh) this.close();
    else this.#show(this.#shown.mark, this.#shown.by);
  };
}
