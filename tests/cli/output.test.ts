import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAnalysisJson } from '../../cli/json-out';
import { outputNames } from '../../cli/out-names';
import { printable } from '../../cli/table';
import type { Analysis } from '../../core/types';
import { ARTICLE, hasStack, run, SAMPLE_HTML, tempDir } from './helpers';

const dir = tempDir();
const write = (name: string, text: string) => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
};
const article = write('article.txt', ARTICLE);

describe('--out', () => {
  it('on an existing file: one line, exit 2, before the dictionary loads', async () => {
    const file = write('notes.txt', 'メモ');
    const r = await run('analyze', article, '--out', file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`shutten: --out ${file}: is a file, not a directory\n`);
    expect(r.errAtLoad).toBeNull();
  });

  it('on a path under a file: names the file in the way', async () => {
    const file = write('notes2.txt', 'メモ');
    const r = await run('analyze', article, '--out', join(file, 'json'));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`shutten: --out ${join(file, 'json')}: ${file} is a file, not a directory\n`);
    expect(hasStack(r.err)).toBe(false);
  });

  it('gives two inputs with the same name two outputs, and says so', async () => {
    const a = write('a/report.txt', ARTICLE);
    const b = write(
      'b/report.txt',
      '町の予算、過去最大に\n町は、来年度の予算案が前年度比3%増の120億円になると発表した。\n',
    );
    const c = write('c/report.html', readFileSync(SAMPLE_HTML, 'utf8'));
    const out = join(dir, 'same-names');
    const r = await run('analyze', a, b, c, '--out', out);
    expect(r.code).toBe(0);
    const values = (name: string) =>
      JSON.parse(readFileSync(join(out, name), 'utf8')).figures.map((f: { value: number | null }) => f.value);
    expect(values('report.json')).toContain(84000);
    expect(values('report-2.json')).toContain(12_000_000_000);
    expect(values('report-3.json')).toContain(3200);
    expect(r.err).toBe(
      `shutten: ${b} written to ${join(out, 'report-2.json')}: ${a} has the same name\n` +
        `shutten: ${c} written to ${join(out, 'report-3.json')}: ${a} has the same name\n`,
    );
  });

  it('writes what it can when one output cannot be written', async () => {
    const out = join(dir, 'blocked');
    mkdirSync(join(out, 'article.json'), { recursive: true }); // a folder where the file should go
    const r = await run('analyze', article, SAMPLE_HTML, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`shutten: ${join(out, 'article.json')}: cannot write (EISDIR)\n`);
    expect(existsSync(join(out, 'sample-article.json'))).toBe(true);
  });

  it('names standard input "stdin"', () => {
    expect(outputNames(['-', 'x/Stdin.txt', 'stdin.html'])).toEqual([
      { name: 'stdin', clashesWith: null },
      { name: 'Stdin-2', clashesWith: '-' },
      { name: 'stdin-3', clashesWith: '-' },
    ]);
  });

  it('never hands a renamed input a name another input has on its own', () => {
    expect(outputNames(['a/x.txt', 'b/x.txt', 'x-2.txt']).map((n) => n.name)).toEqual(['x', 'x-3', 'x-2']);
  });
});

describe('table mode and what the input controls', () => {
  it('prints no terminal escape sequence from the input', async () => {
    // A title that retitles the terminal window, and a sentence that turns the screen red and clears it.
    const hostile = write(
      'hostile.txt',
      '速報\u001b]0;pwned\u0007\n県によると、\u001b[31m\u001b[2J避難者は\u009b31m約3万人\u202eに上った。\n',
    );
    const r = await run('analyze', hostile);
    expect(r.code).toBe(0);
    expect(r.out).toContain('約3万人');
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(r.out).toContain('␛]0;pwned␇');
    // JSON escapes them itself, and is left as it was.
    const j = await run('analyze', hostile, '--json');
    expect(JSON.parse(j.out).title).toBe('速報\u001b]0;pwned\u0007');
  });

  it('shows control characters as their pictures', () => {
    expect(printable('a\u001b[1mb\u0000c\u007fd\u009be\u2066f')).toBe('a␛[1mb␀c␡d\ufffde\ufffdf');
  });

  it('says an English .txt is not Japanese, as it does for a page', async () => {
    const english = write(
      'english.txt',
      'City population falls\nThe city said its population fell by 1,200 to 84,000 people last year, the first drop on record.\n',
    );
    const table = await run('analyze', english);
    expect(table.out).toMatch(/^not Japanese$/m);
    const json = await run('analyze', english, '--json');
    expect(JSON.parse(json.out).isJapanese).toBe(false);
    // A short Japanese text is Japanese although it has fewer kana than a page needs.
    const short = await run('analyze', write('short.txt', '速報\n3万人が参加した。\n'), '--json');
    expect(JSON.parse(short.out).isJapanese).toBe(true);
  });
});

describe('JSON written piece by piece', () => {
  const analyses = async (): Promise<Analysis[]> => {
    const r = await run('analyze', SAMPLE_HTML, article, '--json');
    return r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  };

  it('is byte for byte JSON.stringify, indented or not', async () => {
    const all = await analyses();
    const empty: Analysis = { ...(all[0] as Analysis), figures: [], dates: [], entities: [], length: undefined };
    for (const a of [...all, empty]) {
      for (const indent of [0, 2] as const) {
        const pieces: string[] = [];
        writeAnalysisJson(a, indent, (s) => pieces.push(s));
        expect(pieces.join('')).toBe(JSON.stringify(a, null, indent));
      }
    }
  });

  it('hands the writer bounded pieces', () => {
    const big = { title: 'x', figures: Array.from({ length: 5000 }, (_, i) => ({ text: `${i}人`, value: i })) };
    const pieces: string[] = [];
    writeAnalysisJson(big as unknown as Analysis, 2, (s) => pieces.push(s));
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70 * 1024);
    expect(pieces.join('')).toBe(JSON.stringify(big, null, 2));
  });
});
