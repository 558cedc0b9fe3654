import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Tokenizer } from '../core/types';
import { HELP, parseCommand, USAGE, UsageError } from './args';
import { InputError, isPage, readInput } from './read-input';
import { renderTable } from './table';

// Nothing here loads the engine: help, usage errors and bad inputs answer before the dictionary and
// the ~2 MB of engine code are read (cli/tokenizer.ts, cli/engine.ts and cli/html.ts are imported lazily).

/** Where the CLI writes (process.stdout / process.stderr, or a capture in tests). */
export interface Output {
  write(s: string): unknown;
}

/** Test seams: the dictionary loader, so tests can see when (and whether) it is called. */
export interface Seams {
  loadTokenizer?: () => Promise<Tokenizer>;
}

/** An input that passed the checks, with its text until it is analysed. */
interface Input {
  file: string;
  text: string;
}

/** Reads and decodes every input, reporting each bad one on `err`; returns the good ones. */
function readInputs(files: readonly string[], err: Output): Input[] {
  const inputs: Input[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, text: readInput(file) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err.write(`shutten: ${e.message}\n`);
    }
  }
  return inputs;
}

/**
 * Runs the CLI; returns the exit code (0 ok, 2 when any input or the command line was bad).
 * The command line and every input are checked first; only then is the dictionary loaded, so a
 * typo answers at once.
 */
export async function main(
  argv: readonly string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
  seams: Seams = {},
): Promise<number> {
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err.write(`shutten: ${e.message}\n${USAGE}\n(shutten --help for more)\n`);
    return 2;
  }
  if (command.kind === 'help') {
    out.write(HELP);
    return 0;
  }
  const args = command.args;
  const inputs = readInputs(args.files, err);
  const code = inputs.length === args.files.length ? 0 : 2;
  if (inputs.length === 0) return code;

  const engine = await import('./engine');
  const tokenizer = await (seams.loadTokenizer ?? (await import('./tokenizer')).loadNodeTokenizer)();
  if (args.out) mkdirSync(args.out, { recursive: true });
  for (const input of inputs) {
    const { file, text } = input;
    input.text = ''; // the analysis is all that is kept of it
    if (args.lines) {
      const { analyze } = await import('../core/analyze');
      // One analysis a line, in input order; an empty line still gets its (empty) analysis so lines stay aligned.
      for (const line of text.replace(/\n$/, '').split('\n')) {
        out.write(`${JSON.stringify(analyze(line, tokenizer, { published: args.published, title: null }))}\n`);
      }
      continue;
    }
    const analysis = isPage(file, text)
      ? engine.analyzePage((await import('./html')).pageInput(text), tokenizer, args.published)
      : engine.analyzeText(text, tokenizer, args.published);
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
