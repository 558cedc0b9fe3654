import { describe, expect, it } from 'vitest';
import type { Figure, SourceType } from '../../../core/types';
import { DURATIONS, filterFigures, groupFigures, sentenceSpans } from '../../../lib/popup/figure-view';
import { groupEntities } from '../../../lib/shared/entity-groups';
import { indexSourcesHere } from '../../../lib/shared/source-groups';

const f = (
  text: string,
  kind: Figure['kind'],
  source: string | null,
  sentence: string,
  type: SourceType = 'government',
): Figure => ({
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
  source: source ? { name: source, type, cue: 'によると' } : { name: '本紙', type: 'byline', cue: null },
});

const figs = [
  f('3万人', 'count', '消防庁', '消防庁によると3万人が避難した。'),
  f('５億円', 'money', null, '費用は５億円だった。'),
  f('2割', 'percent', '消防庁', '消防庁によると2割増えた。'),
  f('約2年', 'duration', null, '工事は約2年かかる。'),
  f('40人', 'count', '消防庁(FDMA)', '消防庁(FDMA)によると40人がけがをした。'),
];
const sources = indexSourcesHere(figs);

describe('popup figure view', () => {
  it('filters by kind, source (name variants together) and width-folded text', () => {
    const all = { kind: '', source: '', text: '' } as const;
    expect(filterFigures(figs, { ...all, kind: 'money' }, sources).map((r) => r.index)).toEqual([1]);
    // 消防庁(FDMA) and 消防庁 are one source (collectSources), filtered together.
    expect(sources.sources.map((s) => [s.name, s.figures])).toEqual([['消防庁(FDMA)', 3]]);
    expect(filterFigures(figs, { ...all, source: '0' }, sources).map((r) => r.index)).toEqual([0, 2, 4]);
    expect(filterFigures(figs, { ...all, text: '5億' }, sources).map((r) => r.index)).toEqual([1]);
  });
  it('keeps durations apart in page order, so the list leads with claims', () => {
    const rows = filterFigures(figs, { kind: '', source: '', text: '' }, sources);
    expect(groupFigures(rows, 'order', sources).map((g) => [g.key, g.rows.map((r) => r.index)])).toEqual([
      ['', [0, 1, 2, 4]],
      [DURATIONS, [3]],
    ]);
  });
  it('groups by source with the unattributed last, and by kind in first-seen order with durations last', () => {
    const rows = filterFigures(figs, { kind: '', source: '', text: '' }, sources);
    expect(groupFigures(rows, 'source', sources).map((g) => [g.key, g.rows.length, g.sourceType])).toEqual([
      ['0', 3, 'government'],
      ['', 2, undefined],
    ]);
    expect(groupFigures(rows, 'kind', sources).map((g) => g.key)).toEqual(['count', 'money', 'percent', 'duration']);
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

describe('search preparation', () => {
  it('folds the search text in slices ahead of the first keystroke, with the same results', async () => {
    const { prepareSearch } = await import('../../../lib/popup/figure-view');
    const many = Array.from({ length: 3000 }, (_, i) => f(`${i}人`, 'count', null, `第${i}班は${i}人。`));
    // A zero budget stops after the first slice; repeated calls finish the work.
    expect(prepareSearch(many, 0)).toBe(false);
    let rounds = 1;
    while (!prepareSearch(many, 0)) rounds++;
    expect(rounds).toBeGreaterThan(1);
    const one = indexSourcesHere(many);
    expect(filterFigures(many, { kind: '', source: '', text: '２９９９' }, one).map((r) => r.index)).toEqual([2999]);
  });
});
