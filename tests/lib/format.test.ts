import { describe, expect, it } from 'vitest';
import type { Figure } from '../../core/types';
import { formatDateValue, formatFigureValue, formatNumber, qualifierText, summaryText } from '../../lib/format';
import { exportFileName, toCsv, toJson, toMarkdown } from '../../lib/format-export';
import { translator } from '../../lib/i18n';

const fig = (over: Partial<Figure>): Figure => ({
  text: '3万人',
  start: 0,
  end: 3,
  sentence: '避難者は3万人に上った。',
  value: 30000,
  min: null,
  max: null,
  unit: '人',
  kind: 'count',
  approx: false,
  bound: null,
  source: null,
  ...over,
});

describe('number and value formatting follows the UI language', () => {
  const en = translator('en');
  const ja = translator('ja');
  it('formats values, ranges and qualifiers', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatFigureValue(fig({ bound: 'max' }), 'en', en)).toBe('up to 30,000');
    expect(formatFigureValue(fig({ bound: 'max' }), 'ja', ja)).toBe('最大30,000');
    // 3〜4万人: 万 applies to both ends → 30,000–40,000
    expect(formatFigureValue(fig({ value: null, min: 30000, max: 40000 }), 'en', en)).toBe('30,000–40,000');
    expect(formatFigureValue(fig({ value: null }), 'en', en)).toBe('—');
    expect(formatFigureValue(fig({ approx: true, bound: 'over' }), 'en', en)).toBe('over about 30,000');
    expect(qualifierText(fig({ approx: true, change: 'increase' }), en)).toBe('approximate, an increase');
    expect(qualifierText(fig({}), en)).toBe('');
  });
  it('writes the summary line with plural forms in both languages', () => {
    expect(summaryText(14, 8, 'en', en)).toBe('14 figures from 8 sources');
    expect(summaryText(1, 1, 'en', en)).toBe('1 figure from 1 source');
    expect(summaryText(1200, 0, 'en', en)).toBe('1,200 figures, none attributed to a named source');
    expect(summaryText(14, 8, 'ja', ja)).toBe('数字14件（出典8件）');
  });
  it('formats dates', () => {
    expect(formatDateValue('2024-11', 'ja')).toBe('2024年11月');
    expect(formatDateValue('2024-11', 'en')).toBe('Nov 2024');
    expect(formatDateValue(['2025-07-01', '2025-07-15'], 'en')).toBe('1 Jul 2025 – 15 Jul 2025');
  });
});

describe('exports', () => {
  const t = translator('en');
  const meta = { title: 'A | title', url: 'https://example.jp/n/1', exportedAt: '2025-07-10T01:02:03.000Z' };
  const figures = [
    fig({
      source: { name: '消防庁', type: 'government', cue: 'によると' },
      sentence: '消防庁によると、"3万人"|が\n避難。',
    }),
  ];
  it('writes Markdown with the page’s title, address and date, escaping cell breakers', () => {
    const md = toMarkdown(figures, meta, t, 'en');
    expect(md.split('\n').slice(0, 4)).toEqual([
      '# A \\| title',
      '',
      '- Address: <https://example.jp/n/1>',
      '- Exported: 2025-07-10T01:02:03.000Z',
    ]);
    expect(md).toContain(
      '| 3万人 | 30,000 | 人 | count | 消防庁 | government | によると | 消防庁によると、"3万人"\\|が 避難。 |',
    );
  });
  it('writes RFC 4180 CSV', () => {
    const rows = toCsv(figures, meta, t, 'en').split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('"消防庁によると、""3万人""|が\n避難。"');
    expect(rows[1]?.endsWith('"30000","",""')).toBe(true);
  });
  it('saves the analysis with the page meta, under a dated file name', () => {
    const a = {
      title: null,
      published: null,
      byline: null,
      isJapanese: true,
      isArticle: true,
      figures,
      dates: [],
      entities: [],
    };
    expect(JSON.parse(toJson(a, meta))).toEqual({ page: meta, analysis: a });
    expect(exportFileName(meta, 'json')).toBe('shutten-example.jp-2025-07-10.json');
  });
});
