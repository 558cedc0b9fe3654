import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What ships is a dependency, what only builds or tests is a dev dependency, so that
 * `npm audit --omit=dev` audits exactly the code in the extension and the CLI.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
/** The folders whose code ships: the engine, the extension and the CLI. */
const SHIPPED = ['core', 'lib', 'entrypoints', 'components', 'cli'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return ['.ts', '.tsx', '.mjs', '.js'].includes(extname(f)) ? [p] : [];
  });
}

/** The package a bare specifier names: '@patdx/kuromoji/node' → '@patdx/kuromoji', 'preact/hooks' → 'preact'. */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

/** Packages imported for their code (not `import type`) by the shipped folders. */
function importedPackages(): Map<string, string> {
  const found = new Map<string, string>();
  const re =
    /^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"./][^'"]*)['"]|import\(\s*['"]([^'"./][^'"]*)['"]\s*\)/gm;
  for (const dir of SHIPPED) {
    for (const file of sources(join(ROOT, dir))) {
      for (const m of readFileSync(file, 'utf8').matchAll(re)) {
        const spec = (m[1] ?? m[2]) as string;
        if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
        found.set(packageOf(spec), file.slice(ROOT.length + 1));
      }
    }
  }
  return found;
}

describe('package.json', () => {
  it('lists every package the extension and the CLI import as a dependency, not a dev dependency', () => {
    const misplaced = [...importedPackages()]
      .filter(([name]) => !pkg.dependencies?.[name])
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(misplaced).toEqual([]);
  });

  it('ships the browser polyfill WXT is configured with, and keeps build and test tools as dev dependencies', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    for (const mod of config.match(/modules:\s*\[([^\]]*)\]/)?.[1]?.match(/'[^']+'/g) ?? []) {
      expect(pkg.dependencies).toHaveProperty([mod.slice(1, -1)]);
    }
    expect(pkg.dependencies).toHaveProperty(['webextension-polyfill']);
    for (const tool of ['vitest', 'typescript', '@biomejs/biome', 'playwright-core', 'puppeteer-core']) {
      expect(pkg.devDependencies).toHaveProperty([tool]);
      expect(pkg.dependencies ?? {}).not.toHaveProperty([tool]);
    }
  });
});
