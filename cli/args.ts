/** Parsed command line of `shutten analyze`. */
export interface CliArgs {
  files: string[];
  json: boolean;
  lines: boolean;
  out: string | null;
  published: string | null;
}

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = 'usage: shutten analyze FILE... [--json] [--out DIR] [--published YYYY-MM-DD] [--lines]';

/** Parses argv (without node and the script). Throws UsageError on anything it does not know. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  const args: CliArgs = { files: [], json: false, lines: false, out: null, published: null };
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
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown flag: ${a}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError('no input file');
  return args;
}
