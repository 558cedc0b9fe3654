import { TITLES } from '../lexicon/person-titles';
import type { Token } from '../types';

/** How many nouns after 前日 / 元日 are looked through for the post: 前日|韓|議連|会長. */
const REACH = 4;

/**
 * 「前日産社長」「元日産会長」「前日医会長」: 前 or 元 (former) before a body whose name starts with 日
 * (日産, 日医, 日韓議連), which kuromoji reads 前日|産 or 元日|産. The day word is then glued to a run of
 * nouns that ends a post (社長, 会長, 市長): a former holder, no date. The post must come after at least
 * one noun of the body, so 「前日社長が会見し」 stays the day before, and the run must start with a
 * noun that is no time of day: 「前日夜社長が」「前日記者会見した社長」「前日の終値」「前日に発表」 stay dates.
 * `at` is the token of the day word (its index in `tokens`).
 */
export function formerPost(tokens: readonly Token[], at: number): boolean {
  const day = tokens[at];
  if (!day || (day.surface !== '前日' && day.surface !== '元日')) return false;
  const first = tokens[at + 1];
  if (!first || first.start !== day.end || !noun(first) || first.pos1 === '副詞可能' || first.pos1 === '数')
    return false;
  // The body's name goes on from 日 by one character (日|産, 日|医, 日|南): a word of its own after the day
  // (前日市議会議長が辞任し, 前日本社社長が) names no body 日…, and the day before stays.
  if (first.surface.length > 1) return false;
  for (let k = at + 2; k <= at + REACH; k++) {
    const t = tokens[k];
    if (!t || !noun(t) || t.start !== (tokens[k - 1] as Token).end) return false;
    if (TITLES.has(t.surface)) return true;
  }
  return false;
}

const noun = (t: Token) => t.pos === '名詞';
