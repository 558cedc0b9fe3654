import type { Analysis } from '../../core/types';
import type { SourceIndex } from '../shared/format-source';
import { pageTranslator, resolveLang } from '../shared/i18n/page';
import { CATEGORIES, type Settings } from '../shared/settings-schema';
import { CardController } from './card/card-controller';
import { MarkCursor } from './card/cursor';
import { collectMarks, type Mark } from './card/marks';
import {
  addHighlights,
  type buildRanges,
  clearHighlights,
  flash,
  type HighlightLayer,
  showHighlights,
} from './highlights';

/** The Ranges of an analysis's marks on the page, per layer (highlights.ts's buildRanges). */
export type MarkRanges = ReturnType<typeof buildRanges>;

/**
 * What the page shows of its analysis: the highlights, the card on the mark under the pointer or
 * caret, and going to a figure (J / K, a row clicked in the popup) or to a name's next mention. The
 * controller decides what is analysed and when; this keeps the marks in step with it, the settings
 * (what to mark, colours, language) and the reader's toggle.
 */
export class PageMarks {
  #analysis: Analysis | null = null;
  #ranges: MarkRanges | null = null;
  #marks: Mark[] = [];
  /** The analysis's sources grouped by name variant (the card's counts), once the background has answered. */
  #sources: SourceIndex | null = null;
  #shown = true;
  readonly #cursor = new MarkCursor();
  readonly #card: CardController;

  readonly #doc: Document;
  readonly #settings: () => Settings;

  constructor(doc: Document, settings: () => Settings) {
    this.#doc = doc;
    this.#settings = settings;
    this.#card = new CardController(doc, () => {
      const lang = resolveLang(this.#settings().uiLang, navigator.language);
      return { lang, t: pageTranslator(lang) };
    });
  }

  /** Whether the marks are on (the reader's toggle; true until turned off). */
  get on(): boolean {
    return this.#shown;
  }

  /** Shows an analysis's marks, replacing any shown (ranges are rebuilt for each read: nodes may have changed). */
  show(a: Analysis, ranges: MarkRanges): void {
    if (a !== this.#analysis) this.#sources = null;
    [this.#analysis, this.#ranges] = [a, ranges];
    this.paint();
  }

  /**
   * A long page's slice: `added` ranges join those shown (a short task each, no repaint of the rest);
   * on the last (`done`) the marks are listed for the card and the shortcuts.
   */
  addSlice(a: Analysis, ranges: MarkRanges, added: MarkRanges, done: boolean): void {
    if (a !== this.#analysis) this.#sources = null;
    [this.#analysis, this.#ranges] = [a, ranges];
    if (this.#shown) addHighlights(added, this.#layers(), this.#settings().palette);
    if (!done) return;
    this.#marks = collectMarks(a, ranges, this.#layers());
    this.#attachCard();
  }

  /** Gives the card `a`'s sources grouped by name variant (ignored when the page shows another analysis by now). */
  setSources(a: Analysis, sources: SourceIndex): void {
    if (a !== this.#analysis) return;
    this.#sources = sources;
    this.#attachCard();
  }

  /** Whether the card already has the grouped sources of `a`. */
  hasSources(a: Analysis): boolean {
    return a === this.#analysis && this.#sources !== null;
  }

  /** Turns the marks on or off. Off means off: the card's host, the one node Shutten may add, leaves the page too. */
  setOn(on: boolean): void {
    this.#shown = on;
    if (on) {
      this.paint();
      return;
    }
    clearHighlights();
    this.#card.detach();
  }

  /** Turns the marks on without drawing them: the read that follows draws them (the reader asked for marks). */
  onForNextRead(): void {
    this.#shown = true;
  }

  /** Draws the marks again (the settings changed what is marked or how). */
  paint(): void {
    if (!this.#ranges || !this.#analysis) return;
    this.#marks = collectMarks(this.#analysis, this.#ranges, this.#layers());
    this.draw(this.#ranges);
    this.#attachCard();
  }

  /**
   * Registers `ranges` as the page's highlights, while the marks are on — also a first read's figure marks
   * alone, ahead of its analysis (figuresFirst): the rest and the card come with show(), a moment later.
   */
  draw(ranges: Partial<MarkRanges>): void {
    if (this.#shown) showHighlights(ranges, this.#layers(), this.#settings().palette);
  }

  /** Removes every mark and the card, and forgets the analysis and where the reader went. */
  clear(): void {
    clearHighlights();
    this.#card.detach();
    this.#analysis = null;
    this.#ranges = null;
    this.#marks = [];
    this.#sources = null;
    this.#cursor.reset();
  }

  /** Goes to the next (1) or previous (-1) figure from what is on screen (see MarkCursor). */
  step(delta: number): void {
    const ranges = this.#ranges?.figure ?? [];
    const view = this.#doc.defaultView;
    const place = (i: number) => {
      const r = ranges[i];
      return r ? r.getBoundingClientRect().top : null;
    };
    const i = this.#cursor.stepFigure(delta, this.#analysis?.figures.length ?? 0, place, view?.innerHeight ?? 0);
    if (i >= 0) this.jumpTo(i);
  }

  /** Scrolls to figure `index` and opens its card; false when it is not on the page. */
  jumpTo(index: number): boolean {
    const range = this.#ranges?.figure[index];
    if (!range) return false;
    this.#cursor.focusFigure(index);
    this.#reveal(range);
    if (this.#shown) this.#card.openFigure(index);
    return true;
  }

  /** Shows the next mention of an entity (cycling), with its card. */
  showEntity(key: string): { index: number; count: number } | null {
    if (!this.#analysis || !this.#ranges) return null;
    // Every name's mentions, marked or not: the Names tab works while names are not marked (the default).
    const names = collectMarks(this.#analysis, this.#ranges, ['person', 'organization', 'place']);
    const next = this.#cursor.nextMention(names, this.#analysis.entities, key);
    if (!next) return null;
    this.#reveal(next.mark.range);
    if (this.#shown) this.#card.openMark(next.mark);
    return { index: next.index, count: next.count };
  }

  #layers(): HighlightLayer[] {
    const { categories } = this.#settings();
    return CATEGORIES.filter((c) => categories[c]);
  }

  #attachCard(): void {
    if (this.#shown && this.#analysis) this.#card.attach(this.#analysis, this.#marks, this.#sources);
  }

  #reveal(range: Range): void {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' });
    flash(range, 1200, this.#settings().palette);
  }
}
