import { relinkEntities } from '../../core/entities/coreference';
import type { Analysis, Entity } from '../../core/types';
import { concatAnalysis, type NameKey, type NameLink, nameKeys, withNameLinks } from './name-links';

/**
 * Links names by the engine's name rules (relinkEntities: its surname readings, company forms):
 * keys that shared an id stay together, and groups join by name, so 李成権 of the first slice and
 * リー氏 of the fifth are one entity. Each distinct key stands for all its mentions (mentions with one
 * key always link alike), so a long page sends hundreds of keys, not tens of thousands of mentions.
 * The background answers the page's linkNames with it; the CLI calls it through appendAnalysis.
 */
export function linkNameKeys(keys: readonly NameKey[]): NameLink[] {
  const entities: Entity[] = keys.map((k) => ({ ...k, start: 0, end: 0 }));
  relinkEntities(entities);
  return entities.map((e) => ({ id: e.id ?? 0, type: e.type }));
}

/**
 * Appends the analysis of text added after `base`'s text (offsets relative to that addition) to
 * `base`: every offset moves by `shift`, and the entities of both are grouped again as one page's, so
 * a name analysed in two slices is one entity (李成権 ×40 on a long page is one line of the Names tab).
 * Neither input is changed. The page does the same in two steps, the linking in the background.
 */
export function appendAnalysis(base: Analysis, added: Analysis, shift: number): Analysis {
  const joined = concatAnalysis(base, added, shift);
  const { keys, of } = nameKeys(joined.entities);
  return { ...joined, entities: withNameLinks(joined.entities, of, linkNameKeys(keys)) };
}
