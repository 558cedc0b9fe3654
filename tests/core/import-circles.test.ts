import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * core/ has no import circle. Type-only imports count too: a circle of types still means neither
 * module can be read or moved without the other, and one `import type` edited into a value import
 * turns it into an initialisation-order bug.
 */
const CORE = resolve(import.meta.dirname, '../../core');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** The core/ files each core/ file imports or re-exports (relative specifiers only). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = importedFiles
      .filter((r) => r.fileName.startsWith('.'))
      .map((r) => {
        const base = resolve(dirname(file), r.fileName);
        const target = [`${base}.ts`, join(base, 'index.ts')].find((c) => existsSync(c));
        if (!target) throw new Error(`${relative(CORE, file)} imports ${r.fileName}, which is no .ts file`);
        return target;
      });
    graph.set(file, deps);
  }
  return graph;
}

/** The strongly connected components of more than one file, or of a file importing itself (Tarjan). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component = stack.splice(stack.lastIndexOf(v));
    for (const w of component) onStack.delete(w);
    if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

describe('core/ imports', () => {
  it('finds a circle where there is one (the check itself can fail)', () => {
    const graph = new Map([
      ['index', ['attribute', 'byline']],
      ['attribute', ['parties', 'index']],
      ['parties', []],
      ['byline', ['byline']],
    ]);
    expect(circles(graph)).toEqual([['attribute', 'index'], ['byline']]);
  });

  it('form no circle', () => {
    const files = tsFiles(CORE);
    const graph = importGraph(files);
    expect(files.length).toBeGreaterThan(100);
    expect([...graph.values()].flat().length).toBeGreaterThan(files.length);
    const named = circles(graph).map((c) => c.map((f) => relative(CORE, f)).join(' ↔ '));
    expect(named).toEqual([]);
  });
});
