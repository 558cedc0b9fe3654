import { GENERIC_PREFIXES } from '../lexicon/generic-prefixes';
import { KIND_NOUNS } from '../lexicon/kind-nouns';
import { SOURCE_ORGANIZATION_HEADS } from '../lexicon/organization-heads';

const KINDS: ReadonlySet<string> = new Set([
  ...[...KIND_NOUNS].filter(([, type]) => type === 'organization').map(([w]) => w),
  ...SOURCE_ORGANIZATION_HEADS,
]);
// The longest generic word first: 地方 before 地.
const PREFIXES = [...GENERIC_PREFIXES].sort((a, b) => b.length - a.length);

/**
 * True when a name says only what kind of body is meant — a kind noun (企業, 銀行, メーカー) with
 * nothing before it but words that name no one (民間, 大手, 地方, 国内): 民間企業, 大手銀行. Such a
 * phrase counts a class of bodies (民間企業の平均支給額), and 同社 / 同行 never point back to it.
 */
export function isKindOfBody(name: string): boolean {
  // Names recur through an article (every mention is asked): decide each once.
  let hit = decided.get(name);
  if (hit === undefined) {
    if (decided.size > 5000) decided.clear();
    hit = kindOfBody(name);
    decided.set(name, hit);
  }
  return hit;
}

const decided = new Map<string, boolean>();

function kindOfBody(name: string): boolean {
  let rest = name.replace(/(?:など|ら)$/, '');
  for (let guard = 0; guard < 3; guard++) {
    if (KINDS.has(rest)) return true;
    const p = PREFIXES.find((w) => rest.startsWith(w) && rest.length > w.length);
    if (!p) return false;
    rest = rest.slice(p.length);
  }
  return false;
}
