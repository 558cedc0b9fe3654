import { sliceBounds as sliceText } from '../../core/text/slice-bounds';
import type { Analysis } from '../../core/types';
import { capInput, type Result } from '../shared/messages';
import { type EngineOptions, pageAnalysisInput, withPageFacts } from '../shared/page-facts';
import { buildRanges, type HighlightLayer } from './highlights';
import type { AppendAnalysis } from './name-tables';
import { BLOCK_TAGS } from './page/block-stats';
import { isJapaneseText } from './page/language';
import { readMetadata } from './page/metadata';
import { yieldToPage } from './page/steps';
import { isSkippedElement, type TextMap, TextMapBuilder } from './page/text-map';

/**
 * Long pages (a 200,000-character archive, a whole novel chapter) are read and analysed in slices so
 * that no task on the page's main thread runs over 50 ms, and their marks appear slice by slice.
 * Above SIZE_LIMIT the reader is asked first (status 'too-large', the popup's "analyse anyway").
 */

/** Readable characters above which Shutten asks before reading a page. A long news article is ~20,000. */
const SIZE_LIMIT = 100_000;
/**
 * Characters per analysis request: ~100 ms of analysis in the background, and on the page one
 * reply to read and ~200 figures and 500 names to map to Ranges, a few ms (kept small for slow machines).
 */
const SLICE_CHARS = 5_000;
/** Main-thread work between yields while walking the page. */
const BUDGET_MS = 8;
/**
 * Marks are repainted at most this often while slices arrive (and after the first and the last).
 * Each repaint re-registers every range so far, and the browser's style and paint work for it grows
 * with their number: on a 200,000-character page, 8,000 figures alone make frames of 100–700 ms.
 */
const PAINT_EVERY_MS = 1000;

/**
 * 'too-large' when the page has more readable characters than SIZE_LIMIT and reads as Japanese
 * ('not-japanese' when it is big but not Japanese), null when it is small enough to read unasked.
 * Script and style text is not counted: inline JSON of news sites (a 300 KB __NEXT_DATA__) must not
 * make an ordinary article "too large". Costs one walk over the text nodes (~2 ms for 200,000 characters).
 */
export function largePageStatus(doc: Document): 'too-large' | 'not-japanese' | null {
  const body = doc.body;
  if (!body) return null;
  // Native calls only (every page pays this check): textContent, less the script and style text in it.
  let n = body.textContent?.length ?? 0;
  if (n <= SIZE_LIMIT) return null;
  for (const el of Array.from(body.querySelectorAll(UNREAD))) n -= el.textContent?.length ?? 0;
  if (n <= SIZE_LIMIT) return null;
  const sample = ((sliceRoot(doc) ?? body).textContent ?? '').slice(0, 20_000);
  return isJapaneseText(sample, doc.documentElement?.lang || null) ? 'too-large' : 'not-japanese';
}

// Text a reader never sees (counted out of a page's size); nested ones are rare enough to count twice.
const UNREAD = 'script, style, noscript, template, textarea';

/** The element a big page's text is read from: its largest <article>, else <main>, else <body>. */
function sliceRoot(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const a of Array.from(doc.querySelectorAll('article'))) {
    const len = a.textContent?.length ?? 0;
    if (len > bestLen) [best, bestLen] = [a, len];
  }
  return best ?? doc.querySelector('main') ?? doc.body;
}

/** Walks `root`'s readable text into a TextMap, yielding every BUDGET_MS; null when `alive()` turns false. */
async function mapInSlices(root: Element, alive: () => boolean): Promise<TextMap | null> {
  const out = new TextMapBuilder();
  // An explicit stack (100,000-node pages must not blow the call stack); `null` marks a block's end.
  const stack: (Node | null)[] = [root];
  let deadline = performance.now() + BUDGET_MS;
  // The clock is read every ~2,000 characters or nodes of work: a paragraph node can hold hundreds.
  let work = 0;
  while (stack.length) {
    if (work > 2048) {
      work = 0;
      if (performance.now() > deadline) {
        await yieldToPage();
        if (!alive()) return null;
        deadline = performance.now() + BUDGET_MS;
      }
    }
    work++;
    const n = stack.pop();
    if (n === null) {
      out.endLine();
      continue;
    }
    if (n === undefined) break;
    if (n.nodeType === 3) {
      out.append(n as Text);
      work += (n as Text).data.length;
      continue;
    }
    if (n.nodeType !== 1 || (n !== root && isSkippedElement(n as Element))) continue;
    const block = BLOCK_TAGS.has((n as Element).tagName.toUpperCase());
    if (block) {
      out.endLine();
      stack.push(null);
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return out.finish();
}

/** [start, end) offsets of the slices of `text` (see core/text/slice-bounds), SLICE_CHARS each at most. */
export function sliceBounds(text: string, max = SLICE_CHARS): [number, number][] {
  return sliceText(text, max);
}

/** What each finished slice hands the controller: everything analysed so far, ready to paint. */
export interface SliceProgress {
  analysis: Analysis;
  map: TextMap;
  ranges: Record<HighlightLayer, (Range | null)[]>;
  /** The ranges new since the previous call (to add to the shown highlights). */
  added: Record<HighlightLayer, (Range | null)[]>;
  done: boolean;
}

/** Sends one text to the background for analysis (the controller's messaging, injected for tests). */
export type AnalyzeText = (text: string, options: EngineOptions) => Promise<Result<Analysis>>;

/**
 * Reads and analyses a long page slice by slice, calling `onSlice` after each with the merged
 * analysis (offsets into the whole text; `append` joins each slice, its names linked in the
 * background) and ranges; stops quietly when `alive()` turns false.
 */
export async function analyzeInSlices(
  doc: Document,
  send: AnalyzeText,
  append: AppendAnalysis,
  onSlice: (p: SliceProgress) => void,
  alive: () => boolean,
): Promise<Result<null>> {
  // The caller has just measured the page: let the page run before the walk starts.
  await yieldToPage();
  const root = sliceRoot(doc);
  if (!root) return { ok: false, error: 'no page body' };
  const map = await mapInSlices(root, alive);
  if (!map || !alive()) return { ok: true, value: null };
  // A long page read in slices is taken as a Japanese article (the reader asked for it).
  const { options, facts } = capInput(pageAnalysisInput(readMetadata(doc)));
  let acc: Analysis | null = null;
  let ranges: SliceProgress['ranges'] | null = null;
  let pending: SliceProgress['ranges'] | null = null;
  let painted = Number.NEGATIVE_INFINITY;
  const bounds = sliceBounds(map.text);
  for (const [i, [start, end]] of bounds.entries()) {
    const reply = await send(map.text.slice(start, end), options);
    if (!alive()) return { ok: true, value: null };
    if (!reply.ok) return reply;
    const before = acc ? { f: acc.figures.length, d: acc.dates.length, e: acc.entities.length } : { f: 0, d: 0, e: 0 };
    // The first slice's analysis carries the page's facts; appended slices keep them.
    acc = acc ? await append(acc, reply.value, start) : withPageFacts(reply.value, facts);
    if (!alive()) return { ok: true, value: null };
    // Only this slice's marks are mapped to the page; earlier ones are kept.
    const added = buildRanges(doc, map, {
      ...acc,
      figures: acc.figures.slice(before.f),
      dates: acc.dates.slice(before.d),
      entities: acc.entities.slice(before.e),
    });
    ranges = ranges ? concatRanges(ranges, added) : added;
    pending = pending ? concatRanges(pending, added) : added;
    const done = i === bounds.length - 1;
    if (done || performance.now() - painted >= PAINT_EVERY_MS) {
      // Mapping this slice, adding its marks, and (at the end) listing all marks are separate tasks.
      await yieldToPage();
      if (!alive()) return { ok: true, value: null };
      onSlice({ analysis: acc, map, ranges, added: pending, done: false });
      pending = null;
      painted = performance.now();
      if (done) {
        await yieldToPage();
        if (!alive()) return { ok: true, value: null };
        onSlice({ analysis: acc, map, ranges, added: emptyRanges(ranges), done: true });
      }
    }
  }
  return { ok: true, value: null };
}

function emptyRanges(like: SliceProgress['ranges']): SliceProgress['ranges'] {
  const out = { ...like };
  for (const k of Object.keys(out) as HighlightLayer[]) out[k] = [];
  return out;
}

function concatRanges(a: SliceProgress['ranges'], b: SliceProgress['ranges']): SliceProgress['ranges'] {
  const out = { ...a };
  for (const k of Object.keys(b) as HighlightLayer[]) out[k] = [...(a[k] ?? []), ...b[k]];
  return out;
}
