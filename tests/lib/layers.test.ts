import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * lib/ is grouped by the context that runs it, and each group imports only what runs there too:
 * the content script (lib/content/) and the background (lib/background/) never import each other,
 * the popup's code (lib/popup/) neither of them, and lib/shared/ — code every context runs — none of
 * the three. Type-only imports count: a type from the other side is a dependency on its design.
 */
const ROOT = resolve(import.meta.dirname, '../..');

/** What each folder may import (besides itself), in repository paths. */
const ALLOWED: Record<string, readonly string[]> = {
  'lib/content': ['lib/shared', 'core'],
  'lib/background': ['lib/shared', 'core', 'tokenizer'],
  'lib/popup': ['lib/shared', 'core'],
  'lib/shared': ['core'],
  // The Node loader (tokenizer/node.ts) builds the image with the build step's code.
  tokenizer: ['core', 'scripts/dictionary-assets.ts'],
  components: ['lib/popup', 'lib/shared', 'core'],
  'entrypoints/content': ['lib/content', 'lib/shared'],
  'entrypoints/background.ts': ['lib/background', 'lib/shared'],
  'entrypoints/popup': ['lib/popup', 'lib/shared', 'components', 'core'],
  // The options page wears the popup's styles.
  'entrypoints/options': ['lib/shared', 'components', 'entrypoints/popup/popup.css'],
};

function sources(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((f) => {
    const p = join(path, f);
    if (statSync(p).isDirectory()) return sources(p);
    return ['.ts', '.tsx'].includes(extname(f)) ? [p] : [];
  });
}

const SPECIFIER = /(?:^\s*(?:import|export)\s[^'"]*?from\s+|^\s*import\s+|import\(\s*)['"](\.[^'"]+)['"]/gm;

/** The repository paths a file imports (relative specifiers only), resolved to files. */
function imports(file: string, code = readFileSync(file, 'utf8')): string[] {
  return [...code.matchAll(SPECIFIER)].map((m) => {
    const base = resolve(dirname(file), m[1] as string);
    const found = ['', '.ts', '.tsx', '/index.ts']
      .map((e) => base + e)
      .find((p) => existsSync(p) && !statSync(p).isDirectory());
    return relative(ROOT, found ?? base);
  });
}

/** `from` importing `target` breaks the folders' rule: the rule it breaks, or null. */
function violation(folder: string, target: string): string | null {
  const inside = (dir: string) => target === dir || target.startsWith(`${dir}/`);
  if (inside(folder) || (ALLOWED[folder] ?? []).some(inside)) return null;
  return `${folder} may import only ${(ALLOWED[folder] ?? []).join(', ')}`;
}

/** Every import in `folder` that its rule forbids, as "file → target (rule)". */
function forbiddenImports(folder: string): string[] {
  return sources(join(ROOT, folder)).flatMap((file) =>
    imports(file).flatMap((target) => {
      const why = violation(folder, target);
      return why ? [`${relative(ROOT, file)} → ${target} (${why})`] : [];
    }),
  );
}

describe('lib/ grouped by runtime', () => {
  it.each(Object.keys(ALLOWED))('%s imports only what runs in its context', (folder) => {
    expect(forbiddenImports(folder)).toEqual([]);
  });

  it('finds an import across the line (the check itself)', () => {
    expect(violation('lib/content', 'lib/background/tokenizer-host.ts')).toMatch(/lib\/content may import only/);
    expect(violation('lib/background', 'lib/content/page/extract-article.ts')).not.toBeNull();
    expect(violation('lib/shared', 'lib/popup/figure-view.ts')).not.toBeNull();
    expect(violation('lib/content', 'lib/shared/messages.ts')).toBeNull();
    expect(imports(join(ROOT, 'lib/content/page-controller.ts'))).toContain('lib/shared/messages.ts');
  });

  it('leaves nothing in lib/ outside the groups', () => {
    expect(readdirSync(join(ROOT, 'lib')).sort()).toEqual(['background', 'content', 'popup', 'shared']);
  });
});

/** Every repository file `entry` loads at run time, following relative imports (type-only ones carry no code). */
function runtimeGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !/\.tsx?$/.test(file)) return;
    seen.add(file);
    const code = readFileSync(join(ROOT, file), 'utf8').replace(/^\s*import type\s[^;]*;/gm, '');
    for (const target of imports(join(ROOT, file), code)) visit(target);
  };
  visit(entry);
  return seen;
}

describe('the content script, loaded on every page', () => {
  it('carries none of the engine’s name tables: they stay with the engine in the background', () => {
    const graph = [...runtimeGraph('entrypoints/content/index.ts')];
    expect(graph).toContain('lib/content/page-controller.ts');
    // Of the engine, only the pure slice bounds; no lexicon, no name rules (coreference, name variants).
    expect(graph.filter((f) => f.startsWith('core/'))).toEqual(['core/text/slice-bounds.ts']);
  });
});
