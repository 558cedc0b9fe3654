import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleTouched } from '../../lib/page-controller';
import { type ChangeRecord, PageWatch } from '../../lib/page-watch';

// PageWatch's bookkeeping runs on plain objects: a node is what the watch reads of it (nodeType,
// parentElement.closest, isConnected). What the browser does with real mutations is tested in
// Chromium (tests/e2e/live-page.test.ts).

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A text node whose parent element answers `closest` with `inField` (counting the calls). */
function textNode(inField = false) {
  const closest = vi.fn(() => (inField ? {} : null));
  return {
    node: { nodeType: 3, isConnected: true, parentElement: { nodeType: 1, closest } } as unknown as Node,
    closest,
  };
}

function fakeDoc(href = 'https://news.example.jp/a/1') {
  const location = { href };
  return { doc: { location, body: null, defaultView: null } as unknown as Document, location };
}

describe('PageWatch', () => {
  it('does O(1) work per mutation record: 4,000 records on a few nodes ask `closest` once per node', async () => {
    const { doc } = fakeDoc();
    const onChange = vi.fn();
    const w = new PageWatch(doc, onChange, vi.fn());
    const nodes = [textNode(), textNode(), textNode(true)];
    const records: ChangeRecord[] = [];
    for (let i = 0; i < 4000; i++) {
      const n = nodes[i % 3] as { node: Node };
      records.push({ type: i % 2 ? 'characterData' : 'childList', target: n.node } as ChangeRecord);
    }
    w.take(records);
    for (const n of nodes) expect(n.closest).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    const calls = nodes.reduce((sum, n) => sum + n.closest.mock.calls.length, 0);
    // At most two questions per distinct node (as a changed node and as an edited one), never per record.
    expect(calls).toBeLessThanOrEqual(6);
    expect(onChange).toHaveBeenCalledTimes(1);
    // The edited text nodes outside fields are handed on; the one in a field is not.
    const [change] = onChange.mock.calls[0] as [{ edited: Set<Node> }];
    const edited = change.edited;
    expect(edited.has((nodes[2] as { node: Node }).node)).toBe(false);
    expect(edited.size).toBe(2);
  });

  it('ignores changes only inside fields', async () => {
    const { doc } = fakeDoc();
    const onChange = vi.fn();
    const w = new PageWatch(doc, onChange, vi.fn());
    const field = textNode(true);
    w.take([{ type: 'characterData', target: field.node } as ChangeRecord]);
    await vi.advanceTimersByTimeAsync(600);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('in light mode a batch costs an address comparison, and the page is still looked at now and then', async () => {
    const { doc } = fakeDoc();
    const onChange = vi.fn();
    const w = new PageWatch(doc, onChange, vi.fn());
    w.setLight(true);
    const n = textNode();
    for (let i = 0; i < 40; i++) {
      w.take(Array.from({ length: 4000 }, () => ({ type: 'childList', target: n.node }) as ChangeRecord));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(n.closest).not.toHaveBeenCalled();
    // Four seconds of constant change: looked at once or twice (within the maximum wait), never per batch.
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('a page that changes every 400 ms is still re-read (within the maximum wait)', async () => {
    const { doc } = fakeDoc();
    const onChange = vi.fn();
    const w = new PageWatch(doc, onChange, vi.fn());
    const clock = textNode();
    for (let t = 0; t < 10_000; t += 400) {
      w.take([{ type: 'characterData', target: clock.node } as ChangeRecord]);
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('an address changing twice a second (a pushState loop) navigates a few times a window, not each time', async () => {
    const { doc, location } = fakeDoc();
    const onNavigate = vi.fn();
    const w = new PageWatch(doc, vi.fn(), onNavigate);
    const n = textNode();
    for (let i = 0; i < 120; i++) {
      location.href = `https://news.example.jp/a/1?page=${i}`;
      w.take([{ type: 'childList', target: n.node } as ChangeRecord]);
      await vi.advanceTimersByTimeAsync(500);
    }
    // One minute: 120 address changes, at most 4 navigations per 20 s.
    expect(onNavigate.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(onNavigate.mock.calls.length).toBeLessThanOrEqual(12);
    // A fragment jump is not a navigation.
    onNavigate.mockClear();
    await vi.advanceTimersByTimeAsync(30_000);
    onNavigate.mockClear();
    location.href = `${location.href}#section-2`;
    w.take([{ type: 'childList', target: n.node } as ChangeRecord]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(onNavigate).not.toHaveBeenCalled();
  });
});

describe('articleTouched', () => {
  const seg = (node: Node) => ({ node, nodeStart: 0, textStart: 0, length: 3 });
  it('sees an edited text node of the article, and one taken out of the page (replaced)', () => {
    const a = { isConnected: true } as Node;
    const b = { isConnected: true } as Node;
    const map = { segments: [seg(a), seg(b)] };
    expect(articleTouched(map as never, new Set())).toBe(false);
    expect(articleTouched(map as never, new Set([b]))).toBe(true);
    // 「400人」 replaced by a new node 「450人」: same amount of text, but the old node is gone.
    (b as { isConnected: boolean }).isConnected = false;
    expect(articleTouched(map as never, new Set())).toBe(true);
  });
});
