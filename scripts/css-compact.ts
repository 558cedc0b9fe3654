/**
 * Build step: the card's style sheets (lib/content/card/card-style.ts's CARD_CSS, card-host.ts's HOST_CSS)
 * without the whitespace they are written with. They are template literals, which the minifier leaves as
 * they are, and they ship in the content script on every page under a size budget (tests/e2e/perf.test.ts):
 * written one rule a line for people, `.card {\n  box-sizing: border-box; max-width: 320px;` goes out as
 * `.card{box-sizing:border-box;max-width:320px`.
 *
 * Only whitespace that CSS ignores goes: line breaks with the indentation around them, the spaces beside
 * `{`, `}`, `;` and `,`, before `!important` and after `:` (never before one: `.a :host` is not `.a:host`),
 * and a rule's last `;`. Spaces inside a value (`0 4px 16px rgb(0 0 0 / 0.18)`, `2px solid CanvasText`) and
 * a selector's descendant combinator stay. A sheet holding `${…}`, a single quote, an escape or a comment
 * is refused rather than guessed at (double-quoted font names are fine), and each file must hold the sheet
 * it is expected to: the build fails instead of shipping it unedited when the card's files change shape.
 */

/** The card's files, as Vite resolves them, and how many `…_CSS = \`…\`` sheets each holds. */
const SHEETS: readonly { file: RegExp; count: number }[] = [
  { file: /[\\/]lib[\\/]content[\\/]card[\\/]card-style\.ts$/, count: 1 },
  { file: /[\\/]lib[\\/]content[\\/]card[\\/]card-host\.ts$/, count: 1 },
];

/** A style sheet written as a template literal: `const CARD_CSS = \`…\``. */
const SHEET = /(\b[A-Z_]+_CSS = `)([^`]*)(`)/g;

/** The style sheet `css` without the whitespace CSS ignores; throws on what it does not handle. */
export function compactCss(css: string): string {
  if (/\$\{|["'\\]|\/\*/.test(css.replace(/"[^"\n]*"/g, ''))) {
    throw new Error(
      'css-compact: a style sheet with an interpolation, an escape or a comment (see scripts/css-compact.ts)',
    );
  }
  return css
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/;}/g, '}')
    .trim();
}

/** A Vite plugin, as much of one as this needs (vite is wxt's dependency, not ours to import). */
interface TransformPlugin {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
}

const bare = (id: string) => id.split('?')[0] ?? id;

/** The Vite plugin (wxt.config.ts): applies compactCss to the card's style sheets wherever they are bundled. */
export function cssCompact(): TransformPlugin {
  return {
    name: 'shutten:css-compact',
    enforce: 'pre',
    transform(code, id) {
      const sheet = SHEETS.find((s) => s.file.test(bare(id)));
      if (!sheet) return null;
      const found = code.match(SHEET)?.length ?? 0;
      if (found !== sheet.count) {
        throw new Error(`css-compact: expected ${sheet.count} style sheet(s) in ${bare(id)}, found ${found}`);
      }
      return { code: code.replace(SHEET, (_, open, css, close) => `${open}${compactCss(css)}${close}`), map: null };
    },
  };
}
