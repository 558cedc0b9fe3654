import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { LIBRARY_FIGURES } from '../fixtures/e2e/library-article';
import {
  browserGate,
  cardOf,
  clearFakeAnalysis,
  installFakeAnalysis,
  openReported,
  resetSettings,
  screenshot,
  setSettings,
  useExtensionBrowser,
  waitForHighlight,
} from './harness';

// A page whose sentence carries U+202E (RIGHT-TO-LEFT OVERRIDE) before the figure and never closes it.
const HOSTILE = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>避難の記録</title>
      <meta property="og:type" content="article"></head><body><article><h1>避難の記録</h1>
      <p>避難者は\u202E3万人に上ったと市は発表した。その後も避難者は増え続け、市は対策を急いでいる。</p>
      <p>市によると、避難所は市内の学校や公民館など合わせて40か所に開設された。</p>
      <p>避難所では、地域のボランティアが炊き出しを行い、毛布や飲み水を配っている。</p>
      <p>市の担当者は「住民の安全を第一に、必要な支援を続けていきたい」と話している。</p>
      <p>気象台は、あすにかけても雨が続くおそれがあるとして、引き続き警戒を呼びかけている。</p></article></body></html>`;

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

/** The popup's page states: slow, failing and skipped analyses are staged with a fake engine. */
describe.skipIf(skip)('the popup’s page states', () => {
  const b = useExtensionBrowser({
    routes: { '/bidi.html': () => HOSTILE },
  });
  let n = 0;
  const fresh = (path: string) => b.server.url(`${path}?state=${++n}`);
  const popup = async (tabId: number, lang: 'en' | 'ja'): Promise<Page> => {
    const p = await b.context.newPage();
    await p.setViewportSize({ width: 800, height: 600 });
    await p.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}&lang=${lang}`);
    return p;
  };
  afterEach(async () => {
    await clearFakeAnalysis(b.worker);
    await resetSettings(b.worker);
  });

  it('says what is happening: analysing, not news (mark anyway), off for this site, error (try again)', async () => {
    // Analysing: the answer is held back for 3 s.
    await installFakeAnalysis(b.worker, { figures: LIBRARY_FIGURES, delayMs: 3000 });
    const slow = await openReported(b, fresh('/e2e/library-article.html'));
    const p1 = await popup(slow.tabId, 'en');
    await p1.waitForSelector('.status-analyzing');
    expect(await p1.locator('.status-analyzing').textContent()).toContain('Reading the article');
    // …and the list appears by itself when the analysis arrives.
    await p1.waitForSelector('.figure-row', { timeout: 10_000 });
    await Promise.all([p1.close(), slow.page.close()]);

    // Not a news article: the portal page, then "mark anyway".
    await installFakeAnalysis(b.worker, { figures: [{ text: '31度', value: 31, unit: '度', kind: 'measure' }] });
    const portal = await openReported(b, fresh('/e2e/portal.html'));
    const p2 = await popup(portal.tabId, 'ja');
    await p2.waitForSelector('.status-not-article');
    expect(await p2.locator('.status p').textContent()).toContain('ニュース記事ではない');
    await p2.click('.status button');
    await p2.waitForSelector('.figure-row', { timeout: 10_000 });
    expect(await p2.locator('.figure-text').allTextContents()).toEqual(['31度']);
    await waitForHighlight(portal.page, 'shutten-figure');
    await Promise.all([p2.close(), portal.page.close()]);

    // Turned off for this site, then turned on again from the popup.
    await setSettings(b.worker, { neverSites: ['127.0.0.1'] });
    await installFakeAnalysis(b.worker, { figures: LIBRARY_FIGURES });
    const off = await openReported(b, fresh('/e2e/library-article.html'));
    const p3 = await popup(off.tabId, 'en');
    await p3.waitForSelector('.status-disabled');
    expect(await p3.locator('.status p').textContent()).toContain('turned off for this site');
    expect(await off.page.evaluate(() => CSS.highlights.size)).toBe(0);
    await p3.click('.status button');
    await p3.waitForSelector('.figure-row', { timeout: 10_000 });
    await waitForHighlight(off.page, 'shutten-figure');
    // …and off again from the popup's footer: the marks go at once.
    expect(await p3.locator('footer button').textContent()).toBe('Never run on 127.0.0.1');
    await p3.click('footer button');
    await expect.poll(() => off.page.evaluate(() => CSS.highlights.size)).toBe(0);
    await p3.waitForSelector('.status-disabled');
    await resetSettings(b.worker);
    await Promise.all([p3.close(), off.page.close()]);

    // Error, with what to do (in the reader's words: the engine's own message is not shown).
    await installFakeAnalysis(b.worker, { fail: 'dictionary file missing' });
    const bad = await openReported(b, fresh('/e2e/library-article.html'));
    const p4 = await popup(bad.tabId, 'en');
    await p4.waitForSelector('.status-error');
    expect(await p4.locator('.status p').textContent()).toBe(
      'Something went wrong: the analysis failed. Try again; if it keeps failing, reload the page.',
    );
    await installFakeAnalysis(b.worker, { figures: LIBRARY_FIGURES });
    await p4.click('.status button');
    await p4.waitForSelector('.figure-row', { timeout: 10_000 });
    await screenshot(p4, 'popup-after-retry');
    await Promise.all([p4.close(), bad.page.close()]);
  });

  it('isolates page text: a right-to-left override in a sentence mirrors nothing in the popup or the card', async () => {
    await installFakeAnalysis(b.worker, {
      figures: [
        {
          text: '3万人',
          value: 30000,
          unit: '人',
          kind: 'count',
          source: { name: '市', type: 'government', cue: 'と発表した' },
        },
      ],
    });
    const { page, tabId } = await openReported(b, fresh('/bidi.html'));
    const p = await popup(tabId, 'en');
    // A short article that declares itself one (og:type article, <article>): marked without asking.
    await waitForHighlight(page, 'shutten-figure');
    await p.waitForSelector('.figure-row');
    const cell = p.locator('.figure-row .figure-sentence');
    expect(await cell.textContent()).toBe('避難者は3万人に上ったと市は発表した。');
    // Drawn in reading order: the figure sits after 避難者は at the cell's left, not mirrored to its end.
    const x = await cell.evaluate((el) => {
      const mark = el.querySelector('.s-figure') as HTMLElement;
      return mark.getBoundingClientRect().left - el.getBoundingClientRect().left;
    });
    expect(x).toBeGreaterThan(20);
    expect(x).toBeLessThan(80);
    expect(await cell.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
    await screenshot(p, 'popup-bidi');
    // The card shows the figure's own text, cleaned, in an isolated box.
    await p.locator('.figure-row').first().click();
    const card = cardOf(page);
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('.title').textContent()).toBe('3万人');
    expect((await card.textContent())?.includes('\u202E')).toBe(false);
    await Promise.all([p.close(), page.close()]);
  });
});
