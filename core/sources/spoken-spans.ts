import type { Entity, Source, SourceType, SpeakerSpan } from '../types';
import { bodyTypeByWords } from './source-type';

/**
 * Spans of the text with a speaker the page names (an embedded post and its author's display name):
 * each is a quote whose speaker is known, so a figure inside it is the speaker's. The engine's own
 * reading is kept where the span itself names a source: 「気象庁によると…」 written in a company's post
 * stays 気象庁's. Figures outside every span are untouched.
 */
export function creditSpeakers(
  spans: readonly SpeakerSpan[],
  figures: readonly { start: number; end: number }[],
  sources: readonly (Source | null)[],
  speakerType: (speaker: string) => SourceType,
): (Source | null)[] {
  if (!spans.length) return sources as (Source | null)[];
  const types = new Map<string, SourceType>();
  return figures.map((f, i) => {
    const own = sources[i] ?? null;
    const span = spans.find((s) => s.start <= f.start && f.end <= s.end);
    if (!span || namedInside(own, span)) return own;
    const type = types.get(span.speaker) ?? speakerType(span.speaker);
    types.set(span.speaker, type);
    return { name: span.speaker, type, cue: null };
  });
}

/** True when the engine's source is a party written inside the span itself (not the outlet, not the prose). */
function namedInside(source: Source | null, span: SpeakerSpan): boolean {
  if (!source || source.type === 'byline' || source.type === 'none' || source.start === undefined) return false;
  return span.start <= source.start && (source.end ?? source.start) <= span.end;
}

/**
 * What kind of party a display name is, from the entities found in the name alone: 気象庁 → government,
 * 東和食品株式会社 → organization, 山田花子 → person. Words win over the tagger (経済産業省 is a body
 * whatever it is tagged); a name nothing is known of is taken as a person's.
 */
export function speakerTypeOf(speaker: string, entities: readonly Entity[]): SourceType {
  // 北浜市役所 is 北浜市's office: the body its stem names.
  const words = bodyTypeByWords(speaker) ?? bodyTypeByWords(speaker.replace(/(?:役所|役場)$/, ''));
  if (words) return words;
  const whole = entities.find((e) => e.text.length * 2 >= speaker.length);
  if (whole?.type === 'organization') return 'organization';
  return 'person';
}
