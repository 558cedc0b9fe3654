import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../../core/lexicon/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
const modules = await Promise.all(
  files.map(
    async (f) =>
      [f, (await import(/* @vite-ignore */ `../../../core/lexicon/${f}`)) as Record<string, unknown>] as const,
  ),
);

/** The words of an exported list, set or word table; null for anything else (functions, numbers). */
function wordsOf(value: unknown): string[] | null {
  const items = Array.isArray(value) ? value : value instanceof Set || value instanceof Map ? [...value.keys()] : null;
  return items?.length && items.every((x) => typeof x === 'string') ? items : null;
}

describe('core/lexicon: one word list per concept', () => {
  it('gives every export one name across all lexicon files', () => {
    // Every lexicon file was read (an empty list would pass everything below).
    expect(modules.length).toBe(files.length);
    expect(files).toContain('person-titles.ts');
    const where = new Map<string, string[]>();
    for (const [file, m] of modules)
      for (const name of Object.keys(m)) where.set(name, [...(where.get(name) ?? []), file]);
    const twice = [...where].filter(([, fs]) => fs.length > 1).map(([n, fs]) => `${n} in ${fs.join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('lists each word once in a list', () => {
    const repeated: string[] = [];
    for (const [file, m] of modules) {
      for (const [name, value] of Object.entries(m)) {
        const words = wordsOf(value);
        if (!words) continue;
        const seen = new Set<string>();
        for (const w of words) {
          if (seen.has(w)) repeated.push(`${file} ${name}: ${w}`);
          seen.add(w);
        }
      }
    }
    expect(repeated).toEqual([]);
  });

  // A table's named views (SOURCE_TITLES of TITLES) live in the table's file and may hold all its
  // words; the same words exported from two files is one concept kept twice.
  it('holds no two lists with the same words in two files', () => {
    const byWords = new Map<string, string[]>();
    for (const [file, m] of modules) {
      for (const [name, value] of Object.entries(m)) {
        const words = wordsOf(value);
        if (!words) continue;
        const key = [...new Set(words)].sort().join('\n');
        byWords.set(key, [...(byWords.get(key) ?? []), `${file} ${name}`]);
      }
    }
    const fileOf = (n: string) => n.split(' ')[0];
    expect([...byWords.values()].filter((names) => new Set(names.map(fileOf)).size > 1)).toEqual([]);
  });

  it('keeps the source-titles view and the anonymous heads apart (a head says one kind)', async () => {
    const { SOURCE_TITLES, ANONYMOUS_HEADS } = await import('../../../core/lexicon/person-titles');
    expect(ANONYMOUS_HEADS.filter((h) => SOURCE_TITLES.includes(h))).toEqual([]);
  });
});
