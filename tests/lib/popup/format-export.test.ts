import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  localTimestamp,
  markdownText,
  spreadsheetCell,
  toCsv,
  toJson,
  toMarkdown,
  toTsv,
} from '../../../lib/popup/format-export';
import { translator } from '../../../lib/shared/i18n';
import { analysisOf, figure } from '../../helpers/analysis';

const t = translator('en');
const meta = { title: 'A | title', url: 'https://example.jp/n/1', exportedAt: '2025-07-10T10:02:03+09:00' };
const figures = [
  figure({
    source: { name: '消防庁', type: 'government', cue: 'によると' },
    sentence: '消防庁によると、"3万人"|が\n避難。',
  }),
];

describe('exports', () => {
  it('writes Markdown with the page’s title, address and date, page text escaped', () => {
    const md = toMarkdown(figures, meta, t, 'en');
    expect(md.split('\n').slice(0, 4)).toEqual([
      '# A \\| title',
      '',
      '- Address: <https://example.jp/n/1>',
      '- Exported: 2025-07-10T10:02:03+09:00',
    ]);
    expect(md).toContain(
      '| 3万人 | 30,000 人 |  | count | 消防庁 (government) | によると | 消防庁によると、"3万人"\\|が 避難。 |',
    );
  });
  it('never lets page text become Markdown: links, images, HTML, emphasis, code and math stay text', () => {
    const hostile =
      '[押して](javascript:alert(1)) ![x](https://t.example/p.png) <img src=x onerror=alert(1)> **強調** `code` $x$ &amp;';
    const out = markdownText(hostile);
    expect(out).toBe(
      '\\[押して\\](javascript:alert(1)) !\\[x\\](https://t.example/p.png) \\<img src=x onerror=alert(1)\\> \\*\\*強調\\*\\* \\`code\\` \\$x\\$ \\&amp;',
    );
    const md = toMarkdown([figure({ sentence: hostile })], { ...meta, title: '# <b>見出し</b>' }, t, 'en');
    // Every < and ] of the page comes escaped.
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    expect(md.split('\n')[0]).toBe('# # \\<b\\>見出し\\</b\\>');
    // An address that is not a web address is text; one with a space or > stays one autolink.
    expect(toMarkdown([], { ...meta, url: 'javascript:alert(1)' }, t, 'en')).toContain(
      '- Address: javascript:alert(1)',
    );
    expect(toMarkdown([], { ...meta, url: 'https://example.jp/a b>c' }, t, 'en')).toContain(
      '<https://example.jp/a%20b%3Ec>',
    );
  });
  it('writes RFC 4180 CSV for a file, with a byte-order mark for spreadsheet programs', () => {
    const csv = toCsv(figures, meta, t, 'en');
    expect(csv.startsWith('\uFEFF"Title","Address","Exported","Figure","Value"')).toBe(true);
    const rows = csv.split('\r\n');
    expect(rows).toHaveLength(3);
    // Quotes doubled; the line break inside the sentence is a space (one row per figure).
    expect(rows[1]).toContain('"消防庁によると、""3万人""|が 避難。"');
    expect(rows[1]?.endsWith('"30000","","","人"')).toBe(true);
  });
  it('copies the same table as tab-separated text, which pastes into spreadsheet columns', () => {
    const tsv = toTsv([figure({ sentence: '列\tを\r\n分ける' })], meta, t, 'en').split('\n');
    expect(tsv[0]?.split('\t')).toEqual([
      'Title',
      'Address',
      'Exported',
      'Figure',
      'Value',
      'Counts',
      'Kind',
      'Source',
      'Cue',
      'Sentence',
      'value',
      'min',
      'max',
      'unit',
    ]);
    const cells = tsv[1]?.split('\t') ?? [];
    expect(cells).toHaveLength(14);
    expect(cells[9]).toBe('列 を 分ける');
    expect(cells[7]).toBe('no source named');
  });
  it('neutralises cells a spreadsheet would run as formulas (=, +, -, @), keeping plain numbers', () => {
    expect(spreadsheetCell('=HYPERLINK("https://evil.example","3万人")')).toBe(
      '\'=HYPERLINK("https://evil.example","3万人")',
    );
    expect(spreadsheetCell('+81-3-1234')).toBe("'+81-3-1234");
    expect(spreadsheetCell('-2+3')).toBe("'-2+3");
    expect(spreadsheetCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetCell(' =1+1')).toBe("' =1+1");
    expect(spreadsheetCell('-3.5')).toBe('-3.5');
    expect(spreadsheetCell(-3.5)).toBe('-3.5');
    expect(spreadsheetCell('消防庁')).toBe('消防庁');
    const evil = figure({ text: '=1+1', sentence: '@cmd|/C calc!A0', counts: '-1+2' });
    const csv = toCsv([evil], { ...meta, title: '=IMPORTXML(…)' }, t, 'en');
    expect(csv).toContain('"\'=IMPORTXML(…)"');
    expect(csv).toContain('"\'=1+1"');
    expect(csv).toContain('"\'@cmd|/C calc!A0"');
    expect(csv).toContain('"\'-1+2"');
    expect(toTsv([evil], meta, t, 'en')).toContain("\t'=1+1\t");
  });
  it('writes export times in the reader’s local time, with the offset', () => {
    const d = new Date(Date.UTC(2025, 6, 10, 1, 2, 3));
    const s = localTimestamp(d);
    expect(s).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    // The same moment, whatever the machine's zone.
    expect(new Date(s).getTime()).toBe(d.getTime());
    expect(Number(s.slice(11, 13))).toBe(d.getHours());
  });
  it('saves the analysis with the page meta, under a dated file name', () => {
    const a = analysisOf({ figures });
    expect(JSON.parse(toJson(a, meta))).toEqual({ page: meta, analysis: a });
    expect(exportFileName(meta, 'json')).toBe('shutten-example.jp-2025-07-10.json');
    expect(exportFileName(meta, 'csv')).toBe('shutten-example.jp-2025-07-10.csv');
  });
});
