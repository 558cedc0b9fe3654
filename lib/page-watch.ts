import { ReadSchedule } from './read-schedule';

/**
 * Page changes: read again 500 ms after the page goes quiet, but at the latest 3 s after the first
 * change (a clock ticking every 400 ms must not postpone it forever), and at most every 1.5 s.
 */
const READS = { quietMs: 500, maxWaitMs: 3000, minGapMs: 1500 };
/**
 * Address changes without a page load: acted on 400 ms after the last one, and at most 4 times in
 * 20 s. A reader clicking through a single-page app's articles is served; a history.pushState loop
 * (twice a second) costs one re-read every 5 s instead of two a second.
 */
const NAVIGATIONS = { quietMs: 400, maxWaitMs: 3000, minGapMs: 1000, burst: 4, windowMs: 20_000 };
/** Distinct changed nodes remembered per read; beyond this the change counts as big (checked wholesale). */
const MAX_TRACKED = 256;

/** Something Shutten never reads: a form field, an editable region (and whatever the caller adds). */
const IGNORED = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** What the watch calls back with: text nodes edited in place, and whether anything worth a look changed. */
export interface PageChange {
  /** Text nodes whose characters changed (a corrected figure: 400人 → 450人). */
  edited: ReadonlySet<Node>;
}

/** The part of a MutationRecord the watch reads (test seam: unit tests pass plain objects). */
export type ChangeRecord = Pick<MutationRecord, 'type' | 'target'>;

/**
 * Calls `onChange` when the page's content changes (infinite scroll, 「続きを読む」, a corrected
 * figure, a single-page app swapping the article in) and `onNavigate` when the address changes
 * without a page load (history.pushState, popstate). Typing in fields does not count.
 *
 * Main-thread cost: the MutationObserver callback does O(1) work per record (it only remembers the
 * changed node), so a page making 4,000 changes a frame pays nothing per change for Shutten. Whether
 * a changed node sits in a field is asked once per distinct node when the read is due. In light
 * mode (pages Shutten does not mark) a batch of records costs one address comparison.
 */
export class PageWatch {
  private observer: MutationObserver | null = null;
  private light = false;
  private edited = new Set<Node>();
  private touched = new Set<Node>();
  /** More distinct nodes changed than are tracked: the change is taken as significant. */
  private overflow = false;
  private url: string;
  private readonly reads: ReadSchedule;
  private readonly navigations: ReadSchedule;

  constructor(
    private readonly doc: Document,
    private readonly onChange: (change: PageChange) => void,
    private readonly onNavigate: () => void,
    /** Extra nodes never read (Shutten's own card host). */
    private readonly isOurs: (n: Node) => boolean = () => false,
  ) {
    this.url = this.address();
    this.reads = new ReadSchedule(() => this.read(), READS);
    this.navigations = new ReadSchedule(() => this.onNavigate(), NAVIGATIONS);
  }

  /** Starts observing. */
  start(): void {
    if (this.observer || !this.doc.body) return;
    this.observer = new MutationObserver((records) => this.take(records));
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    const w = this.doc.defaultView;
    // Content scripts live in an isolated world and cannot wrap the page's history.pushState, so a
    // pushState is noticed through the DOM change that always follows it (checked per batch),
    // and through the Navigation API where the browser has one.
    w?.addEventListener('popstate', this.check);
    (w as { navigation?: EventTarget } | null)?.navigation?.addEventListener('navigatesuccess', this.check);
  }

  /**
   * Takes a batch of mutation records (the observer's callback). Test seam: unit tests call it
   * with plain records to count the work done per record.
   */
  take(records: readonly ChangeRecord[]): void {
    if (this.check()) return;
    if (!this.light) {
      for (const r of records) {
        if (this.overflow) break;
        const set = r.type === 'characterData' ? this.edited : this.touched;
        set.add(r.target);
        if (set.size > MAX_TRACKED) this.overflow = true;
      }
    }
    this.reads.poke();
  }

  /**
   * Light mode: on pages Shutten does not mark (not Japanese, not an article, turned off) a batch of
   * changes costs one address comparison, and the page is looked at again at most every 1.5 s
   * (the controller then compares the amount of text: an app loading its article does pass).
   */
  setLight(light: boolean): void {
    this.light = light;
    if (light) this.forget();
  }

  /** Stops observing. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.reads.cancel();
    this.navigations.cancel();
    this.forget();
    const w = this.doc.defaultView;
    w?.removeEventListener('popstate', this.check);
    (w as { navigation?: EventTarget } | null)?.navigation?.removeEventListener('navigatesuccess', this.check);
  }

  /** The read is due: were the changed nodes outside fields? Asked once per distinct node. */
  private read(): void {
    const significant = this.overflow || this.light || [...this.touched].some((n) => !this.ignored(n));
    const edited = new Set([...this.edited].filter((n) => !this.ignored(n)));
    this.forget();
    if (significant || edited.size) this.onChange({ edited });
  }

  private forget(): void {
    this.edited = new Set();
    this.touched = new Set();
    this.overflow = false;
  }

  private ignored(n: Node): boolean {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    if (!el) return !n.isConnected;
    return el.closest(IGNORED) !== null || this.isOurs(el);
  }

  // The address without its fragment: #section jumps inside one article are not navigation.
  private address(): string {
    return (this.doc.location?.href ?? '').replace(/#.*$/, '');
  }

  /** Compares the address (one string comparison); on a change, schedules the navigation. */
  private readonly check = (): boolean => {
    const now = this.address();
    if (now === this.url) return false;
    this.url = now;
    this.reads.cancel();
    this.forget();
    this.navigations.poke();
    return true;
  };
}
