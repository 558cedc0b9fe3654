import { describe, expect, it } from 'vitest';
import { pageShape, READABILITY_MAX_DEPTH, readabilityAffordable } from '../../../../lib/content/page/budget';
import { extractArticle, extractArticleInTasks } from '../../../../lib/content/page/extract-article';
import { HEAVY, runStepsInTasks, type Steps } from '../../../../lib/content/page/steps';
import { fixture, parse } from './load';

/** A page nested `depth` levels deep with a short declared article at the bottom (as a script would build it). */
function deep(depth: number): Document {
  const doc = parse('<html lang="ja"><head><meta property="og:type" content="article"></head><body></body></html>');
  let box = doc.body as Element;
  for (let i = 0; i < depth; i++) box = box.appendChild(doc.createElement('div'));
  box.innerHTML =
    '<h1>山あいの村、移住者が3倍に</h1><p>山あいの北沢村で、この10年に移り住んだ人が約120人となり、10年前の3倍に増えた。村が3日、発表した。</p><p>村は空き家を改修して貸し出す事業を続けており、子育て世帯への家賃補助も月2万円に増やした。</p>';
  return doc;
}

describe('the shape of a page, counted only as far as needed', () => {
  it('counts elements and the deepest nesting', () => {
    const doc = parse('<html><body><div><p>a</p><p><b>b</b></p></div><ul><li>c</li></ul></body></html>');
    expect(pageShape(doc.body as Element, 100, 100)).toEqual({ elements: 6, depth: 3 });
  });

  it('stops as soon as a bound is passed: a 2,000-deep page costs no more than the bound', () => {
    const shape = pageShape(deep(2000).documentElement, 6000, READABILITY_MAX_DEPTH);
    expect(shape.depth).toBe(READABILITY_MAX_DEPTH + 1);
    expect(shape.elements).toBeLessThan(100);
  });
});

describe('Readability runs only within its budget', () => {
  it('not on a page nested 2,000 deep (12 s in one task there); the article is still found', () => {
    const doc = deep(2000);
    let runs = 0;
    const page = extractArticle(doc, {
      readability: () => {
        runs++;
        return [];
      },
    });
    expect(readabilityAffordable(doc)).toBe(false);
    expect(runs).toBe(0);
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('10年前の3倍に増えた。');
  });

  it('but on ordinary pages, once', () => {
    let runs = 0;
    extractArticle(fixture('ruby-article'), {
      readability: () => {
        runs++;
        return [];
      },
    });
    expect(runs).toBe(1);
  });
});

describe('extraction in tasks', () => {
  it('gives the page the main thread between steps and finds what the one-go extraction finds', async () => {
    let yields = 0;
    const tasks = { sliceMs: 0, yieldToPage: async () => void yields++ };
    const inTasks = await extractArticleInTasks(fixture('paywall'), {}, tasks);
    const atOnce = extractArticle(fixture('paywall'));
    expect(inTasks.map.text).toBe(atOnce.map.text);
    expect(inTasks.reason).toBe(atOnce.reason);
    // Metadata, text nodes, each candidate root and the lines are steps of their own.
    expect(yields).toBeGreaterThanOrEqual(6);
  });

  it('walks a long page in slices of nodes, not one task', async () => {
    const doc = deep(2000);
    let yields = 0;
    await extractArticleInTasks(doc, {}, { sliceMs: 0, yieldToPage: async () => void yields++ });
    // 2,000 nested elements are walked several times (text nodes, candidate roots): dozens of pauses.
    expect(yields).toBeGreaterThan(20);
  });

  it('pauses only when a slice of time has passed', async () => {
    let clock = 0;
    let yields = 0;
    function* work() {
      for (let i = 0; i < 10; i++) {
        clock += 3; // each step takes 3 ms
        yield;
      }
      return 'done';
    }
    const out = await runStepsInTasks(work(), { sliceMs: 8, now: () => clock, yieldToPage: async () => void yields++ });
    expect(out).toBe('done');
    // 30 ms of work in 8 ms slices: a pause every third step.
    expect(yields).toBe(3);
  });

  it('pauses before a heavy step, so that it starts a task of its own', async () => {
    let clock = 0;
    const tasks: number[][] = [[]];
    function* work(): Steps<string> {
      for (const [ms, heavy] of [
        [3, false],
        [3, false],
        [20, true],
        [3, false],
      ] as const) {
        if (heavy) yield HEAVY;
        clock += ms;
        tasks.at(-1)?.push(ms);
        yield;
      }
      return 'done';
    }
    const yieldToPage = async () => void tasks.push([]);
    expect(await runStepsInTasks(work(), { sliceMs: 8, now: () => clock, yieldToPage })).toBe('done');
    // Without the pause the first task would run 3 + 3 + 20 ms.
    expect(tasks).toEqual([[3, 3], [20], [3]]);
  });
});
