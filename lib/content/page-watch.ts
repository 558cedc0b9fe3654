import type { TextMap } from './page/text-map';
import { ReadSchedule } from './read-schedule';

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

/**
 * Whether a change calls for reading the page again. Reading runs Readability on a clone, so first cheap
 * checks: was a text node of the article (`map`, null before any) edited or replaced (400人 → 450人, as
 * a new node too: a correction of a few characters moves the amount of text by nothing), or has the
 * amount of text on the page moved since it was last read? A ticking clock or a like counter outside the
 * article does neither; a new paragraph does. Pages Shutten skipped need a bigger change (a feed of
 * English posts must not cost a Readability pass every few seconds; an app loading its Japanese
 * article does pass).
 */
export function changeNeedsRead(map: TextMap | null, lengthThen: number, lengthNow: number, skipped: boolean): boolean {
  if (map && articleChanged(map)) return true;
  return Math.abs(lengthNow - lengthThen) >= (skipped ? 400 : 20);
}

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
/** The part of a MutationRecord the watch could read (test seam: unit tests pass plain objects). */
export type ChangeRecord = Pick<MutationRecord, 'type' | 'target'>;

/**
 * Calls `onChange` when the page's content changes (infinite scroll, 「続きを読む」, a corrected
 * figure, a single-page app swapping the article in) and `onNavigate` when the address changes
 * without a page load (history.pushState, popstate).
 *
 * Main-thread cost: the MutationObserver callback reads no record at all, and after a batch the
 * observer is disconnected until the read is due, so a page making 4,000 changes a frame costs
 * Shutten one batch per read instead of every batch (the browser builds no records for it
 * meanwhile). What changed is found when the read is due, by the controller comparing the
 * article's own text nodes with what it analysed and the amount of text on the page
 * (changeNeedsRead). Typing in a field changes neither.
 */
export class PageWatch {
  #observer: MutationObserver | null = null;
  #url: string;
  readonly #reads: ReadSchedule;
  readonly #navigations: ReadSchedule;

  readonly #doc: Document;
  readonly #onChange: () => void;
  readonly #onNavigate: () => void;

  constructor(doc: Document, onChange: () => void, onNavigate: () => void) {
    this.#doc = doc;
    this.#onChange = onChange;
    this.#onNavigate = onNavigate;
    this.#url = this.#address();
    this.#reads = new ReadSchedule(() => this.#read(), READS);
    this.#navigations = new ReadSchedule(() => this.#onNavigate(), NAVIGATIONS);
  }

  /** Starts observing. */
  start(): void {
    if (this.#observer || !this.#doc.body) return;
    this.#observer = new MutationObserver((records) => this.take(records));
    this.#observe();
    const w = this.#doc.defaultView;
    // Content scripts live in an isolated world and cannot wrap the page's history.pushState, so a
    // pushState is noticed through the DOM change that always follows it (checked per batch),
    // and through the Navigation API where the browser has one.
    w?.addEventListener('popstate', this.#check);
    (w as { navigation?: EventTarget } | null)?.navigation?.addEventListener('navigatesuccess', this.#check);
  }

  /**
   * Takes a batch of mutation records (the observer's callback): O(1), the records are not read.
   * Test seam: unit tests call it directly.
   */
  take(_records: readonly ChangeRecord[]): void {
    // Nothing more to learn from records until the read: stop the browser making them.
    this.#observer?.disconnect();
    if (!this.#check()) this.#reads.poke();
  }

  /** The read is due: look at the page again (and at its address), then watch it again. */
  #read(): void {
    this.#observe();
    if (!this.#check()) this.#onChange();
  }

  #observe(): void {
    if (this.#doc.body)
      this.#observer?.observe(this.#doc.body, { childList: true, subtree: true, characterData: true });
  }

  /** Stops observing. */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#reads.cancel();
    this.#navigations.cancel();
    const w = this.#doc.defaultView;
    w?.removeEventListener('popstate', this.#check);
    (w as { navigation?: EventTarget } | null)?.navigation?.removeEventListener('navigatesuccess', this.#check);
  }

  // The address without its fragment: #section jumps inside one article are not navigation.
  #address(): string {
    return (this.#doc.location?.href ?? '').replace(/#.*$/, '');
  }

  /** Compares the address (one string comparison); on a change, schedules the navigation. */
  readonly #check = (): boolean => {
    const now = this.#address();
    if (now === this.#url) return false;
    this.#url = now;
    // A new page: the pending read is moot, and the page is watched again from now on.
    this.#reads.cancel();
    this.#observe();
    this.#navigations.poke();
    return true;
  };
}
