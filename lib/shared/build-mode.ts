/**
 * What differs between the builds, decided when Vite builds (every use compares
 * `import.meta.env.MODE` inline, which Vite replaces by a constant, so the bundler drops the other
 * branch and what only it reaches):
 * - the store build (`npm run build`, mode `production`): no test seam at all;
 * - the browser-test build (`npm run build:e2e`, mode `e2e`, in `.output/*-e2e/`): the store build plus
 *   the seams below and the background's hooks (lib/background/test-hooks.ts); tests/e2e/store-build.test.ts
 *   reads the store bundle to check none of it is there;
 * - the "only when I ask" build (`npm run build:on-request`, mode `on-request`): no content script on
 *   any page; it is injected into the tab the reader asks about (lib/shared/on-request.ts, activeTab).
 */

/** True in the "only when I ask" build (activeTab + scripting, no content script on every page). */
export const isOnRequestBuild = (): boolean => import.meta.env.MODE === 'on-request';

/**
 * A query parameter of an extension page (`popup.html?tab=3&lang=ja`) in the test build; always null
 * in the store build. Browser tests open the popup in a normal tab, where "the active tab" is the
 * popup itself, and run it in both languages.
 */
export function testParam(name: 'tab' | 'lang'): string | null {
  if (import.meta.env.MODE !== 'e2e') return null;
  return new URLSearchParams(location.search).get(name);
}
