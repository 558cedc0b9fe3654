import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isatty } from 'node:tty';
import type { Analysis, Tokenizer } from '../core/types';
import { resolveLang } from '../lib/shared/i18n/lang';
import { HELP, parseCommand, USAGE, UsageError } from './args';
import { writeAnalysisJson } from './json-out';
import { outputNames } from './out-names';
import { InputError, isPage, readInput } from './read-input';
import { printable, renderTable } from './table';

// Nothing here loads the engine: help, usage errors and bad inputs answer before the dictionary and
// the ~2 MB of engine code are read (cli/tokenizer.ts, cli/engine.ts and cli/html.ts are imported lazily).

/** Where the CLI writes (process.stdout / process.stderr, or a capture in tests). */
export interface Output {
  write(s: string): unknown;
  /** True once the reader went away (`| head` closed the pipe): no more work is worth doing. */
  readerGone?: () => boolean;
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

/** Why `dir` cannot hold the outputs (null when it can, creating it if needed). */
function prepareOutDir(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true });
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return `--out ${dir}: is a file, not a directory`;
    if (code === 'ENOTDIR') {
      // Name the file in the way: --out notes.txt/json → "notes.txt is a file".
      let up = dirname(dir);
      while (up !== dirname(up) && !statSync(up, { throwIfNoEntry: false })?.isFile()) up = dirname(up);
      return `--out ${dir}: ${up} is a file, not a directory`;
    }
    if (code === 'EACCES' || code === 'EPERM') return `--out ${dir}: permission denied`;
    return `--out ${dir}: cannot create (${code ?? 'error'})`;
  }
}

/** Reads every input, reporting each bad one on `err`; returns the good ones. */
function readInputs(files: readonly string[], err: Output): Input[] {
  const inputs: Input[] = [];
  for (const file of files) {
    // `shutten analyze -` typed at a terminal would otherwise look like a hang.
    if (file === '-' && isatty(0)) err.write('shutten: reading standard input (end it with Ctrl-D)\n');
    try {
      inputs.push({ file, text: readInput(file) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err.write(`shutten: ${printable(e.message)}\n`);
    }
  }
  return inputs;
}

/** Writes an analysis as indented JSON to a file, piece by piece (see json-out.ts). */
function writeJsonFile(path: string, analysis: Analysis): void {
  const fd = openSync(path, 'w');
  try {
    writeAnalysisJson(analysis, 2, (s) => writeSync(fd, s));
    writeSync(fd, '\n');
  } finally {
    closeSync(fd);
  }
}

/** Lets pending I/O events (a closed pipe's error) arrive between pieces of work. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs the CLI; returns the exit code (0 ok, 2 when any input, output or the command line was bad).
 * Order: the command line, the output folder and every input are checked first; only then is the
 * dictionary loaded, so a typo answers at once.
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
    err.write(`shutten: ${printable(e.message)}\n${USAGE}\n(shutten --help for more)\n`);
    return 2;
  }
  if (command.kind === 'help') {
    out.write(HELP);
    return 0;
  }
  const args = command.args;
  // The table writes values as the popup does, in the language the user's locale asks for.
  const lang = resolveLang(args.lang, process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
  if (args.out) {
    const problem = prepareOutDir(args.out);
    if (problem) {
      err.write(`shutten: ${printable(problem)}\n`);
      return 2;
    }
  }
  const inputs = readInputs(args.files, err);
  let code = inputs.length === args.files.length ? 0 : 2;
  if (inputs.length === 0) return code;

  // The dictionary's files are read and inflated on libuv's threads while this thread compiles the engine.
  const load = seams.loadTokenizer ?? (await import('./tokenizer')).loadNodeTokenizer;
  const [tokenizer, engine] = await Promise.all([load(), import('./engine')]);
  const names = args.out ? outputNames(inputs.map((i) => i.file)) : [];
  const closed = () => out.readerGone?.() === true;
  for (const [i, input] of inputs.entries()) {
    if (closed()) break;
    const { file, text } = input;
    input.text = ''; // the analysis is all that is kept of it
    if (args.lines) {
      // One analysis a line, in input order; an empty line still gets its (empty) analysis so lines stay aligned.
      for (const [n, line] of text.replace(/\n$/, '').split('\n').entries()) {
        if (n % 256 === 255) await tick();
        if (closed()) break;
        out.write(`${JSON.stringify(engine.analyzeLong(line, tokenizer, { published: args.published }))}\n`);
      }
      continue;
    }
    const analysis = isPage(file, text)
      ? engine.analyzePage((await import('./html')).pageInput(text), tokenizer, args.published)
      : engine.analyzeText(text, tokenizer, args.published);
    if (args.out) {
      const { name, clashesWith } = names[i] as (typeof names)[number];
      const target = join(args.out, `${name}.json`);
      try {
        writeJsonFile(target, analysis);
      } catch (e) {
        err.write(`shutten: ${printable(target)}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
        code = 2;
        continue;
      }
      if (clashesWith !== null) {
        err.write(`shutten: ${printable(`${file} written to ${target}: ${clashesWith} has the same name`)}\n`);
      }
    } else if (args.json) {
      writeAnalysisJson(analysis, args.files.length > 1 ? 0 : 2, (s) => out.write(s));
      out.write('\n');
    } else {
      out.write(`${renderTable(analysis, file, lang)}\n\n`);
    }
    await tick();
  }
  return code;
}

/**
 * The CLI as a process: `main` on the real streams, with a reader that goes away (`| head`) ending
 * the run quietly instead of in an EPIPE stack trace, and any unexpected error as one line.
 */
export async function run(argv: readonly string[]): Promise<void> {
  let gone = false;
  let failed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // EPIPE: the reader has all it wanted. Anything else (a full disk) is worth one line.
    if (!gone && e.code !== 'EPIPE') {
      failed = true;
      process.stderr.write(`shutten: cannot write the output (${e.code ?? e.message})\n`);
    }
    gone = true;
  });
  // Nothing useful can be done when stderr itself is closed.
  process.stderr.on('error', () => {});
  const out: Output = { write: (s) => gone || process.stdout.write(s), readerGone: () => gone };
  try {
    const code = await main(argv, out);
    process.exitCode = failed ? 2 : code;
  } catch (e) {
    const debug = Boolean(process.env.SHUTTEN_DEBUG);
    const detail = debug ? String((e as Error).stack) : `${(e as Error).message} (SHUTTEN_DEBUG=1 shows where)`;
    process.stderr.write(`shutten: internal error: ${detail}\n`);
    process.exitCode = 1;
  }
}
