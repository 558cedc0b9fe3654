import { CARD_TAG } from './card/card-host';

/** How long the page must be quiet before Shutten reads it again, and the least time between two reads. */
const QUIET_MS = 500;
const MIN_GAP_MS = 1500;

/** Is this node inside something Shutten never reads: a form field, an editable region, its own card? */
function ignored(n: Node | null): boolean {
  const el = n && (n.nodeType === 1 ? (n as Element) : n.parentElement);
  if (!el) return false;
  return el.closest(`input, textarea, select, [contenteditable]:not([contenteditable="false"]), ${CARD_TAG}`) !== null;
}

/** A change Shutten does not care about: inside an ignored region, or only adding/removing ignored nodes. */
function quiet(r: MutationRecord): boolean {
  if (ignored(r.target)) return true;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return r.type === 'childList' && nodes.length > 0 && nodes.every(ignored);
}

/**
 * Calls `onGrow` (with the text nodes edited in place) when the page's content changes (a debounced MutationObserver: infinite scroll,
 * 「続きを読む」, a single-page app swapping the article in) and `onNavigate` when the address changes
 * without a page load (history.pushState, popstate). Typing in fields and Shutten's own card do not count.
 */
export class PageWatch {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRun = 0;
  private light = false;
  /** Text nodes whose characters changed since the last call (a corrected figure: 400人 → 450人). */
  private edited = new Set<Node>();
  private url: string;

  constructor(
    private readonly doc: Document,
    private readonly onGrow: (edited: ReadonlySet<Node>) => void,
    private readonly onNavigate: () => void,
  ) {
    this.url = this.address();
  }

  /** Starts observing. */
  start(): void {
    if (this.observer || !this.doc.body) return;
    this.observer = new MutationObserver((records) => {
      // Light mode (pages Shutten skips): only an address change matters; O(1) per batch.
      if (this.light) {
        this.check();
        return;
      }
      if (records.every(quiet)) return;
      for (const r of records) if (r.type === 'characterData') this.edited.add(r.target);
      this.schedule();
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    const w = this.doc.defaultView;
    // Content scripts live in an isolated world and cannot wrap the page's history.pushState, so a
    // pushState is noticed through the DOM change that always follows it (checked in fire()),
    // and through the Navigation API where the browser has one.
    w?.addEventListener('popstate', this.check);
    (w as { navigation?: EventTarget } | null)?.navigation?.addEventListener('navigatesuccess', this.check);
  }

  /**
   * Light mode: on pages Shutten does not mark (not Japanese, turned off) content changes are not
   * worth a look, but single-page-app navigation still is; the observer then only compares addresses.
   */
  setLight(light: boolean): void {
    this.light = light;
    if (light) clearTimeout(this.timer);
  }

  /** Stops observing. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    const w = this.doc.defaultView;
    w?.removeEventListener('popstate', this.check);
    (w as { navigation?: EventTarget } | null)?.navigation?.removeEventListener('navigatesuccess', this.check);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const wait = Math.max(QUIET_MS, this.lastRun + MIN_GAP_MS - Date.now());
    this.timer = setTimeout(() => this.fire(), wait);
  }

  private fire(): void {
    this.lastRun = Date.now();
    const edited = this.edited;
    this.edited = new Set();
    if (!this.check()) this.onGrow(edited);
  }

  // The address without its fragment: #section jumps inside one article are not navigation.
  private address(): string {
    return (this.doc.location?.href ?? '').replace(/#.*$/, '');
  }

  private readonly check = (): boolean => {
    const now = this.address();
    if (now === this.url) return false;
    this.url = now;
    clearTimeout(this.timer);
    this.onNavigate();
    return true;
  };
}
