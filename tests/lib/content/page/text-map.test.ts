import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { denseText, showsMoreThan } from '../../../../lib/content/page/page-index';
import {
  pagePositions,
  segmentAt,
  shownText,
  shownTextUpTo,
  type TextMap,
  TextMapBuilder,
  textNodesUnder,
} from '../../../../lib/content/page/text-map';
import { fixture, parse } from './load';

/** Every mapped character equals the page character it points at; everything else is a folded space or a line end. */
function checkMap(map: TextMap): void {
  let covered = 0;
  for (const s of map.segments) {
    expect(s.textStart).toBeGreaterThanOrEqual(covered);
    // Between two segments only the separators the builder inserts.
    expect(map.text.slice(covered, s.textStart)).toMatch(/^[ \n]?$/);
    expect(map.text.slice(s.textStart, s.textStart + s.length)).toBe(
      s.node.data.slice(s.nodeStart, s.nodeStart + s.length),
    );
    covered = s.textStart + s.length;
  }
  expect(covered).toBe(map.text.length);
}

/** The page character under analysed offset `i`, or null for an inserted space or line end. */
function pageChar(map: TextMap, i: number): string | null {
  const s = segmentAt(map, i);
  return s ? (s.node.data[s.nodeStart + (i - s.textStart)] ?? null) : null;
}

const dense = (s: string) => s.replace(/\s+/g, '');

/** The readable page text from one position to another (what a DOM Range over them shows, <rt> aside). */
function pageTextBetween(nodes: Text[], p: NonNullable<ReturnType<typeof pagePositions>>): string {
  const i = nodes.indexOf(p.startNode);
  const j = nodes.indexOf(p.endNode);
  if (i === j) return p.startNode.data.slice(p.startOffset, p.endOffset);
  const middle = nodes.slice(i + 1, j).map((n) => n.data);
  return [p.startNode.data.slice(p.startOffset), ...middle, p.endNode.data.slice(0, p.endOffset)].join('');
}

describe('TextMapBuilder', () => {
  it('folds white space runs, trims lines and maps each run to its node', () => {
    const doc = parse('<p>  最近\u3000\n平壌を <b>訪問</b>した  </p>');
    const p = doc.querySelector('p') as Element;
    const a = p.firstChild as Text;
    const b = p.querySelector('b')?.firstChild as Text;
    const c = p.lastChild as Text;
    const builder = new TextMapBuilder();
    for (const t of [a, b, c]) builder.append(t);
    builder.endLine();
    builder.append(b);
    const map = builder.finish();
    expect(map.text).toBe('最近 平壌を 訪問した\n訪問');
    checkMap(map);
    // 「平壌を」 (offsets 3–6) lies in the first node, 「を訪問」 (5–9) spans the first and the <b>.
    const one = pagePositions(map, 3, 6);
    expect([one?.startNode === a, one?.startOffset, one?.endNode === a, one?.endOffset]).toEqual([true, 6, true, 9]);
    const two = pagePositions(map, 5, 9);
    expect([two?.startNode === a, two?.startOffset, two?.endNode === b, two?.endOffset]).toEqual([true, 8, true, 2]);
    // 「 訪問」 begins on the folded space: the range starts on 「訪」; the space alone maps to nothing.
    const three = pagePositions(map, 6, 9);
    expect([three?.startNode === b, three?.startOffset, three?.endNode === b, three?.endOffset]).toEqual([
      true,
      0,
      true,
      2,
    ]);
    expect(pagePositions(map, 6, 7)).toBeNull();
  });

  it('ends the line at a paragraph break written in the text: a blank line, or a line break and an indent', () => {
    const doc = parse(
      '<div>「結果は全て私の責任だ」\n\u3000打線は振るわなかった。\n\n県は3日、<b>方針</b>を\n示した。\n\u3000\u3000次の段落</div>',
    );
    const nodes = textNodesUnder(doc.querySelector('div') as Element);
    const builder = new TextMapBuilder();
    for (const t of nodes) builder.append(t);
    const map = builder.finish();
    // A lone line break inside a sentence (を\n示した) stays a space, as the page shows it.
    expect(map.text).toBe('「結果は全て私の責任だ」\n打線は振るわなかった。\n県は3日、方針を 示した。\n次の段落');
    checkMap(map);
  });

  it('keeps a paragraph break that falls between two text nodes', () => {
    const doc = parse('<div>前の段落だ。\n<i>\u3000次の段落</i></div>');
    const builder = new TextMapBuilder();
    for (const t of textNodesUnder(doc.querySelector('div') as Element)) builder.append(t);
    const map = builder.finish();
    expect(map.text).toBe('前の段落だ。\n次の段落');
    checkMap(map);
  });

  it('starts a quote paragraph on its own line only after a finished sentence', () => {
    const doc = parse('<div>静かに語った。\n「まだやれる」\n「次も勝つ」と話した。彼は\n「秘策」を明かした。</div>');
    const builder = new TextMapBuilder();
    for (const t of textNodesUnder(doc.querySelector('div') as Element)) builder.append(t);
    const map = builder.finish();
    expect(map.text).toBe('静かに語った。\n「まだやれる」\n「次も勝つ」と話した。彼は 「秘策」を明かした。');
    checkMap(map);
  });
});

// Random article pages: paragraphs of Japanese words with random white space, inline markup,
// ruby readings and <br> line breaks.
const word = fc.constantFrom('市の', '人口は', '約3万人', '増えた', '「調査」', '前年比', '12%', 'と発表した', '。');
const gap = fc.constantFrom('', '', ' ', '\n  ', '\u3000', '&nbsp;');
const piece = fc.oneof(
  fc.tuple(gap, word, gap).map(([a, w, b]) => `${a}${w}${b}`),
  word.map((w) => `<b>${w}</b>`),
  word.map((w) => `<a href="#x">${w}</a>`),
  fc.constant('<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>'),
  fc.constant('<br>'),
);
const paragraph = fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => `<p>${ps.join('')}。</p>`);
const page = fc
  .array(paragraph, { minLength: 1, maxLength: 15 })
  .map(
    (ps) =>
      `<html lang="ja"><head><meta property="og:type" content="article"></head><body><nav><a href="/">トップ</a></nav><article><h1>市の人口、前年比で増加</h1>${ps.join('\n')}</article></body></html>`,
  );

describe('shownText', () => {
  // textContent reads a ruby's readings too: 「人ひとが増ふえる」 matches no <title> and 「11月がつ20日にち」 no date.
  it('reads ruby as its base text, whatever the markup', () => {
    const doc = parse(
      '<html><body><h1 id="a"><ruby>人<rt>ひと</rt></ruby>が<ruby>増<rp>（</rp><rt>ふ</rt><rp>）</rp></ruby>える</h1>' +
        '<p id="b"><ruby>市<rt>し</rt>役<rt>やく</rt>所<rt>しょ</rt></ruby>で11<ruby><rb>月</rb><rt>がつ</rt></ruby></p></body></html>',
    );
    expect(shownText(doc.getElementById('a') as Element)).toBe('人が増える');
    expect(shownText(doc.getElementById('b') as Element)).toBe('市役所で11月');
  });
});

describe('shownText read only as far as needed', () => {
  // A box around a 90,000-character story is asked only whether it holds more than a label, or for the first
  // 2,000 characters by its headline: the answers must be the whole text's.
  it('gives the prefix of the whole text, and its answer to "more than n characters" (random pages)', () => {
    fc.assert(
      fc.property(page, fc.nat({ max: 400 }), (html, n) => {
        const root = parse(html).querySelector('article') as Element;
        const whole = shownText(root);
        expect(shownTextUpTo(root, n)).toBe(whole.slice(0, n));
        expect(showsMoreThan(root, n)).toBe(denseText(whole).length > n);
      }),
    );
  });
});

describe('the TextMap of extracted pages', () => {
  it('maps every analysed character to its node and offset (random pages)', () => {
    fc.assert(
      fc.property(page, fc.array(fc.nat(), { maxLength: 20 }), (html, picks) => {
        const doc = parse(html);
        const { map, lines } = extractArticle(doc);
        const nodes = textNodesUnder(doc.body);
        checkMap(map);
        expect(map.text).not.toContain('かんじ');
        for (const p of picks) {
          if (!map.text.length) break;
          const i = p % map.text.length;
          const c = map.text[i] as string;
          if (c === ' ' || c === '\n') continue;
          expect(pageChar(map, i)).toBe(c);
        }
        // A range within one line of the analysed text covers the same visible characters on the page.
        const line = lines[(picks[0] ?? 0) % Math.max(1, lines.length)];
        if (picks.length >= 3 && line) {
          const width = line.end - line.start;
          const [x, y] = [line.start + ((picks[1] as number) % width), line.start + ((picks[2] as number) % width)];
          const [start, end] = [Math.min(x, y), Math.max(x, y) + 1];
          const pos = pagePositions(map, start, end);
          const want = dense(map.text.slice(start, end));
          if (!pos) expect(want).toBe('');
          else expect(dense(pageTextBetween(nodes, pos))).toBe(want);
        }
      }),
      { numRuns: 60 },
    );
  });

  it.each(['ruby-article', 'portal', 'search'])('maps every character of the %s fixture', (name) => {
    const { map } = extractArticle(fixture(name));
    expect(map.text.length).toBeGreaterThan(0);
    checkMap(map);
  });

  // The real pages ship in ../shared (not in a fresh clone): checked when present.
  const dev = join(__dirname, '../../../../../shared/corpus/dev');
  it.skipIf(!existsSync(dev))('maps every character of the development pages', () => {
    for (const f of readdirSync(dev).filter((n) => n.endsWith('.html'))) {
      const { map } = extractArticle(parse(readFileSync(join(dev, f), 'utf8')));
      expect(map.text.length, f).toBeGreaterThan(300);
      checkMap(map);
    }
  });
});
