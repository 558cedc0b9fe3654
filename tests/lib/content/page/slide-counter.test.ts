import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { counterEdges, isSlideCounter } from '../../../../lib/content/page/slide-counter';
import { pagePositions } from '../../../../lib/content/page/text-map';
import { fixture } from './load';

describe('counterEdges: a slide counter opening or closing a caption', () => {
  it.each([
    ['1/5朝霧が立ちこめる湖畔', [3, 0]],
    ['2／8　式典の様子', [4, 0]],
    ['２／８ 式典の様子', [4, 0]],
    ['写真3/5　記念植樹をする児童', [6, 0]],
    ['（4/5）湖に放たれたアユの稚魚', [5, 0]],
    ['Photo 7 of 8 祝賀会の乾杯', [13, 0]],
    ['花火を見上げる家族連れ（5/5）', [0, 5]],
    ['湖畔を走るランナー 6/8', [0, 4]],
  ] as const)('%s → %j', (text, edges) => {
    expect(counterEdges(text)).toEqual(edges);
  });

  it.each([
    // A caption's own fraction or percentage, a particle or unit after the number.
    '1/3の区画で田植えが始まった',
    '1/2%の利上げを発表する総裁',
    '出席者は定員の1/3',
    '賛成は2/3 ',
    // No counter: N past M, nothing counted, a year-first date.
    '5/3式典の様子',
    '0/5式典の様子',
    '2026/5/9 式典の様子',
  ])('leaves 「%s」 alone', (text) => {
    expect(counterEdges(text)).toEqual([0, 0]);
  });
});

describe('isSlideCounter: a counter in an element of its own', () => {
  it('is 「2 / 2」「写真6/8」「(3/5)」「Photo 5 of 5」', () => {
    for (const t of ['2 / 2', ' 1／5 ', '写真6/8', '(3/5)', 'Photo 5 of 5', '画像 2/4'])
      expect(isSlideCounter(t)).toBe(true);
  });
  it('is not a fraction in words or a line of prose', () => {
    for (const t of ['1/3が反対', '住民の1/3', '3/2', '写真', '全8枚']) expect(isSlideCounter(t)).toBe(false);
  });
});

describe('a photo story whose captions carry their slide counters', () => {
  const page = extractArticle(fixture('photo-story-counters'));
  const text = page.map.text;
  const captions = page.lines.filter((l) => l.kind === 'caption').map((l) => text.slice(l.start, l.end));

  it('keeps every caption’s words without its counter', () => {
    expect(page.isArticle).toBe(true);
    expect(captions).toEqual([
      '朝霧が立ちこめる湖畔',
      '式典の様子＝9日、南湖町',
      '記念植樹をする児童',
      '湖に放たれたアユの稚魚',
      '花火を見上げる家族連れ',
    ]);
    expect(text).not.toMatch(/[1-5]\s*[/／]\s*5|of 5/);
  });

  it('leaves the fraction in the prose: 「住民の1/3が反対」', () => {
    expect(text).toContain('住民の1/3が反対していた');
  });

  it('maps a cut caption to its own characters on the page, past the counter', () => {
    const at = text.indexOf('朝霧');
    const pos = pagePositions(page.map, at, at + 2);
    expect(pos?.startNode.data).toBe('1/5朝霧が立ちこめる湖畔');
    expect(pos?.startOffset).toBe(3);
    expect(pos?.endOffset).toBe(5);
  });
});
