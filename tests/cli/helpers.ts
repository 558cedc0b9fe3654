import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Seams } from '../../cli/main';
import { loadNodeTokenizer } from '../../cli/tokenizer';
import type { Tokenizer } from '../../core/types';

/** What one in-process run of the CLI printed, and what it said when the dictionary was asked for. */
export interface Run {
  code: number;
  out: string;
  err: string;
  /** stderr as it was when the dictionary loader was called; null when it never was. */
  errAtLoad: string | null;
}

/** Runs the CLI in-process and captures what it writes; the dictionary loader is watched. */
export async function run(...argv: string[]): Promise<Run> {
  const r: Run = { code: 0, out: '', err: '', errAtLoad: null };
  const seams: Seams = {
    loadTokenizer: (): Promise<Tokenizer> => {
      r.errAtLoad = r.err;
      return loadNodeTokenizer();
    },
  };
  r.code = await main(
    argv,
    {
      write: (s: string) => {
        r.out += s;
      },
    },
    {
      write: (s: string) => {
        r.err += s;
      },
    },
    seams,
  );
  return r;
}

/** A fresh temporary folder for one test file's inputs and outputs. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'shutten-cli-'));

/** A short article of our own: headline, then one sentence with a sourced figure. */
export const ARTICLE = '市の人口、初めて減少\n市によると、人口は前年より1,200人少ない8万4000人だった。\n';

/** The project's own sample news page (UTF-8, <meta charset="utf-8">). */
export const SAMPLE_HTML = join(import.meta.dirname, '../fixtures/sample-article.html');

/** True when a message carries a stack trace (a line like "at main (cli/main.ts:12:3)"). */
export const hasStack = (s: string): boolean => /^\s+at .+:\d+(:\d+)?\)?$/m.test(s) || /\n\s+at /.test(s);
