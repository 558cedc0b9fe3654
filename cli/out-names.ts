import { basename, extname } from 'node:path';

/** Where one input's analysis goes under `--out DIR`, and the earlier input whose name it would have taken. */
export interface OutputName {
  name: string;
  /** Set when this input's natural name was taken by an earlier input (which it names): say so. */
  clashesWith: string | null;
}

/** The name an input's analysis is written under: its file name without the extension; stdin is "stdin". */
export function naturalName(file: string): string {
  if (file === '-') return 'stdin';
  return basename(file, extname(file)) || basename(file) || 'input';
}

// Names compare as a case-insensitive, normalising file system (macOS, Windows) would: X.json is x.json.
const key = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * One distinct output name per input, in order: the first input keeps its natural name, a later one
 * with the same name (a/article.txt, b/article.txt; article.txt and article.html) gets `-2`, `-3`…,
 * never a name another input has naturally. No input's analysis silently replaces another's.
 */
export function outputNames(files: readonly string[]): OutputName[] {
  const natural = files.map(naturalName);
  const reserved = new Set(natural.map(key));
  const owner = new Map<string, string>();
  return files.map((file, i) => {
    const name = natural[i] as string;
    const earlier = owner.get(key(name));
    if (earlier === undefined) {
      owner.set(key(name), file);
      return { name, clashesWith: null };
    }
    let n = 2;
    while (reserved.has(key(`${name}-${n}`)) || owner.has(key(`${name}-${n}`))) n++;
    owner.set(key(`${name}-${n}`), file);
    return { name: `${name}-${n}`, clashesWith: earlier };
  });
}
