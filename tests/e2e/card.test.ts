import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LIBRARY_ENTITIES, LIBRARY_FIGURES } from '../fixtures/e2e/library-article';
import {
  browserGate,
  collectErrors,
  installFakeAnalysis,
  openReported,
  runCommand,
  screenshot,
  setSettings,
  useExtensionBrowser,
  waitForHighlight,
} from './harness';

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

/** The centre of the n-th range of a highlight, in viewport coordinates (after scrolling it into view). */
async function centreOf(page: Page, name: string, n: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([hl, i]) => {
      const r = [...(CSS.highlights.get(hl as string) as Highlight)][i as number] as Range;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0] as DOMRect;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [name, n] as const,
  );
}

describe.skipIf(skip)('the card on the page', () => {
  const b = useExtensionBrowser({
    async setup(b) {
      await installFakeAnalysis(b.worker, { figures: LIBRARY_FIGURES, entities: LIBRARY_ENTITIES });
      // Names are marked only when the reader turns them on (calm by default): these tests hover them.
      await setSettings(b.worker, {
        categories: { figure: true, source: true, date: true, person: true, organization: true, place: true },
        categories$: { v: 2 },
      });
    },
  });

  it('opens on hover and on commands, closes on Escape, never traps, and leaves the DOM as it was when marks go off', async () => {
    const { page, tabId } = await openReported(b, b.server.url('/e2e/library-article.html?card=1'));
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 900, height: 700 });
    await waitForHighlight(page, 'shutten-figure');
    // Playwright's screenshots hide the caret by styling editable elements, leaving style="" behind.
    const dom = async () => (await page.evaluate(() => document.documentElement.outerHTML)).replaceAll(' style=""', '');
    const before = await dom();
    // No card host until a card is needed.
    expect(await page.locator('[data-shutten-card]').count()).toBe(0);

    const card = page.locator('[data-shutten-card] .card');
    // Hover the second figure (the body's 約12万人).
    const p = await centreOf(page, 'shutten-figure', 1);
    await page.mouse.move(p.x, p.y);
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('.title').textContent()).toBe('約12万人');
    expect(await card.locator('.value').textContent()).toBe('about 120,000 人');
    const rows = await card.locator('dl').evaluate((dl) => [...dl.children].map((c) => c.textContent));
    expect(rows).toEqual([
      'Kind',
      'count',
      'Qualifier',
      'approximate',
      'Source',
      'みなと市 (government)',
      'Cue',
      'と発表した',
    ]);
    // Styled inside its shadow root, taking no pointer events (it can never block the page or a dialog).
    expect(await card.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('6px');
    expect(await page.locator('[data-shutten-card]').evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    await screenshot(page, 'card-figure-fake');

    // Moving off the mark closes it; hovering a name shows its type and reading.
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden' });
    const person = await centreOf(page, 'shutten-person', 0);
    await page.mouse.move(person.x, person.y);
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('.title').textContent()).toBe('山田花子');
    // Here the name is also the source of 1.5倍: the card says so, and keeps the reading.
    expect(await card.locator('.value').textContent()).toBe('person');
    expect(await card.locator('dd').first().textContent()).toBe('ヤマダハナコ');
    expect(await card.locator('dd').nth(1).textContent()).toBe('と話した');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden' });
    // A name that is only a name: its type, reading and mention count.
    const org = await centreOf(page, 'shutten-organization', 0);
    await page.mouse.move(org.x, org.y);
    await card.waitFor({ state: 'visible' });
    await expect.poll(() => card.locator('.title').textContent()).toBe('市立中央図書館');
    expect(await card.locator('.value').textContent()).toBe('organisation');
    expect(await card.locator('dl').evaluate((dl) => [...dl.children].map((c) => c.textContent))).toEqual([
      'Reading',
      'シリツチュウオウトショカン',
      'Mentions',
      '1',
    ]);
    await screenshot(page, 'card-entity');

    // Escape closes it (and still reaches the page).
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });

    // Focus without a pointer: the caret placed inside a mark (caret browsing, a click) opens its card.
    await page.evaluate(() => {
      const r = [...(CSS.highlights.get('shutten-figure') as Highlight)][4] as Range;
      getSelection()?.collapse(r.startContainer, r.startOffset + 1);
    });
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('.title').textContent()).toBe('約38億円');
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });

    // Next / previous figure commands open the card on the figure, with focus highlight.
    await page.mouse.move(5, 5);
    expect(await runCommand(b.worker, 'next-figure', tabId)).toBe('sent');
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('.title').textContent()).toBe('約12万人');
    await runCommand(b.worker, 'next-figure', tabId);
    await runCommand(b.worker, 'next-figure', tabId);
    await expect.poll(() => card.locator('.title').textContent()).toBe('3割');
    await runCommand(b.worker, 'previous-figure', tabId);
    await expect.poll(() => card.locator('.title').textContent()).toBe('約12万人');
    expect(await card.getAttribute('role')).toBe('status');
    await screenshot(page, 'card-command');

    // Commands are ignored while the reader types in a field.
    await page.focus('input[name=q]');
    await runCommand(b.worker, 'next-figure', tabId);
    await page.waitForTimeout(300);
    expect(await card.locator('.title').textContent()).toBe('約12万人');
    await page.locator('input[name=q]').blur();

    // Toggle off: highlights and the card host go; the page's DOM is exactly what it was.
    await runCommand(b.worker, 'toggle-highlights', tabId);
    expect(await page.locator('[data-shutten-card]').count()).toBe(0);
    expect(await dom()).toBe(before);
    // Off means no card on hover either.
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(300);
    expect(await page.locator('[data-shutten-card]').count()).toBe(0);
    await runCommand(b.worker, 'toggle-highlights', tabId);
    await waitForHighlight(page, 'shutten-figure');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is not covered by the page’s styles and does not cover a modal dialog’s controls', async () => {
    const { page } = await openReported(b, b.server.url('/e2e/library-article.html?card=2'));
    await waitForHighlight(page, 'shutten-figure');
    // Hostile page CSS does not reach into the card.
    await page.addStyleTag({
      content: '* { font-size: 2px !important; color: red !important; } div { display: none !important; }',
    });
    const p = await centreOf(page, 'shutten-figure', 2);
    await page.mouse.move(p.x, p.y);
    const card = page.locator('[data-shutten-card] .card');
    await card.waitFor({ state: 'visible' });
    expect(await card.evaluate((el) => getComputedStyle(el).fontSize)).toBe('13px');
    // A click where the card is goes through to the page.
    const box = (await card.boundingBox()) as { x: number; y: number; width: number; height: number };
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x as number, y as number)?.hasAttribute('data-shutten-card'),
      [box.x + box.width / 2, box.y + box.height / 2] as const,
    );
    expect(hit).toBe(false);
    // A modal dialog opened over the card sits in the top layer, above it: its button stays reachable,
    // and Escape closes both the dialog (the page's own handling) and the card.
    await page.evaluate(() => {
      const d = document.createElement('dialog');
      d.innerHTML = '<button style="width: 90vw; height: 80vh">OK</button>';
      document.body.append(d);
      d.showModal();
    });
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('dialog') !== null,
      [box.x + box.width / 2, box.y + box.height / 2] as const,
    );
    expect(onTop).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    await card.waitFor({ state: 'hidden' });
    await page.close();
  });
});
