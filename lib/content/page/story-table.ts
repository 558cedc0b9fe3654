import { type Block, headedGridOf, textOf } from './blocks';
import { denseText } from './page-index';

/**
 * A table that is the story's own figure: a header row over records whose rows open with what the story's
 * paragraphs report on. 「<th>社名</th><th>売上高（億円）</th>」 over 「東光エレクトロン｜6212」「北斗精機｜703」 in a
 * results story naming both is the story's figures; a day's closing prices (北浜平均, 円相場) beside a harbour
 * story, a spec sheet (a header cell on each row) or votes led by their counts (「当 28,412」) stay beside it.
 */

/** A row's label names something only when it holds a letter: 「2026」「1」 (a year, a rank) name nothing. */
const NAMING = /[\p{L}]{2}/u;
/** Rows whose label the story names must be at least this many, and at least half the table's records. */
const MIN_NAMED = 2;

/** The record rows of a grid headed by one row of column headers; null for a sheet (row header cells). */
function records(table: Element): Element[] | null {
  const rows = [...table.querySelectorAll(':scope>*>tr,:scope>tr')];
  const [head, ...rest] = rows;
  if (!head || rest.some((r) => r.querySelector(':scope>th'))) return null;
  return rest;
}

/** True when the story's paragraphs name what at least half the grid's records (and two) open with. */
function tabulatesStory(table: Element, prose: string): boolean {
  const rows = records(table);
  if (!rows?.length) return false;
  let named = 0;
  for (const row of rows) {
    const label = denseText(row.querySelector(':scope>td')?.textContent ?? '');
    if (NAMING.test(label) && prose.includes(label)) named++;
  }
  return named >= MIN_NAMED && named * 2 >= rows.length;
}

/** The grids among `blocks` that tabulate the story told by its other paragraphs: kept in its body. */
export function storyTables(blocks: readonly Block[]): ReadonlySet<Element> {
  const grids = new Set<Element>();
  const prose: string[] = [];
  for (const b of blocks) {
    const grid = headedGridOf(b);
    if (grid) grids.add(grid);
    else if (b.kind === 'paragraph') prose.push(denseText(textOf(b)));
  }
  const text = prose.join('\n');
  return new Set([...grids].filter((g) => tabulatesStory(g, text)));
}
