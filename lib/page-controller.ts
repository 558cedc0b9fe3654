import type { Analysis } from '../core/types';
import { buildRanges, clearHighlights, flash, type HighlightLayer, showHighlights } from './highlights';
import { type ContentMessage, errorText, type PageState, type PageStatus, type Replies } from './messages';
import { sendToBackground } from './messaging';
import { isEditableFocused } from './page/editable';
import { type ExtractedArticle, extractArticle } from './page/extract-article';
import type { TextMap } from './page/text-map';

const LAYERS: readonly HighlightLayer[] = ['figure', 'source', 'date', 'person', 'organization', 'place'];

/**
 * The content script's state for one page: extracts the article, asks the background for its
 * analysis, and keeps the highlights in step with the user's toggles and jumps.
 */
export class PageController {
  private status: PageStatus = 'idle';
  private analysis: Analysis | null = null;
  private map: TextMap | null = null;
  private ranges: ReturnType<typeof buildRanges> | null = null;
  private highlightsOn = true;
  private error: string | null = null;
  private focus = -1;

  constructor(private readonly doc: Document) {}

  /** Reads the page and, if it is a Japanese article (or `force`), analyses and marks it. */
  async run(force = false): Promise<void> {
    let page: ExtractedArticle;
    try {
      page = extractArticle(this.doc);
    } catch (e) {
      return this.fail(e);
    }
    if (!force && (!page.isJapanese || !page.isArticle)) {
      return this.setStatus(page.isJapanese ? 'not-article' : 'not-japanese');
    }
    if (!page.map.text) return this.setStatus('not-article');
    this.map = page.map;
    this.setStatus('analysing');
    const reply = await sendToBackground({
      type: 'analyzeText',
      text: page.map.text,
      options: {
        title: page.meta.title,
        published: page.meta.published,
        byline: page.meta.byline,
        isJapanese: page.isJapanese,
        isArticle: page.isArticle,
      },
    });
    if (!reply.ok) return this.fail(reply.error);
    this.analysis = reply.value;
    this.ranges = buildRanges(this.doc, page.map, reply.value);
    if (this.highlightsOn) showHighlights(this.ranges, LAYERS);
    this.setStatus('ready');
  }

  /** Answers a validated message from the popup or the background. */
  async handle(msg: ContentMessage): Promise<Replies[ContentMessage['type']]> {
    switch (msg.type) {
      case 'getPageState':
        return { ok: true, value: this.state() };
      case 'setHighlights':
        this.setHighlights(msg.on);
        return { ok: true, value: this.highlightsOn };
      case 'scrollToFigure':
        return { ok: true, value: this.jumpTo(msg.index) };
      case 'analyzeAnyway':
        void this.run(true);
        return { ok: true, value: null };
      case 'runCommand':
        // Shortcuts never act while the reader is typing in a field of the page.
        if (isEditableFocused(this.doc)) return { ok: true, value: null };
        if (msg.command === 'toggle-highlights') this.setHighlights(!this.highlightsOn);
        else this.step(msg.command === 'next-figure' ? 1 : -1);
        return { ok: true, value: null };
    }
  }

  /** The state the popup renders. */
  state(): PageState {
    return {
      status: this.status,
      analysis: this.analysis,
      highlightsOn: this.highlightsOn,
      url: this.doc.location?.href ?? '',
      title: this.doc.title,
      error: this.error,
    };
  }

  private setHighlights(on: boolean): void {
    this.highlightsOn = on;
    if (on && this.ranges) showHighlights(this.ranges, LAYERS);
    else clearHighlights();
  }

  private step(delta: number): void {
    const n = this.analysis?.figures.length ?? 0;
    if (!n) return;
    this.jumpTo((((this.focus + delta) % n) + n) % n);
  }

  private jumpTo(index: number): boolean {
    const range = this.ranges?.figure[index];
    if (!range) return false;
    this.focus = index;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    flash(range);
    return true;
  }

  private setStatus(status: PageStatus): void {
    this.status = status;
    void sendToBackground({ type: 'reportStatus', status, figureCount: this.analysis?.figures.length ?? 0 });
  }

  private fail(e: unknown): void {
    this.error = errorText(e);
    this.setStatus('error');
  }
}
