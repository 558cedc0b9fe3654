import { PEOPLE_COUNTERS } from '../lexicon/counters';
import type { AttributedFigure } from './context';
import type { Party } from './parties';
import type { InForce, SentenceSources } from './sentence-sources';

// The subject of what the according-to tells, right after it: 来場者は, 来場者数も, 人出が, 参加者の.
// A people word (…者, 人出, 人数) goes on about a count of people; a 数 word (件数, 来場者数) about any count.
const PEOPLE_TOPIC = /^(?:[^、。「」（）\s]{0,6}(?:者|人出|人数|客))(?:数)?(?:は|も|が|の)/;
const COUNT_TOPIC = /^[^、。「」（）\s]{0,6}数(?:は|も|が|の)/;

/**
 * 「花火大会には約12万人が訪れた。実行委によると、来場者は昨年より約2万人多かった。」: an according-to
 * opening the next sentence of the paragraph, which goes on about the same count (来場者, 来場者数, 人出),
 * is the source of the count before it that names none. A next sentence about something else (実行委に
 * よると、会場周辺では交通規制が敷かれた / 警察によると、男性がけがをした) reaches back to nothing.
 */
export function sameCountAfter(
  text: string,
  f: AttributedFigure,
  i: number,
  { sentences, parties }: InForce,
): Party | null {
  const here = sentences[i] as SentenceSources;
  const next = sentences[i + 1];
  if (here.own || !next || next.view.sentence.paragraph !== here.view.sentence.paragraph) return null;
  // The count the sentence ends on: no figure after it in its sentence.
  if (/[0-9０-９]/.test(text.slice(f.end, here.view.sentence.end))) return null;
  const according = next.info.cues.find((c) => c.kind === 'according' && c.head && c.speaker);
  const party = according ? parties.get(according) : null;
  if (!according || !party) return null;
  const rest = text.slice(according.speaker?.end ?? 0, next.view.sentence.end);
  const cueAt = rest.indexOf(according.cue);
  if (cueAt < 0) return null;
  const topic = rest.slice(cueAt + according.cue.length).replace(/^、/, '');
  const people = PEOPLE_COUNTERS.has(f.unit) && PEOPLE_TOPIC.test(topic);
  return people || COUNT_TOPIC.test(topic) ? party : null;
}
