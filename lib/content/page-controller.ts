import type { Analysis } from '../../core/types';
import {
  type ContentMessage,
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
import { withPageFacts } from '../shared/page-facts';
import { DEFAULT_SETTINGS, type Settings, siteRule } from '../shared/settings-schema';
import { buildRanges, spanRanges } from './highlights';
import { analyzeIncrementally } from './incremental-analysis';
import { type AppendAnalysis, appendLinked, groupedSources } from './name-tables';
import { isEditableFocused } from './page/editable';
import type { TextMap } from './page/text-map';
import { PageMarks } from './page-marks';
import { readArticle } from './page-read';
import { changeNeedsRead, PageWatch } from './page-watch';
import { type AnalyzeText, analyzeInSlices, largePageStatus } from './slices';

/** Page states where a shortcut is the reader asking to mark the page (see PageController.command). */
const ASKED: ReadonlySet<PageStatus> = new Set(['on-request', 'too-large', 'not-article', 'not-japanese', 'error']);

/** Resolves in a later task (setTimeout, not scheduler.yield, whose continuation goes before the page's own tasks). */
const afterThisTask = () => new Promise<void>((r) => setTimeout(r, 0));

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
  #status: PageStatus = 'idle';
  #analysis: Analysis | null = null;
  /** Counts changes of `analysis`, so the popup re-reads (and re-renders) only what changed. */
  #revision = 0;
  #map: TextMap | null = null;
  #error: PageError | null = null;
  #forced = false;
  /** Characters in the page's body when it was last read (see changed()). */
  #textLength = 0;
  #generation = 0;
  #settings: Settings = DEFAULT_SETTINGS;
  readonly #marks: PageMarks;
  readonly #watch: PageWatch;
  /** One text to the background for analysis: the whole-page and the sliced runs both send through it. */
  readonly #analyzeText: AnalyzeText = (text, options) => this.#send({ type: 'analyzeText', text, options });
  /** Joins an analysis of added text to the one held, the names of both linked by the background. */
  readonly #append: AppendAnalysis = (base, added, shift) => appendLinked(base, added, shift, this.#send);

  readonly #doc: Document;
  readonly #settingsSource: SettingsSource | undefined;
  readonly #send: SendToBackground;

  constructor(doc: Document, settingsSource?: SettingsSource, send: SendToBackground = sendToBackground) {
    this.#doc = doc;
    this.#settingsSource = settingsSource;
    this.#send = send;
    this.#marks = new PageMarks(doc, () => this.#settings);
    this.#watch = new PageWatch(
      doc,
      () => this.#changed(),
      () => this.#navigated(),
    );
  }

  /** Loads the settings, starts watching the page, and runs once. */
  async start(): Promise<void> {
    if (this.#settingsSource) {
      this.#settings = await this.#settingsSource.load();
      this.#settingsSource.watch((s) => this.#settingsChanged(s));
    }
    this.#watch.start();
    await this.run();
  }

  /** Reads the page and, if it is a Japanese article (or `force`), analyses and marks it. */
  async run(force = false): Promise<void> {
    const gen = this.#generation;
    this.#textLength = this.#doc.body?.textContent?.length ?? 0;
    const rule = siteRule(this.#doc.location?.hostname ?? '', this.#settings);
    if (!force && rule === 'never') return this.#reset('disabled');
    if (!force && rule !== 'always' && this.#settings.runMode === 'ask') return this.#setStatus('on-request');
    // Long pages: asked first, then read and analysed in slices (lib/content/slices.ts).
    const large = largePageStatus(this.#doc);
    if (large && !force) return this.#setStatus(large);
    if (large) return this.#runInSlices(gen);
    const read = await readArticle(this.#doc, {
      take: force || rule === 'always',
      force,
      // The first read of a Japanese article starts the dictionary load while its text is found.
      onDeclaredArticle: this.#analysis ? undefined : () => void this.#send({ type: 'prepare' }),
    });
    if (read.kind === 'unreadable') return this.#fail('page');
    if (read.kind === 'status') return this.#setStatus(read.status);
    const { text, map, input } = read;
    // A first read has the figures marked first, while the background finds their sources (about two thirds of its work).
    if (!this.#analysis)
      void this.#send({ type: 'figuresFirst', text, options: input.options }).then((r) => {
        // Unless the whole analysis came first (it was cached), or the reader navigated or turned Shutten off meanwhile.
        if (r.ok && r.value && gen === this.#generation && this.#status === 'analyzing')
          this.#marks.draw({ figure: spanRanges(this.#doc, map, r.value) });
      });
    // Only new text is analysed (see analyzeIncrementally).
    const reply = await analyzeIncrementally(
      this.#analysis && this.#map ? { text: this.#map.text, analysis: this.#analysis } : null,
      text,
      input.options,
      this.#analyzeText,
      this.#append,
      () => this.#setStatus('analyzing'),
    );
    if (gen !== this.#generation) return; // the reader navigated meanwhile
    if (!reply.ok) return this.#failed(reply);
    // An unchanged text gives back the analysis held (no new revision for the popup to re-read).
    const next = reply.value === this.#analysis ? reply.value : withPageFacts(reply.value, input.facts);
    this.#forced ||= force;
    if (next !== this.#analysis) this.#revision++;
    this.#analysis = next;
    this.#map = map;
    // Ranges are rebuilt even for unchanged text: the page may have replaced the nodes under it.
    this.#marks.show(next, buildRanges(this.#doc, map, next));
    this.#setStatus('ready');
    // The card's source groups wait a task (sourceNames, a message): the task that draws the marks ends first.
    await afterThisTask();
    await this.#groupSources(next);
  }

  /** Answers a validated message from the popup or the background. */
  async handle(msg: ContentMessage): Promise<Replies[ContentMessage['type']]> {
    switch (msg.type) {
      case 'getPageState':
        return { ok: true, value: this.state(msg.since) };
      case 'setHighlights':
        this.#marks.setOn(msg.on);
        return { ok: true, value: this.#marks.on };
      case 'scrollToFigure':
        return { ok: true, value: this.#marks.jumpTo(msg.index) };
      case 'showEntity':
        return { ok: true, value: this.#marks.showEntity(msg.key) };
      case 'analyzeAnyway':
        // The reader asked for marks: show them, even if a shortcut had hidden them before.
        this.#marks.onForNextRead();
        void this.run(true);
        return { ok: true, value: null };
      case 'runCommand':
        // Shortcuts never act while the reader is typing in a field of the page.
        if (isEditableFocused(this.#doc)) return { ok: true, value: null };
        void this.#command(msg.command);
        return { ok: true, value: null };
    }
  }

  /**
   * The state the popup renders. `since`: the revision the popup already holds; the analysis (40,000
   * figures on a long page) is then not cloned and sent again every poll.
   */
  state(since?: number): PageState {
    const unchanged = since === this.#revision && this.#analysis !== null;
    return {
      status: this.#status,
      // While a page is read the popup shows progress, not the partial list: it is not sent.
      analysis: unchanged || this.#status === 'analyzing' ? null : this.#analysis,
      highlightsOn: this.#marks.on,
      url: (this.#doc.location?.href ?? '').slice(0, MAX_URL),
      title: this.#doc.title.slice(0, MAX_TITLE),
      error: this.#error,
      revision: this.#revision,
      ...(unchanged ? { unchanged } : {}),
    };
  }

  /**
   * Has the background group `a`'s sources for the card, once the marks are shown and the page is
   * ready (nothing waits on it: until it answers, a source card counts each name apart).
   */
  async #groupSources(a: Analysis): Promise<void> {
    if (!this.#marks.hasSources(a)) this.#marks.setSources(a, await groupedSources(a, this.#send));
  }

  #settingsChanged(s: Settings): void {
    const before = this.#settings;
    this.#settings = s;
    const host = this.#doc.location?.hostname ?? '';
    const rule = siteRule(host, s);
    const ruleChanged = siteRule(host, before) !== rule || before.runMode !== s.runMode;
    // "Never" is the reader's last word, even on a page they had asked to analyse.
    if (rule === 'never' && ruleChanged) this.#forced = false;
    if (ruleChanged && !this.#forced) {
      this.#reset(this.#status);
      void this.run();
    } else this.#marks.paint();
  }

  /** The page changed (debounced): read it again if the change reached the article or moved its text (changeNeedsRead). */
  #changed(): void {
    if (this.#status === 'disabled' || (this.#status === 'on-request' && !this.#forced)) return;
    const skipped = this.#status === 'not-japanese' || this.#status === 'not-article';
    const length = this.#doc.body?.textContent?.length ?? 0;
    if (changeNeedsRead(this.#map, this.#textLength, length, skipped)) void this.run(this.#forced);
  }

  #navigated(): void {
    this.#generation++;
    this.#forced = false;
    this.#reset('idle');
    void this.run();
  }

  /** A long page, after the reader said yes: marks appear slice by slice, no main-thread task over 50 ms. */
  async #runInSlices(gen: number): Promise<void> {
    this.#setStatus('analyzing');
    const alive = () => gen === this.#generation;
    const r = await analyzeInSlices(
      this.#doc,
      this.#analyzeText,
      this.#append,
      (p) => {
        if (p.analysis !== this.#analysis) this.#revision++;
        [this.#analysis, this.#map] = [p.analysis, p.map];
        // Slices add their marks to those shown (a short task each); the last one also lists them for the card.
        this.#marks.addSlice(p.analysis, p.ranges, p.added, p.done);
        if (!p.done) this.#setStatus('analyzing');
      },
      alive,
    );
    if (!alive()) return;
    if (!r.ok) return this.#failed(r);
    this.#forced = true;
    this.#setStatus('ready');
    if (this.#analysis) await this.#groupSources(this.#analysis);
  }

  /** Forgets the page's analysis and removes every mark and the card. */
  #reset(status: PageStatus): void {
    this.#marks.clear();
    if (this.#analysis) this.#revision++;
    this.#analysis = null;
    this.#map = null;
    this.#setStatus(status);
  }

  /**
   * A keyboard command. On a page not marked yet (only-when-asked mode, a long page, one that did not
   * look like news) the first H, J or K is the reader asking: it marks the page and shows the marks,
   * then J / K go to a figure. "Never on this site" still wins.
   */
  async #command(command: PageCommand): Promise<void> {
    const dir = command === 'next-figure' ? 1 : command === 'previous-figure' ? -1 : 0;
    if (!this.#analysis) {
      if (!ASKED.has(this.#status)) return;
      this.#marks.onForNextRead();
      await this.run(true);
      if (dir && this.#analysis) this.#marks.step(dir);
      return;
    }
    if (dir) this.#marks.step(dir);
    else this.#marks.setOn(!this.#marks.on);
  }

  #setStatus(status: PageStatus): void {
    this.#status = status;
    if (status !== 'error') this.#error = null;
    void this.#send({ type: 'reportStatus', status, figureCount: this.#analysis?.figures.length ?? 0 });
  }

  /** A failed reply: the background unreachable even after retries, or the analysis failed. */
  #failed(reply: Extract<Result<unknown>, { ok: false }>): void {
    // A newer request of this page took this one's place in the background's queue: its reply decides.
    if (reply.error === SUPERSEDED) return;
    this.#fail(reply.unreachable ? 'unreachable' : 'engine');
  }

  #fail(error: PageError): void {
    this.#setStatus('error');
    this.#error = error;
  }
}
