import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { analyze, draftAnalysis } from '../../../core/analyze';
import type { Analysis, Tokenizer } from '../../../core/types';
import { boundAnalysis } from '../../../lib/background/analysis-bounds';
import { PageController, type SendToBackground } from '../../../lib/content/page-controller';
import { linkNameKeys } from '../../../lib/shared/merge-analysis';
import type { BackgroundMessage, PageStatus } from '../../../lib/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/shared/settings-schema';
import { groupSourceNames } from '../../../lib/shared/source-groups';
import { withFakeRanges } from './fake-range';
import { fixture } from './page/load';

// The content script's controller on our own page fixtures (linkedom), with the real engine behind a
// fake background and a fake highlight registry (linkedom has no CSS.highlights): what it asks the
// background, the states it reports, the marks it registers. In Chromium: tests/e2e/.

/** The page's highlight registry, as far as the controller uses it. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => {});
  // The page's changes are PageWatch's (tests/lib/content/page-watch.test.ts): nothing changes here.
  vi.stubGlobal(
    'MutationObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterAll(() => {
  vi.unstubAllGlobals();
});

/** A background that analyses with the real engine (as the host does) and records every message. */
function fakeBackground(reply?: (msg: BackgroundMessage) => unknown) {
  const sent: BackgroundMessage[] = [];
  const send = (async (msg: BackgroundMessage) => {
    sent.push(msg);
    const custom = reply?.(msg);
    if (custom !== undefined) return custom;
    if (msg.type === 'analyzeText')
      return { ok: true, value: boundAnalysis(analyze(msg.text, tokenizer, msg.options)) };
    // The name tables, as the background answers with them.
    if (msg.type === 'linkNames') return { ok: true, value: linkNameKeys(msg.names) };
    if (msg.type === 'groupSources') return { ok: true, value: groupSourceNames(msg.names) };
    return { ok: true, value: null };
  }) as SendToBackground;
  const statuses = () => sent.flatMap((m) => (m.type === 'reportStatus' ? [m.status] : []));
  const analyses = () => sent.filter((m) => m.type === 'analyzeText');
  return { send, sent, statuses, analyses };
}

function controller(page: string, settings: Settings = DEFAULT_SETTINGS, reply?: (msg: BackgroundMessage) => unknown) {
  registry.clear();
  const bg = fakeBackground(reply);
  const doc = withFakeRanges(fixture(page));
  const c = new PageController(doc, { load: async () => settings, watch: () => {} }, bg.send);
  return { c, bg, doc };
}

const marked = (name = 'shutten-figure') => [...(registry.get(name) ?? [])].map((r) => r.toString());

describe('PageController', () => {
  it('reads a Japanese article, has it analysed once, and marks each figure on its own characters', async () => {
    const { c, bg } = controller('column');
    await c.start();
    const state = c.state();
    expect(state.status).toBe('ready');
    const a = state.analysis as Analysis;
    expect(a.figures.length).toBeGreaterThan(2);
    expect(marked()).toEqual(a.figures.map((f) => f.text));
    // A declared article starts the dictionary load before its text is found; then one analysis.
    expect(bg.sent[0]?.type).toBe('prepare');
    expect(bg.analyses()).toHaveLength(1);
    expect(bg.statuses()).toEqual(['analyzing', 'ready']);
  });

  it('keeps the page facts in the tab: the background gets none, the analysis carries them', async () => {
    const { c, bg } = controller('column');
    await c.start();
    const sent = bg.analyses()[0] as Extract<BackgroundMessage, { type: 'analyzeText' }>;
    expect(Object.keys(sent.options).sort()).toEqual(['author', 'byline', 'published']);
    expect(c.state().analysis).toMatchObject({
      title: '「値上げの夏」に家計はどう備えるか',
      isJapanese: true,
      isArticle: true,
    });
  });

  it('leaves a portal page and an English page alone: no analysis is asked for', async () => {
    for (const [page, status] of [
      ['portal', 'not-article'],
      ['english', 'not-japanese'],
    ] as const) {
      const { c, bg } = controller(page);
      await c.start();
      expect(c.state().status).toBe(status);
      expect(bg.analyses()).toEqual([]);
      expect(registry.size).toBe(0);
    }
  });

  it('marks a page that is no article when asked (analyzeAnyway), with its verdict kept', async () => {
    const { c, bg } = controller('portal');
    await c.start();
    await c.handle({ type: 'analyzeAnyway' });
    await vi.waitFor(() => expect(c.state().status).toBe('ready'));
    expect(bg.analyses()).toHaveLength(1);
    expect(c.state().analysis).toMatchObject({ isJapanese: true, isArticle: false });
  });

  it('in "only when I ask" mode reads nothing until asked', async () => {
    const { c, bg } = controller('column', { ...DEFAULT_SETTINGS, runMode: 'ask' });
    await c.start();
    expect(c.state().status).toBe('on-request');
    expect(bg.sent.filter((m) => m.type !== 'reportStatus')).toEqual([]);
    await c.handle({ type: 'analyzeAnyway' });
    await vi.waitFor(() => expect(c.state().status).toBe('ready'));
    expect(marked().length).toBeGreaterThan(0);
  });

  it('turns marks off and on again, leaving no highlight behind when off', async () => {
    const { c } = controller('column');
    await c.start();
    const before = marked();
    expect(before.length).toBeGreaterThan(2);
    expect((await c.handle({ type: 'setHighlights', on: false })).ok).toBe(true);
    expect(registry.size).toBe(0);
    expect(c.state().highlightsOn).toBe(false);
    await c.handle({ type: 'setHighlights', on: true });
    expect(marked()).toEqual(before);
  });

  it('does not send the analysis again to a popup that holds its revision, nor ask the background twice', async () => {
    const { c, bg } = controller('column');
    await c.start();
    const { revision } = c.state();
    expect(c.state(revision)).toMatchObject({ unchanged: true, analysis: null, status: 'ready' });
    // Reading the unchanged page again keeps the analysis it has: same revision, no new request.
    await c.run();
    expect(c.state().revision).toBe(revision);
    expect(bg.analyses()).toHaveLength(1);
  });

  it('says why an analysis failed: the engine, or a background it could not reach', async () => {
    const failing = controller('column', DEFAULT_SETTINGS, (m) =>
      m.type === 'analyzeText' ? { ok: false, error: 'boom' } : undefined,
    );
    await failing.c.start();
    expect(failing.c.state()).toMatchObject({ status: 'error', error: 'engine', analysis: null });
    const gone = controller('column', DEFAULT_SETTINGS, (m) =>
      m.type === 'analyzeText' ? { ok: false, error: 'closed', unreachable: true } : undefined,
    );
    await gone.c.start();
    expect(gone.c.state()).toMatchObject({ status: 'error', error: 'unreachable' });
  });

  it('marks the figures of a first read before their analysis comes, and shows the rest only with it', async () => {
    let finish: (() => void) | undefined;
    const held = new Promise<void>((r) => {
      finish = r;
    });
    const { c, bg } = controller('chronology-story', DEFAULT_SETTINGS, (m) => {
      // The background's first half (where the figures are), then the whole analysis a moment later.
      if (m.type === 'figuresFirst')
        return {
          ok: true,
          value: draftAnalysis(m.text, tokenizer, m.options).figures.map(({ start, end }) => ({ start, end })),
        };
      if (m.type === 'analyzeText')
        return held.then(() => ({ ok: true, value: boundAnalysis(analyze(m.text, tokenizer, m.options)) }));
      return undefined;
    });
    const started = c.start();
    await vi.waitFor(() => expect(marked().length).toBeGreaterThan(2));
    const early = marked();
    // Figures only: no source mark yet, and the popup is told to wait (no list without its sources).
    expect(registry.has('shutten-source')).toBe(false);
    expect(c.state()).toMatchObject({ status: 'analyzing', analysis: null });
    // Asked first, then the same text for the whole analysis.
    const asked = bg.sent.filter((m) => m.type === 'figuresFirst' || m.type === 'analyzeText');
    expect(asked.map((m) => m.type)).toEqual(['figuresFirst', 'analyzeText']);
    finish?.();
    await started;
    const a = c.state().analysis as Analysis;
    expect(c.state().status).toBe('ready');
    // The same marks on the same characters, and now their sources too.
    expect(marked()).toEqual(early);
    expect(marked()).toEqual(a.figures.map((f) => f.text));
    expect(marked('shutten-source').length).toBeGreaterThan(0);
    expect(a.figures.some((f) => f.source?.type !== 'byline' && f.source?.type !== 'none')).toBe(true);
  });

  it('asks for the figures first only on a first read', async () => {
    const { c, bg } = controller('column');
    await c.start();
    expect(bg.sent.filter((m) => m.type === 'figuresFirst')).toHaveLength(1);
    // A re-read keeps its marks until the new analysis replaces them.
    await c.run(true);
    expect(bg.sent.filter((m) => m.type === 'figuresFirst')).toHaveLength(1);
  });

  it('ignores a reply a newer request superseded', async () => {
    const { c } = controller('column', DEFAULT_SETTINGS, (m) =>
      m.type === 'analyzeText' ? { ok: false, error: 'superseded' } : undefined,
    );
    await c.start();
    expect(c.state().status satisfies PageStatus).toBe('analyzing');
    expect(c.state().error).toBe(null);
  });
});
