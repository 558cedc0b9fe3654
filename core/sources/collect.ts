import type { Figure, SourceType } from '../types';
import { sameSource, variantKeys } from './name-variants';

/** One distinct source of an article, its variants merged (李成権議員 = リー氏), for the popup to group by. */
export interface SourceSummary {
  /** The fullest name the article uses: 韓国の李成権議員 rather than リー氏; JAXA for JAXAなど. */
  name: string;
  type: SourceType;
  /** Every name written for it, in order of first appearance. */
  names: string[];
  /** The cues it is cited with (「によると」, 「と述べた」), distinct. */
  cues: string[];
  /** Indexes into the figures array. */
  figures: number[];
  /** Offsets of its names in the text, where written. */
  mentions: { start: number; end: number }[];
}

// JAXAなど, 関係者ら: "and others" is how it was cited, not the name.
const TRAILING = /(?:など|ら)$/;

/**
 * Lists the article's distinct sources with their figures, merging name variants; figures on the
 * article's own authority (byline or none) are left out. Sources come in order of first figure.
 */
export function collectSources(figures: readonly Figure[]): SourceSummary[] {
  const out: (SourceSummary & { keys: string[] })[] = [];
  figures.forEach((f, index) => {
    const s = f.source;
    if (!s || s.type === 'byline' || s.type === 'none' || !s.name) return;
    const keys = variantKeys(s.name, s.type);
    let group = out.find((g) => g.type === s.type && sameSource(g.keys, keys));
    group ??= out.find((g) => sameSource(g.keys, keys) && s.type !== 'anonymous' && g.type !== 'anonymous');
    const full = s.name.replace(TRAILING, '') || s.name;
    if (!group) {
      group = { name: full, type: s.type, names: [], cues: [], figures: [], mentions: [], keys: [] };
      out.push(group);
    }
    if (!group.names.includes(s.name)) group.names.push(s.name);
    if (full.length > group.name.length) group.name = full;
    if (s.cue && !group.cues.includes(s.cue)) group.cues.push(s.cue);
    for (const k of keys) if (!group.keys.includes(k)) group.keys.push(k);
    group.figures.push(index);
    if (s.start !== undefined && s.end !== undefined && !group.mentions.some((m) => m.start === s.start)) {
      group.mentions.push({ start: s.start, end: s.end });
    }
  });
  return out.map(({ keys: _keys, ...rest }) => rest);
}
