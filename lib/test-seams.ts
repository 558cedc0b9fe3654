/**
 * Test seams that exist only in the browser-test build (`wxt build --mode e2e`, written to
 * `.output/*-e2e/`). The store build (`npm run build`) is built in production mode: every use below
 * is `import.meta.env.MODE === 'e2e'`, which Vite replaces by `false` there, so the seams and what
 * they reach are dropped from the bundle (tests/e2e/store-build.test.ts reads the bundle to check).
 */

/** True in the browser-test build only. Written inline at each use so the bundler can drop the branch. */
export const isTestBuild = (): boolean => import.meta.env.MODE === 'e2e';

/**
 * A query parameter of an extension page (`popup.html?tab=3&lang=ja`) in the test build; always null
 * in the store build. Browser tests open the popup in a normal tab, where "the active tab" is the
 * popup itself, and run it in both languages.
 */
export function testParam(name: 'tab' | 'lang'): string | null {
  if (import.meta.env.MODE !== 'e2e') return null;
  return new URLSearchParams(location.search).get(name);
}
