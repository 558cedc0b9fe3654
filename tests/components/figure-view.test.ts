import { describe, expect, it } from 'vitest';
import { filterFigures, groupFigures, sentenceSpans } from '../../components/figure-view';
import type { Figure } from '../../core/types';
import { groupEntities } from '../../lib/entity-groups';

const f = (text: string, kind: Figure['kind'], source: string | null, sentence: string): Figure => ({
  text,
  start: 0,
  end: text.length,
  sentence,
  value: 1,
  min: null,
  max: null,
  unit: '',
  kind,
  approx: false,
  bound: null,
  source: source ? { name: source, type: 'government', cue: 'によると' } : { name: '本紙', type: 'byline', cue: null },
});

const figs = [
  f('3万人', 'count', '消防庁', '消防庁によると3万人が避難した。'),
  f('５億円', 'money', null, '費用は５億円だった。'),
  f('2割', 'percent', '消防庁', '消防庁によると2割増えた。'),
];

describe('popup figure view', () => {
  it('filters by kind, source and width-folded text', () => {
    expect(filterFigures(figs, { kind: 'money', source: '', text: '' }).map((r) => r.index)).toEqual([1]);
    expect(filterFigures(figs, { kind: '', source: '消防庁', text: '' }).map((r) => r.index)).toEqual([0, 2]);
    expect(filterFigures(figs, { kind: '', source: '', text: '5億' }).map((r) => r.index)).toEqual([1]);
  });
  it('groups by source with the unattributed last, and by kind in first-seen order', () => {
    const rows = filterFigures(figs, { kind: '', source: '', text: '' });
    expect(groupFigures(rows, 'source').map((g) => [g.key, g.rows.length])).toEqual([
      ['消防庁', 2],
      ['', 1],
    ]);
    expect(groupFigures(rows, 'kind').map((g) => g.key)).toEqual(['count', 'money', 'percent']);
  });
  it('marks figure, source and cue in the sentence without overlaps', () => {
    expect(sentenceSpans(figs[0] as Figure)).toEqual([
      [0, 3, 'source'],
      [3, 7, 'cue'],
      [7, 10, 'figure'],
    ]);
  });
  it('groups entity mentions by id, else by type and text, most mentioned first', () => {
    const g = groupEntities([
      { text: 'プーチン', start: 0, end: 4, type: 'person', id: 1 },
      { text: '東京', start: 5, end: 7, type: 'place' },
      { text: 'ウラジーミル・プーチン', start: 8, end: 19, type: 'person', id: 1 },
    ]);
    expect(g.map((x) => [x.name, x.mentions])).toEqual([
      ['ウラジーミル・プーチン', [0, 2]],
      ['東京', [1]],
    ]);
  });
});
