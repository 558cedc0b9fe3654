import type { Analysis } from '../../core/types';
import { indexSources, type SourceIndex, sourceNames } from '../shared/format-source';
import { MAX_NAMES } from '../shared/messages';
import type { sendToBackground } from '../shared/messaging';
import { concatAnalysis, nameKeys, withNameLinks } from '../shared/name-links';

/**
 * What the page asks of the engine's name tables (surname readings, person titles, company forms),
 * which stay with the engine in the background, one copy per browser, out of the content script
 * that every page loads: linking the names of an analysis put together from pieces, and grouping
 * the sources' name variants for the card.
 */

/** How the page reaches the background (the controller's messaging; a fake in unit tests). */
export type AskBackground = typeof sendToBackground;

/** Appends the analysis of text added after a base's (offsets relative to the addition), its names linked. */
export type AppendAnalysis = (base: Analysis, added: Analysis, shift: number) => Promise<Analysis>;

/**
 * Appends `added` to `base` (concatAnalysis) and has the background link both pieces' names as one
 * page's (李成権 of the first slice = リー氏 of the fifth). Should it not answer, each piece keeps its
 * own name groups (a name in both is then two entities) rather than the page losing its marks.
 */
export async function appendLinked(
  base: Analysis,
  added: Analysis,
  shift: number,
  ask: AskBackground,
): Promise<Analysis> {
  const joined = concatAnalysis(base, added, shift);
  const { keys, of } = nameKeys(joined.entities);
  if (keys.length > MAX_NAMES) return joined;
  const reply = await ask({ type: 'linkNames', names: keys });
  if (!reply.ok || reply.value.length !== keys.length) return joined;
  return { ...joined, entities: withNameLinks(joined.entities, of, reply.value) };
}

/**
 * The analysis's sources, name variants grouped by the background (the card's "figures from it":
 * 戦略国際問題研究所(CSIS) and CSIS are one source). Should it not answer, each name is its own source.
 */
export async function groupedSources(a: Analysis, ask: AskBackground): Promise<SourceIndex> {
  const named = sourceNames(a.figures);
  const { names } = named;
  if (!names.length || names.length > MAX_NAMES) return indexSources(named, null);
  const reply = await ask({ type: 'groupSources', names });
  return indexSources(named, reply.ok && reply.value.of.length === names.length ? reply.value : null);
}
