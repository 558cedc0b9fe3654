import { describe, expect, it } from 'vitest';
import type { Analysis, Figure } from '../../../core/types';
import { analysisBytes, boundAnalysis } from '../../../lib/background/analysis-bounds';
import { sentenceSpans } from '../../../lib/popup/figure-view';
import { figure as aFigure, analysisOf } from '../../helpers/analysis';

/** A figure at `start` of `text` inside a sentence that spans the whole of `sentence`. */
function figure(sentence: string, at: number, text: string, source?: { name: string; at: number }): Figure {
  return aFigure({
    text,
    start: at,
    end: at + text.length,
    sentence,
    sentenceStart: 0,
    value: 1,
    source: source
      ? {
          name: source.name,
          type: 'organization',
          cue: 'によると',
          start: source.at,
          end: source.at + source.name.length,
        }
      : null,
  });
}

const empty: Analysis = analysisOf();

describe('boundAnalysis', () => {
  it('cuts a figure’s endless sentence to a window that keeps the figure and its nearby source, offsets intact', () => {
    const long = `${'あ'.repeat(5000)}県によると避難者は約3万人に達した${'い'.repeat(5000)}`;
    const at = long.indexOf('約3万人');
    const src = long.indexOf('県');
    const [f] = boundAnalysis({ ...empty, figures: [figure(long, at, '約3万人', { name: '県', at: src })] }).figures;
    expect(f?.sentence.length).toBeLessThanOrEqual(1000);
    // The popup marks figure and source from the offsets: they still point at the same words.
    const spans = sentenceSpans(f as Figure).map(([s, e, role]) => [(f as Figure).sentence.slice(s, e), role]);
    expect(spans).toEqual([
      ['県', 'source'],
      ['によると', 'cue'],
      ['約3万人', 'figure'],
    ]);
  });

  it('leaves ordinary sentences as they are', () => {
    const s = '県によると避難者は約3万人に達した。';
    const a = { ...empty, figures: [figure(s, s.indexOf('約3万人'), '約3万人')] };
    expect(boundAnalysis(a)).toEqual(a);
  });

  it('keeps 100,000 figures sharing one 400,000-character sentence under the 64 MiB message limit', () => {
    const long = '3人、'.repeat(100_000);
    const figures = Array.from({ length: 100_000 }, (_, i) => figure(long, i * 4, '3人'));
    const bounded = boundAnalysis({ ...empty, figures, title: 'x'.repeat(500_000) });
    expect(bounded.title?.length).toBeLessThanOrEqual(200);
    expect(JSON.stringify(bounded).length).toBeLessThan(64 * 2 ** 20);
    expect(bounded.figures.every((f) => f.sentence.includes('3人'))).toBe(true);
  });

  it('counts bytes by the strings an analysis holds', () => {
    const s = '県によると避難者は約3万人に達した。';
    const small = analysisBytes({ ...empty, figures: [figure(s, 9, '約3万人')] });
    const big = analysisBytes({ ...empty, figures: [figure(s.repeat(100), 9, '約3万人')] });
    expect(big - small).toBeGreaterThanOrEqual(s.length * 99 * 2);
  });
});
