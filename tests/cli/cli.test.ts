import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, parseCommand, UsageError } from '../../cli/args';
import { main } from '../../cli/main';
import { ARTICLE, hasStack, run, SAMPLE_HTML as sample, tempDir } from './helpers';

const dir = tempDir();
const article = join(dir, 'article.txt');
writeFileSync(article, ARTICLE);

describe('argument parsing', () => {
  it('reads flags and files', () => {
    expect(parseArgs(['analyze', 'a.txt', '--json', '--published', '2025-07-10', '--lines', '--out', 'o'])).toEqual({
      files: ['a.txt'],
      json: true,
      lines: true,
      out: 'o',
      published: '2025-07-10',
      lang: 'auto',
    });
    expect(parseArgs(['analyze', 'a.txt', '--lang', 'ja']).lang).toBe('ja');
  });
  it.each([
    [['analyze', 'a.txt', '--bogus']],
    [['analyze']],
    [['summarise', 'a.txt']],
    [['analyze', 'a.txt', '--published', '10/07/2025']],
    [['analyze', 'a.txt', '--out']],
    [['analyze', 'a.txt', '--lang', 'fr']],
  ])('rejects %j', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
  it.each([[['--help']], [['-h']], [['help']], [['analyze', 'a.txt', '-h']], [['analyze', '--help']]])(
    'takes %j as a request for help',
    (argv) => {
      expect(parseCommand(argv)).toEqual({ kind: 'help' });
    },
  );
});

describe('help and the order of checks', () => {
  it.each([['--help'], ['-h']])(
    '%s prints the usage with every flag, exits 0 and loads no dictionary',
    async (flag) => {
      const r = await run(flag);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^usage: shutten analyze FILE/);
      for (const f of ['--json', '--lines', '--out', '--published', '--lang', '--help']) expect(r.out).toContain(f);
      expect(r.err).toBe('');
      expect(r.errAtLoad).toBeNull();
    },
  );

  it('answers a missing file without loading the dictionary', async () => {
    const r = await run('analyze', join(dir, 'typo.txt'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/typo\.txt: no such file/);
    expect(r.errAtLoad).toBeNull();
  });

  it('reports every bad input before the dictionary loads, then analyses the good ones', async () => {
    const r = await run('analyze', article, join(dir, 'typo.txt'), dir, '--json');
    expect(r.code).toBe(2);
    expect(r.errAtLoad).toMatch(/typo\.txt: no such file\n.*is a directory\n$/);
    expect(r.out).toContain('8万4000人');
  });

  it('hands a dictionary that fails to load back as one error, not an unhandled rejection', async () => {
    const sink = { write: () => true };
    const failing = () => Promise.reject(new Error('dictionary missing'));
    await expect(main(['analyze', article], sink, sink, { loadTokenizer: failing })).rejects.toThrow(
      'dictionary missing',
    );
  });

  it('points to --help after a usage error', async () => {
    const r = await run('analyse', article);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command: analyse');
    expect(r.err).toContain('shutten --help');
    expect(r.errAtLoad).toBeNull();
  });
});

describe('shutten analyze', () => {
  it('prints a table of figures for a text file', async () => {
    const r = await run('analyze', article, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('8万4000人');
    expect(r.out).toContain('84,000 人');
    // --lang ja writes the value as the Japanese popup does.
    expect((await run('analyze', article, '--lang', 'ja')).out).toContain('8万4,000人');
  });

  it('prints the Analysis as JSON', async () => {
    const r = await run('analyze', article, '--json', '--published', '2025-07-10');
    const a = JSON.parse(r.out);
    expect(a.title).toBe('市の人口、初めて減少');
    expect(a.published).toBe('2025-07-10');
    const f = a.figures.find((x: { text: string }) => x.text.includes('8万4000'));
    expect(f.value).toBe(84000);
    expect(a.length).toBe(readFileSync(article, 'utf8').length);
  });

  it('reads .html through the page extraction: metadata, article text only', async () => {
    const r = await run('analyze', sample, '--json');
    const a = JSON.parse(r.out);
    expect(a.isJapanese).toBe(true);
    expect(a.isArticle).toBe(true);
    expect(a.published).toBe('2025-09-03');
    const texts: string[] = a.figures.map((f: { text: string }) => f.text);
    expect(texts.some((t) => t.includes('1,500'))).toBe(true);
    // The ranking sidebar (「4万円割れ」) and the footer's phone number are not article text.
    expect(texts.some((t) => t.includes('4万円'))).toBe(false);
  });

  it('writes one JSON file per input with --out', async () => {
    const out = join(dir, 'out');
    const r = await run('analyze', article, sample, '--out', out);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'article.json'), 'utf8')).figures.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(out, 'sample-article.json'), 'utf8')).isArticle).toBe(true);
  });

  it('analyses each line on its own with --lines, one JSON object a line', async () => {
    const lines = join(dir, 'lines.txt');
    writeFileSync(lines, '3万人が参加した。\n\n数字のない文。\n');
    const r = await run('analyze', lines, '--lines', '--json');
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(rows[0].figures[0].value).toBe(30000);
    expect(rows[1].figures).toEqual([]);
    expect(rows[2].figures).toEqual([]);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['a directory', () => dir, /is a directory/],
    [
      'a binary file',
      () => {
        const p = join(dir, 'bin.dat');
        writeFileSync(p, Buffer.from([0x89, 0x50, 0x00, 0x01]));
        return p;
      },
      /binary/,
    ],
    [
      'non-UTF-8 text',
      () => {
        const p = join(dir, 'sjis.txt');
        writeFileSync(p, Buffer.from([0x93, 0xfa, 0x96, 0x7b]));
        return p;
      },
      /not UTF-8/,
    ],
    [
      'an empty file',
      () => {
        const p = join(dir, 'empty.txt');
        writeFileSync(p, '  \n');
        return p;
      },
      /empty/,
    ],
  ])('refuses %s with one line and exit code 2, and still analyses the other files', async (_name, make, message) => {
    const r = await run('analyze', make(), article, '--json');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(hasStack(r.err)).toBe(false);
    expect(JSON.parse(r.out).figures.length).toBeGreaterThan(0);
  });

  it('refuses an unknown flag with usage and exit code 2', async () => {
    const r = await run('analyze', article, '--frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown flag: --frobnicate');
    expect(r.out).toBe('');
  });
});
