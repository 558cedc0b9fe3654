import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../core/types';
import { analyzeIncrementally } from '../../../lib/content/incremental-analysis';
import { appendAnalysis } from '../../../lib/shared/merge-analysis';
import { analysisOf, figure } from '../../helpers/analysis';

const base: Analysis = analysisOf({
  title: 't',
  entities: [{ text: '田中', start: 0, end: 2, type: 'person', id: 0 }],
  length: 10,
});

describe('appendAnalysis (incremental analysis of text added at the end)', () => {
  it('moves every offset of the addition; a name seen in both pieces is one entity', () => {
    const added: Analysis = {
      ...base,
      figures: [
        figure({
          text: '5人',
          start: 3,
          end: 5,
          sentence: '県によると5人',
          sentenceStart: 1,
          value: 5,
          source: { name: '県', type: 'government', cue: 'によると', start: 1, end: 2 },
        }),
      ],
      dates: [{ text: '5日', start: 0, end: 2, value: '2025-07-05' }],
      entities: [{ text: '田中', start: 6, end: 8, type: 'person', id: 0 }],
      length: 8,
    };
    const m = appendAnalysis(base, added, 10);
    expect(m.figures[0]).toMatchObject({ start: 13, end: 15, sentenceStart: 11, source: { start: 11, end: 12 } });
    expect(m.dates[0]).toMatchObject({ start: 10, end: 12 });
    expect(m.entities.map((e) => [e.start, e.id])).toEqual([
      [0, 1],
      [16, 1],
    ]);
    expect(m.length).toBe(18);
  });
});

describe('appendAnalysis: one entity per name however the page was sliced', () => {
  const piece = (entities: Analysis['entities'], length: number): Analysis => ({ ...base, entities, length });

  it('joins a surname in a later slice to the full name of an earlier one, and keeps other names apart', () => {
    const first = piece(
      [
        { text: '李成権', start: 0, end: 3, type: 'person', id: 1 },
        { text: '山田花子', start: 10, end: 14, type: 'person', id: 2 },
      ],
      20,
    );
    const second = piece(
      [
        { text: 'リー', start: 0, end: 2, type: 'person', id: 1 },
        { text: '佐藤', start: 5, end: 7, type: 'person', id: 2 },
      ],
      10,
    );
    const third = piece([{ text: '李成権', start: 1, end: 4, type: 'person', id: 1 }], 10);
    const m = appendAnalysis(appendAnalysis(first, second, 20), third, 30);
    expect(m.entities.map((e) => [e.text, e.start, e.id])).toEqual([
      ['李成権', 0, 1],
      ['山田花子', 10, 2],
      ['リー', 20, 1],
      ['佐藤', 25, 3],
      ['李成権', 31, 1],
    ]);
  });

  it('keeps the groups each slice made (a bracketed abbreviation) and gives them the fullest name’s kind', () => {
    const first = piece(
      [
        { text: '宇宙航空研究開発機構', start: 0, end: 10, type: 'organization', id: 1 },
        { text: 'JAXA', start: 11, end: 15, type: 'organization', id: 1 },
      ],
      20,
    );
    const second = piece([{ text: 'JAXA', start: 3, end: 7, type: 'product', id: 1 }], 10);
    const m = appendAnalysis(first, second, 20);
    expect(m.entities.map((e) => [e.id, e.type])).toEqual([
      [1, 'organization'],
      [1, 'organization'],
      [1, 'organization'],
    ]);
    // Neither input is changed.
    expect(second.entities[0]).toMatchObject({ start: 3, id: 1, type: 'product' });
    expect(first.entities[1]).toMatchObject({ id: 1 });
  });
});

describe('analyzeIncrementally', () => {
  const append = async (b: Analysis, a: Analysis, shift: number) => appendAnalysis(b, a, shift);
  const empty = (length: number): Analysis => ({ ...base, entities: [], length });
  it('sends nothing for unchanged text, only the addition for growth, the whole text otherwise', async () => {
    const sent: string[] = [];
    let full = 0;
    const send = async (text: string) => {
      sent.push(text);
      return { ok: true as const, value: empty(text.length) };
    };
    const prev = { text: '一段落目。', analysis: empty(5) };
    await analyzeIncrementally(prev, '一段落目。', {}, send, append, () => full++);
    expect(sent).toEqual([]);
    const grown = await analyzeIncrementally(prev, '一段落目。\n二段落目。', {}, send, append, () => full++);
    expect(sent).toEqual(['\n二段落目。']);
    expect(grown.ok && grown.value.length).toBe(11);
    await analyzeIncrementally(prev, '別の記事。', {}, send, append, () => full++);
    expect(sent.at(-1)).toBe('別の記事。');
    expect(full).toBe(1);
  });
  it('passes a failure through', async () => {
    const r = await analyzeIncrementally(
      null,
      'x',
      {},
      async () => ({ ok: false, error: 'gone' }),
      append,
      () => {},
    );
    expect(r).toEqual({ ok: false, error: 'gone' });
  });
});
