import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { analyze } from '../core/analyze';
import type { Analysis, Tokenizer } from '../core/types';
import { type CliArgs, parseArgs, USAGE, UsageError } from './args';
import { extractHtml } from './html';
import { InputError, readInput } from './read-input';
import { renderTable } from './table';
import { loadNodeTokenizer } from './tokenizer';

/** Analyses one file: .html through the extension's extraction, anything else as article text (first line = headline). */
export function analyzeFile(path: string, text: string, tokenizer: Tokenizer, published: string | null): Analysis {
  if (/\.html?$/i.test(path) || /^\s*(<!doctype html|<html)/i.test(text)) {
    const page = extractHtml(text);
    const a = analyze(page.map.text, tokenizer, {
      title: page.meta.title,
      published: page.meta.published ?? published,
      byline: page.meta.byline,
      isJapanese: page.isJapanese,
      isArticle: page.isArticle,
    });
    return a;
  }
  return analyze(text, tokenizer, { published });
}

/** Where the CLI writes (process.stdout / process.stderr, or a capture in tests). */
export interface Output {
  write(s: string): unknown;
}

/** Runs the CLI; returns the exit code (0 ok, 2 when any input or the command line was bad). */
export async function main(
  argv: readonly string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err.write(`shutten: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const tokenizer = await loadNodeTokenizer();
  let code = 0;
  if (args.out) mkdirSync(args.out, { recursive: true });
  for (const file of args.files) {
    let text: string;
    try {
      text = readInput(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err.write(`shutten: ${e.message}\n`);
      code = 2;
      continue;
    }
    if (args.lines) {
      // One analysis a line, in input order; an empty line still gets its (empty) analysis so lines stay aligned.
      for (const line of text.replace(/\n$/, '').split('\n')) {
        out.write(`${JSON.stringify(analyze(line, tokenizer, { published: args.published, title: null }))}\n`);
      }
      continue;
    }
    const analysis = analyzeFile(file, text, tokenizer, args.published);
    if (args.out) {
      const name = basename(file, extname(file)) || 'stdin';
      writeFileSync(join(args.out, `${name}.json`), `${JSON.stringify(analysis, null, 2)}\n`);
    } else if (args.json) {
      out.write(`${JSON.stringify(analysis, null, args.files.length > 1 ? 0 : 2)}\n`);
    } else {
      out.write(`${renderTable(analysis, file)}\n\n`);
    }
  }
  return code;
}

/** The CLI as a process (the bundle's entry, called by cli/bin.mjs): `main` on the real streams. */
export async function run(argv: readonly string[]): Promise<void> {
  process.exitCode = await main(argv);
}
