import type { Analysis } from '../../core/types';
import { pageTranslator, resolveLang } from '../shared/i18n/page';
import {
  type ContentMessage,
  capInput,
  MAX_TEXT,
  MAX_TITLE,
  MAX_URL,
  type PageCommand,
  type PageError,
  type PageState,
  type PageStatus,
  type Replies,
  type Result,
  SUPERSEDED,
} from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import { pageAnalysisInput, withPageFacts } from '../shared/page-facts';
import { CATEGORIES, DEFAULT_SETTINGS, type Settings, siteRule } from '../shared/settings-schema';
import { CardController } from './card/card-controller';
import { MarkCursor } from './card/cursor';
import { collectMarks, type Mark } from './card/marks';
import { addHighlights, buildRanges, clearHighlights, flash, type HighlightLayer, showHighlights } from './highlights';
import { analyzeIncrementally } from './incremental-analysis';
import { isEditableFocused } from './page/editable';
import { type ExtractedArticle, extractArticleInTasks } from './page/extract-article';
import type { TextMap } from './page/text-map';
import { PageWatch } from './page-watch';
import { type AnalyzeText, analyzeInSlices, largePageStatus } from './slices';

/** Page states where a shortcut is the reader asking to mark the page (see PageController.command). */
const ASKED: ReadonlySet<PageStatus> = new Set(['on-request', 'too-large', 'not-article', 'not-japanese', 'error']);

/**
 * Did a change reach the analysed text: a text node of it edited (400人 → 450人) or taken out of the
 * page (replaced by a new node, however short)? Each segment of the map is compared with its text
 * node's characters now: one pass over the article's text (about a millisecond for 20,000
 * characters), once per read, instead of any work per DOM change.
 */
export function articleChanged(map: TextMap): boolean {
  return map.segments.some(
    (s) =>
      !s.node.isConnected ||
      s.node.data.slice(s.nodeStart, s.nodeStart + s.length) !== map.text.slice(s.textStart, s.textStart + s.length),
  );
}

/** How the content script reaches the background. Test seam: unit tests pass a fake background. */
export type SendToBackground = typeof sendToBackground;

/** Where settings come from. Test seam: the browser tests use real storage; a unit test could pass a fake. */
export interface SettingsSource {
  load: () => Promise<Settings>;
  watch: (cb: (s: Settings) => void) => void;
}

/**
 * The content script's state for one page: extracts the article, asks the background for its
 * analysis, and keeps the highlights and the card in step with the settings, the reader's toggles
 * and jumps, and the page itself as it grows or navigates.
 */
export class PageController {
  private status: PageStatus = 'idle';
  private analysis: Analysis | null = null;
  /** Counts changes of `analysis`, so the popup re-reads (and re-renders) only what changed. */
  private revision = 0;
  private map: TextMap | null = null;
  private ranges: ReturnType<typeof buildRanges> | null = null;
  private marks: Mark[] = [];
  private highlightsOn = true;
  private error: PageError | null = null;
  private readonly cursor = new MarkCursor();
  private forced = false;
  /** Characters in the page's body when it was last read (see changed()). */
  private textLength = 0;
  private generation = 0;
  private settings: Settings = DEFAULT_SETTINGS;
  private readonly card: CardController;
  private readonly watch: PageWatch;
  /** One text to the background for analysis: the whole-page and the sliced runs both send through it. */
  private readonly analyzeText: AnalyzeText = (text, options) => this.send({ type: 'analyzeText', text, options });

  constructor(
    private readonly doc: Document,
    private readonly settingsSource?: SettingsSource,
    private readonly send: SendToBackground = sendToBackground,
  ) {
    this.card = new CardController(doc, () => {
      const lang = resolveLang(this.settings.uiLang, navigator.language);
      return { lang, t: pageTranslator(lang) };
    });
    this.watch = new PageWatch(
      doc,
      () => this.changed(),
      () => this.navigated(),
    );
  }

  /** Loads the settings, starts watching the page, and runs once. */
  async start(): Promise<void> {
    if (this.settingsSource) {
      this.settings = await this.settingsSource.load();
      this.settingsSource.watch((s) => this.settingsChanged(s));
    }
    this.watch.start();
    await this.run();
  }

  /** Reads the page and, if it is a Japanese article (or `force`), analyses and marks it. */
  async run(force = false): Promise<void> {
    const gen = this.generation;
    this.textLength = this.doc.body?.textContent?.length ?? 0;
    const rule = siteRule(this.doc.location?.hostname ?? '', this.settings);
    if (!force && rule === 'never') return this.reset('disabled');
    if (!force && rule !== 'always' && this.settings.runMode === 'ask') return this.setStatus('on-request');
    // Long pages: asked first, then read and analysed in slices (lib/content/slices.ts).
    const large = largePageStatus(this.doc);
    if (large && !force) return this.setStatus(large);
    if (large) return this.runInSlices(gen);
    let page: ExtractedArticle;
    try {
      // The first read of a Japanese article starts the dictionary load while its text is found.
      const onDeclaredArticle = this.analysis ? undefined : () => void this.send({ type: 'prepare' });
      // In steps, yielding to the page between them: no long task of ours on the reader's page.
      page = await extractArticleInTasks(this.doc, { onDeclaredArticle });
    } catch {
      return this.fail('page');
    }
    const take = force || rule === 'always';
    if (!take && (!page.isJapanese || !page.isArticle)) {
      return this.setStatus(page.isJapanese ? 'not-article' : 'not-japanese');
    }
    if (!page.map.text) return this.setStatus('not-article');
    if (page.map.text.length > MAX_TEXT && !force) return this.setStatus('too-large');
    const text = page.map.text.slice(0, MAX_TEXT);
    // Page metadata is capped before it travels (a page can declare a 500,000-character og:title);
    // the page's facts (title, Japanese, article) stay here and are set on the analysis when it is back.
    const { options, facts } = capInput(pageAnalysisInput(page.meta, page, page.speakers));
    // Only new text is analysed (see analyzeIncrementally).
    const reply = await analyzeIncrementally(
      this.analysis && this.map ? { text: this.map.text, analysis: this.analysis } : null,
      text,
      options,
      this.analyzeText,
      () => this.setStatus('analyzing'),
    );
    if (gen !== this.generation) return; // the reader navigated meanwhile
    if (!reply.ok) return this.failed(reply);
    // An unchanged text gives back the analysis held (no new revision for the popup to re-read).
    const next = reply.value === this.analysis ? reply.value : withPageFacts(reply.value, facts);
    this.forced ||= force;
    if (next !== this.analysis) this.revision++;
    this.analysis = next;
    this.map = page.map;
    // Ranges are rebuilt even for unchanged text: the page may have replaced the nodes under it.
    this.ranges = buildRanges(this.doc, page.map, next);
    this.paint();
    this.setStatus('ready');
  }

  /** Answers a validated message from the popup or the background. */
  async handle(msg: ContentMessage): Promise<Replies[ContentMessage['type']]> {
    switch (msg.type) {
      case 'getPageState':
        return { ok: true, value: this.state(msg.since) };
      case 'setHighlights':
        this.setHighlights(msg.on);
        return { ok: true, value: this.highlightsOn };
      case 'scrollToFigure':
        return { ok: true, value: this.jumpTo(msg.index) };
      case 'showEntity':
        return { ok: true, value: this.showEntity(msg.key) };
      case 'analyzeAnyway':
        // The reader asked for marks: show them, even if a shortcut had hidden them before.
        this.highlightsOn = true;
        void this.run(true);
        return { ok: true, value: null };
      case 'runCommand':
        // Shortcuts never act while the reader is typing in a field of the page.
        if (isEditableFocused(this.doc)) return { ok: true, value: null };
        void this.command(msg.command);
        return { ok: true, value: null };
    }
  }

  /**
   * The state the popup renders. `since`: the revision the popup already holds; the analysis (40,000
   * figures on a long page) is then not cloned and sent again every poll.
   */
  state(since?: number): PageState {
    const unchanged = since === this.revision && this.analysis !== null;
    return {
      status: this.status,
      // While a page is read the popup shows progress, not the partial list: it is not sent.
      analysis: unchanged || this.status === 'analyzing' ? null : this.analysis,
      highlightsOn: this.highlightsOn,
      url: (this.doc.location?.href ?? '').slice(0, MAX_URL),
      title: this.doc.title.slice(0, MAX_TITLE),
      error: this.error,
      revision: this.revision,
      ...(unchanged ? { unchanged } : {}),
    };
  }

  private layers(): HighlightLayer[] {
    return CATEGORIES.filter((c) => this.settings.categories[c]);
  }

  private paint(): void {
    if (!this.ranges || !this.analysis) return;
    this.marks = collectMarks(this.analysis, this.ranges, this.layers());
    if (!this.highlightsOn) return;
    showHighlights(this.ranges, this.layers(), this.settings.palette);
    this.card.attach(this.analysis, this.marks);
  }

  private setHighlights(on: boolean): void {
    this.highlightsOn = on;
    if (on) {
      this.paint();
      return;
    }
    clearHighlights();
    // Off means off: the card's host, the one node Shutten may add, leaves the page too.
    this.card.detach();
  }

  private settingsChanged(s: Settings): void {
    const before = this.settings;
    this.settings = s;
    const host = this.doc.location?.hostname ?? '';
    const rule = siteRule(host, s);
    const ruleChanged = siteRule(host, before) !== rule || before.runMode !== s.runMode;
    // "Never" is the reader's last word, even on a page they had asked to analyse.
    if (rule === 'never' && ruleChanged) this.forced = false;
    if (ruleChanged && !this.forced) {
      this.reset(this.status);
      void this.run();
    } else this.paint();
  }

  /**
   * The page changed (debounced). Reading it again runs Readability on a clone, so first cheap
   * checks: was a text node of the article edited or replaced (400人 → 450人, as a new node too:
   * a correction of a few characters moves the amount of text by nothing), or has the amount of
   * text moved? A ticking clock or a like counter outside the article does neither; a new paragraph
   * does. Pages Shutten skipped need a bigger change (a feed of English posts must not cost a
   * Readability pass every few seconds; an app loading its Japanese article does pass).
   */
  private changed(): void {
    if (this.status === 'disabled' || (this.status === 'on-request' && !this.forced)) return;
    if (this.map && articleChanged(this.map)) {
      void this.run(this.forced);
      return;
    }
    const length = this.doc.body?.textContent?.length ?? 0;
    const skipped = this.status === 'not-japanese' || this.status === 'not-article';
    if (Math.abs(length - this.textLength) < (skipped ? 400 : 20)) return;
    this.textLength = length;
    void this.run(this.forced);
  }

  private navigated(): void {
    this.generation++;
    this.forced = false;
    this.reset('idle');
    void this.run();
  }

  /** A long page, after the reader said yes: marks appear slice by slice, no main-thread task over 50 ms. */
  private async runInSlices(gen: number): Promise<void> {
    this.setStatus('analyzing');
    const alive = () => gen === this.generation;
    const r = await analyzeInSlices(
      this.doc,
      this.analyzeText,
      (p) => {
        if (p.analysis !== this.analysis) this.revision++;
        [this.analysis, this.map, this.ranges] = [p.analysis, p.map, p.ranges];
        // Slices add their marks to those shown (a short task each); the last one also lists them for the card.
        if (this.highlightsOn) addHighlights(p.added, this.layers(), this.settings.palette);
        if (p.done) {
          this.marks = collectMarks(p.analysis, p.ranges, this.layers());
          if (this.highlightsOn) this.card.attach(p.analysis, this.marks);
        } else this.setStatus('analyzing');
      },
      alive,
    );
    if (!alive()) return;
    if (!r.ok) return this.failed(r);
    this.forced = true;
    this.setStatus('ready');
  }

  /** Forgets the page's analysis and removes every mark and the card. */
  private reset(status: PageStatus): void {
    clearHighlights();
    this.card.detach();
    if (this.analysis) this.revision++;
    this.analysis = null;
    this.map = null;
    this.ranges = null;
    this.marks = [];
    this.cursor.reset();
    this.setStatus(status);
  }

  /**
   * A keyboard command. On a page not marked yet (only-when-asked mode, a long page, one that did not
   * look like news) the first H, J or K is the reader asking: it marks the page and shows the marks,
   * then J / K go to a figure. "Never on this site" still wins.
   */
  private async command(command: PageCommand): Promise<void> {
    const dir = command === 'next-figure' ? 1 : command === 'previous-figure' ? -1 : 0;
    if (!this.analysis) {
      if (!ASKED.has(this.status)) return;
      this.highlightsOn = true;
      await this.run(true);
      if (dir && this.analysis) this.step(dir);
      return;
    }
    if (dir) this.step(dir);
    else this.setHighlights(!this.highlightsOn);
  }

  /** Goes to the next (1) or previous (-1) figure from what is on screen (see MarkCursor). */
  private step(delta: number): void {
    const ranges = this.ranges?.figure ?? [];
    const view = this.doc.defaultView;
    const place = (i: number) => {
      const r = ranges[i];
      return r ? r.getBoundingClientRect().top : null;
    };
    const i = this.cursor.stepFigure(delta, this.analysis?.figures.length ?? 0, place, view?.innerHeight ?? 0);
    if (i >= 0) this.jumpTo(i);
  }

  private reveal(range: Range): void {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' });
    flash(range, 1200, this.settings.palette);
  }

  private jumpTo(index: number): boolean {
    const range = this.ranges?.figure[index];
    if (!range) return false;
    this.cursor.focusFigure(index);
    this.reveal(range);
    if (this.highlightsOn) this.card.openFigure(index);
    return true;
  }

  /** Shows the next mention of an entity (cycling), with its card. */
  private showEntity(key: string): { index: number; count: number } | null {
    if (!this.analysis || !this.ranges) return null;
    // Every name's mentions, marked or not: the Names tab works while names are not marked (the default).
    const names = collectMarks(this.analysis, this.ranges, ['person', 'organization', 'place']);
    const next = this.cursor.nextMention(names, this.analysis.entities, key);
    if (!next) return null;
    this.reveal(next.mark.range);
    if (this.highlightsOn) this.card.openMark(next.mark);
    return { index: next.index, count: next.count };
  }

  private setStatus(status: PageStatus): void {
    this.status = status;
    if (status !== 'error') this.error = null;
    void this.send({ type: 'reportStatus', status, figureCount: this.analysis?.figures.length ?? 0 });
  }

  /** A failed reply: the background unreachable even after retries, or the analysis failed. */
  private failed(reply: Extract<Result<unknown>, { ok: false }>): void {
    // A newer request of this page took this one's place in the background's queue: its reply decides.
    if (reply.error === SUPERSEDED) return;
    this.fail(reply.unreachable ? 'unreachable' : 'engine');
  }

  private fail(error: PageError): void {
    this.setStatus('error');
    this.error = error;
  }
}
