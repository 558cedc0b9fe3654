import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analysisRequests, browserGate, collectErrors, useExtensionBrowser, waitForHighlight } from './harness';

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

/** The texts of the figure marks on the page, in order. */
const marks = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights.get('shutten-figure') as Highlight | undefined) ?? [])].map(String));

describe.skipIf(skip)('marks follow the content (real engine)', () => {
  // A single-page app that starts on an English page and navigates to a Japanese article.
  const spa = () => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Reader app</title></head><body>
    <main id="app"><h1>Welcome</h1><p>Pick a story from the list to start reading. Nothing here is in Japanese.</p></main>
    <button id="open" type="button">Open story</button>
    <script>
      document.getElementById('open').addEventListener('click', async () => {
        const html = await (await fetch('/e2e/growing-article.html')).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        history.pushState({}, '', '/spa/story');
        document.documentElement.lang = 'ja';
        document.getElementById('app').innerHTML = doc.getElementById('story').outerHTML;
      });
    </script></body></html>`;

  const b = useExtensionBrowser({
    routes: { '/spa': spa, '/spa/story': spa },
  });

  it('analyses only the new paragraphs when the article grows, never form fields, and starts fresh on SPA navigation', async () => {
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    await page.goto(b.server.url('/e2e/growing-article.html'));
    await waitForHighlight(page, 'shutten-figure');
    const first = await marks(page);
    expect(first).toEqual(expect.arrayContaining(['3万人', '8000発', '1000発', '400人', '2500万円']));
    const before = (await analysisRequests(b.worker)).length;

    // Typing in the page's fields changes nothing and sends nothing.
    await page.fill('#area', '警備員は800人いたと思う');
    await page.locator('#memo').pressSequentially('、追記は30本');
    await page.waitForTimeout(2500);
    expect((await analysisRequests(b.worker)).length).toBe(before);

    // 「続きを読む」: two paragraphs arrive; only they are sent.
    await page.click('#more');
    await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['1万発', '約4億円']));
    const reqs = await analysisRequests(b.worker);
    expect(reqs.length).toBe(before + 1);
    const sent = reqs.at(-1) as string;
    expect(sent).toContain('来年は打ち上げ数を1万発に');
    expect(sent).not.toContain('8000発');
    // The earlier marks are still there, still in document order.
    const grown = await marks(page);
    expect(grown.slice(0, first.length)).toEqual(first);

    // No mark ever lands in an input, a textarea or a contenteditable region.
    const inFields = await page.evaluate(() =>
      [...CSS.highlights.values()].flatMap((h) =>
        [...(h as Highlight)].filter((r) =>
          (r as Range).startContainer.parentElement?.closest('input, textarea, [contenteditable="true"]'),
        ),
      ),
    );
    expect(inFields).toHaveLength(0);
    expect(grown).not.toContain('5万人');
    expect(grown).not.toContain('90本');

    // An edit inside the text (a corrected figure, a characterData change) is a full re-read.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('#story p')].find((e) => e.textContent?.includes('400人')) as Element;
      const text = p.firstChild as Text;
      text.data = text.data.replace('400人', '450人');
    });
    await expect.poll(() => marks(page), { timeout: 10_000 }).toContain('450人');
    expect(await marks(page)).not.toContain('400人');

    // SPA navigation: pushState and a new article swapped in → fresh marks for the new article only.
    await page.click('#next');
    await expect
      .poll(() => marks(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['72ヘクタール', '2000人']));
    const after = await marks(page);
    expect(after).not.toContain('8000発');
    expect(after).not.toContain('1万発');
    const last = (await analysisRequests(b.worker)).at(-1) as string;
    expect(last.startsWith('山あいの村で新米の出荷始まる')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks an article a single-page app opens after starting on a page Shutten skipped', async () => {
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    await page.goto(b.server.url('/spa'));
    await page.waitForTimeout(1500);
    expect(await marks(page)).toEqual([]);
    await page.click('#open');
    await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['8000発', '2500万円']));
    expect(errors).toEqual([]);
    await page.close();
  });
});
