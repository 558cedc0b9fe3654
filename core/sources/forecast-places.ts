import { OWN_ANNOUNCEMENT_STEMS, VERDICT_STEMS } from '../lexicon/reporting-cues';
import { isAdverbialNoun, isCountryName, isNumeral } from '../text/pos';
import { DIGIT } from '../text/script';
import type { Token } from '../types';
import type { Cue, SentenceView } from './cue';
import type { NamePhrase } from './name-phrase';

const LEADS_DIGIT = new RegExp(`^[${DIGIT}]`);
// 0.7%と / 4.2%で / 2.0%、 / 6.1%に close the figure as the verdict's complement (IPADIC writes %、 as one token).
const COMPLEMENT = /^[とでに、]|、$/;
// 2.5%の関税 / 25%を: the figure is a thing of the sentence's, not the country's verdict.
const OBJECT = /^[のをはが]$/;
// The particle of the country as topic: 日本は / インドが / 中国も.
const TOPIC_PARTICLES: ReadonlySet<string> = new Set(['は', 'が', 'も']);

/**
 * True when a cue's speaker is a country whose figure follows its topic particle, under a verb of a
 * forecaster's verdict: 一方、日本は0.7%と0.2ポイント引き下げた / 中国は４．２％で据え置いた / インドは6.8%と、
 * …見込んでいます. The country is what the outlook is about; whose outlook it is comes from the
 * sentences before (the body that published it). 中国は成長率が5.0%だったと発表した (an announcement)
 * and 米国は関税を25%に引き上げた (the figure is the object) keep the country.
 */
export function isForecastPlace(tokens: readonly Token[], c: Cue): boolean {
  if (!c.speaker || c.announce) return false;
  const cue = c.cue;
  return isForecastCountry(tokens, c.speaker, () =>
    c.kind === 'hearsay' ? wordsBefore(tokens, c.contentEnd) + cue : cue,
  );
}

/** The same for a sentence's topic, read against the words that close the sentence (…引き下げたということです). */
export function isForecastTopic(tokens: readonly Token[], v: SentenceView, topic: NamePhrase): boolean {
  return isForecastCountry(tokens, topic, () => wordsBefore(tokens, v.sentence.end));
}

/** `said` gives the verb the country's figure stands under, read only when the country and its particle fit. */
function isForecastCountry(tokens: readonly Token[], sp: NamePhrase, said: () => string): boolean {
  // A country only: 東京都は1400万人と予測している is the prefecture's own forecast.
  if (!sp.headPlace || !isCountryName(tokens[sp.last])) return false;
  if (!TOPIC_PARTICLES.has(tokens[sp.next]?.surface ?? '')) return false;
  const verb = said();
  if (!VERDICT_STEMS.some((s) => verb.includes(s)) || OWN_ANNOUNCEMENT_STEMS.some((s) => verb.includes(s)))
    return false;
  let k = sp.next + 1;
  if (tokens[k]?.surface === '、') k++;
  // 韓国は来年、2.2%と…: a time word before the figure.
  if (isAdverbialNoun(tokens[k]) && !LEADS_DIGIT.test(tokens[k]?.surface ?? '')) k++;
  if (tokens[k]?.surface === '、') k++;
  const first = tokens[k];
  if (!first || !(isNumeral(first) || LEADS_DIGIT.test(first.surface))) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
    const t = (tokens[j] as Token).surface;
    if (COMPLEMENT.test(t)) return true;
    if (OBJECT.test(t)) return false;
  }
  return false;
}

/** The words of the sixteen characters before `end`: the predicate a hearsay or a sentence closes on. */
function wordsBefore(tokens: readonly Token[], end: number): string {
  let words = '';
  for (const t of tokens) if (t.start >= end - 16 && t.start < end) words += t.surface;
  return words;
}
