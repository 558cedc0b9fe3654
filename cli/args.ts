import { MAX_INPUT_BYTES } from './read-input';

/** Parsed command line of `shutten analyze`. */
export interface CliArgs {
  files: string[];
  json: boolean;
  lines: boolean;
  out: string | null;
  published: string | null;
  /** The language the table writes values in (「200万〜900万発台」 / "2,000,000–10,000,000 発"). */
  lang: 'ja' | 'en' | 'auto';
}

/** What the command line asks for: an analysis, or the help text. */
export type Command = { kind: 'analyze'; args: CliArgs } | { kind: 'help' };

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE =
  'usage: shutten analyze FILE... [--json] [--lines] [--out DIR] [--published YYYY-MM-DD] [--lang ja|en]';

/** What `--help` prints: every flag and how inputs are read (kept in step with the README). */
export const HELP = `${USAGE}

Marks the figures, dates, sources and names in Japanese news text.

  FILE              an .html page (detected and extracted as the extension does) or article
                    text (first line the headline); - reads standard input
  --json            print the analysis as JSON (one line per file when there are several)
  --lines           analyse each line on its own and print JSON Lines
  --out DIR         write DIR/<name>.json per input instead of printing
  --published DATE  the date (YYYY-MM-DD) relative dates resolve against when a page gives none
  --lang ja|en      the language the table writes values in, as the popup does (default: from
                    LC_ALL / LANG, Japanese when it starts with ja, else English)
  -h, --help        show this help

Text must be UTF-8 (or UTF-16 with a byte-order mark); an .html page may also be Shift_JIS,
EUC-JP or ISO-2022-JP when its <meta charset> says so. Inputs over ${MAX_INPUT_BYTES / 2 ** 20} MB are refused.
Exit status: 0 when every input was analysed, 2 when an input, the output or the command line
was bad (one line on stderr each; the other inputs are still analysed).
`;

const HELP_FLAGS: ReadonlySet<string> = new Set(['-h', '--help', 'help']);

/** Parses argv (without node and the script). Throws UsageError on anything it does not know. */
export function parseCommand(argv: readonly string[]): Command {
  // `shutten --help`, `shutten help`, `shutten analyze FILE -h`: help wins wherever it is asked for.
  if (argv.length === 0 || argv.some((a) => a === '-h' || a === '--help') || HELP_FLAGS.has(argv[0] as string)) {
    if (argv.length === 0) throw new UsageError('no command given');
    return { kind: 'help' };
  }
  return { kind: 'analyze', args: parseArgs(argv) };
}

/** Parses the arguments of `shutten analyze`. Throws UsageError on anything it does not know. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  const args: CliArgs = { files: [], json: false, lines: false, out: null, published: null, lang: 'auto' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--lines') args.lines = true;
    else if (a === '--out') args.out = value();
    else if (a === '--published') {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
        throw new UsageError(`--published wants YYYY-MM-DD, got ${v}`);
      }
      args.published = v;
    } else if (a === '--lang') {
      const v = value();
      if (v !== 'ja' && v !== 'en') throw new UsageError(`--lang wants ja or en, got ${v}`);
      args.lang = v;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown flag: ${a}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError('no input file');
  return args;
}
