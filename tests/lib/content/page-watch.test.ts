import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TextMap } from '../../../lib/content/page/text-map';
import { articleChanged, type ChangeRecord, changeNeedsRead, PageWatch } from '../../../lib/content/page-watch';

// PageWatch's timing and the controller's change test run on plain objects here; what the browser
// does with real mutations is tested in Chromium (tests/e2e/live-page.test.ts).

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function fakeDoc(href = 'https://news.example.jp/a/1') {
  const location = { href };
  return { doc: { location, body: null, defaultView: null } as unknown as Document, location };
}

/** A batch of `n` records that count every property read of them. */
function countingRecords(n: number): { records: ChangeRecord[]; reads: () => number } {
  let reads = 0;
  const record = new Proxy({} as ChangeRecord, {
    get() {
      reads++;
      return undefined;
    },
  });
  return { records: Array.from({ length: n }, () => record), reads: () => reads };
}

describe('PageWatch', () => {
  it('does no work per mutation record: a batch of 4,000 records is not read at all', async () => {
    const { doc } = fakeDoc();
    const onChange = vi.fn();
    const w = new PageWatch(doc, onChange, vi.fn());
    const batch = countingRecords(4000);
    for (let frame = 0; frame < 30; frame++) {
      w.take(batch.records);
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(batch.reads()).toBe(0);
    await vi.advanceTimersByTimeAsync(600);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('a page that changes every 400 ms is still re-read (within the maximum wait)', async () => {
    const { doc } = fakeDoc();
    const onChange = vi.fn();
    const w = new PageWatch(doc, onChange, vi.fn());
    for (let t = 0; t < 10_000; t += 400) {
      w.take([]);
      await vi.advanceTimersByTimeAsync(400);
    }
    // The old debounce was reset by every change and never fired.
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('an address changing twice a second (a pushState loop) navigates a few times a window, not each time', async () => {
    const { doc, location } = fakeDoc();
    const onNavigate = vi.fn();
    const w = new PageWatch(doc, vi.fn(), onNavigate);
    for (let i = 0; i < 120; i++) {
      location.href = `https://news.example.jp/a/1?page=${i}`;
      w.take([]);
      await vi.advanceTimersByTimeAsync(500);
    }
    // One minute: 120 address changes, at most 4 navigations per 20 s.
    expect(onNavigate.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(onNavigate.mock.calls.length).toBeLessThanOrEqual(12);
    // A fragment jump is not a navigation.
    await vi.advanceTimersByTimeAsync(30_000);
    onNavigate.mockClear();
    location.href = `${location.href}#section-2`;
    w.take([]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(onNavigate).not.toHaveBeenCalled();
  });

  it('one navigation (a reader opening another article in a single-page app) is acted on at once', async () => {
    const { doc, location } = fakeDoc();
    const onNavigate = vi.fn();
    const onChange = vi.fn();
    const w = new PageWatch(doc, onChange, onNavigate);
    location.href = 'https://news.example.jp/a/2';
    w.take([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('articleChanged', () => {
  /** A text node as the map sees it. */
  const text = (data: string) => ({ data, isConnected: true }) as unknown as Text;
  const mapOf = (nodes: Text[]): TextMap => {
    let at = 0;
    const segments = nodes.map((node) => {
      const s = { node, nodeStart: 0, textStart: at, length: node.data.length };
      at += node.data.length + 1;
      return s;
    });
    return { text: nodes.map((n) => n.data).join('\n'), segments };
  };

  it('sees a figure corrected in place, and a node taken out of the page (replaced), however short', () => {
    const a = text('会場周辺では警備員を');
    const b = text('400人');
    const map = mapOf([a, b]);
    expect(articleChanged(map)).toBe(false);
    // 400人 → 450人: same length, same amount of text on the page.
    (b as { data: string }).data = '450人';
    expect(articleChanged(map)).toBe(true);
    (b as { data: string }).data = '400人';
    expect(articleChanged(map)).toBe(false);
    // The node replaced by a new one with the same characters count: the old one is gone.
    (b as { isConnected: boolean }).isConnected = false;
    expect(articleChanged(map)).toBe(true);
  });

  it('reads again for a change in the article, or text moved on the page: more of it on a page that was skipped', () => {
    const map = mapOf([text('会場周辺では警備員を'), text('400人')]);
    // A like counter ticking outside the article: the same text, a few characters more.
    expect(changeNeedsRead(map, 5000, 5003, false)).toBe(false);
    // A new paragraph.
    expect(changeNeedsRead(map, 5000, 5080, false)).toBe(true);
    // A page Shutten skipped (not an article) reads again only for a bigger change.
    expect(changeNeedsRead(null, 5000, 5080, true)).toBe(false);
    expect(changeNeedsRead(null, 5000, 5400, true)).toBe(true);
    (map.segments[1]?.node as { data: string }).data = '450人';
    expect(changeNeedsRead(map, 5000, 5000, false)).toBe(true);
  });
});
