import { describe, expect, it } from 'vitest';
import { pageState } from '../fixtures/perf/worker';
import { browserGate, collectErrors, tabIdOf, useExtensionBrowser, waitForHighlight } from './harness';

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

const HUGE = 'とても長い見出し'.repeat(62_500); // 500,000 characters
/** Our own article whose metadata a hostile page blew up to 500,000 characters each. */
const page = () => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
  <title>${HUGE}</title><meta property="og:type" content="article">
  <meta property="og:title" content="${HUGE}"><meta property="og:site_name" content="${HUGE}">
  <meta name="author" content="${HUGE}"></head><body><article><h1>港町の花火大会、観客は3万人に</h1>
  <p>港町で15日夜に開かれた花火大会には、主催者の発表で3万人が訪れた。</p>
  <p>打ち上げられた花火は8000発で、昨年より1000発多かった。</p>
  <p>会場周辺では警備員を400人配置し、臨時バスを60本運行した。</p>
  <p>大会の運営費は2500万円で、その半分を地元企業の協賛金でまかなった。</p>
  <p>会場近くの商店街では、夕方から屋台が並び、浴衣姿の家族連れや若者で遅くまでにぎわった。</p>
  <p>港に面した広場には臨時の観覧席が設けられ、開始の1時間前には満席となった。</p>
  </article></body></html>`;

describe.skipIf(skip)('page metadata is capped', () => {
  const b = useExtensionBrowser({
    routes: { '/hostile/meta.html': page },
  });

  it('a 500,000-character og:title, site name and author reach the analysis and the popup cut short', async () => {
    const tab = await b.context.newPage();
    const errors = collectErrors(tab);
    const url = b.server.url('/hostile/meta.html');
    await tab.goto(url);
    await waitForHighlight(tab, 'shutten-figure', 60_000);
    const state = (await pageState(b.worker, await tabIdOf(b.worker, url))) as unknown as {
      title: string;
      analysis: { title: string | null; byline: string | null; figures: { source: { name: string } | null }[] };
    };
    expect(state.title.length).toBeLessThanOrEqual(300);
    expect(state.analysis.title?.length ?? 0).toBeLessThanOrEqual(300);
    expect(state.analysis.byline?.length ?? 0).toBeLessThanOrEqual(200);
    for (const f of state.analysis.figures) expect(f.source?.name.length ?? 0).toBeLessThanOrEqual(200);
    // What the tab holds for the popup, in all: a few kilobytes, not megabytes.
    expect(JSON.stringify(state).length).toBeLessThan(50_000);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
