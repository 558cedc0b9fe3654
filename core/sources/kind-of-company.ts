import { isCounter, isNumeral, isPlainNoun, isProperNoun } from '../text/pos';
import { tokensWithin } from '../text/tokens';
import type { Entity, Token } from '../types';
import { isKindOfBody } from './kind-of-body';

/**
 * True when a phrase says only which companies are counted, in words of the language: plain nouns
 * (サ変 ones included), numbers and their counter before a kind of company — 導入企業, 取引先企業, 加盟企業,
 * 上位3社, 大手3社 (any count of companies is one). No proper noun, no word the dictionary lacks and
 * no entity the tagger found is among them, so it names no one: 「…導入企業は430社に上る。同社によると…」 → 同社 is the company named before.
 */
export function isKindOfCompany(
  tokens: readonly Token[],
  start: number,
  end: number,
  entities: readonly Entity[],
): boolean {
  const words = tokensWithin(tokens, start, end);
  const last = words[words.length - 1];
  if (!last || words.length < 2 || words[0]?.start !== start || last.end !== end) return false;
  // 上位3社, 事業会社や金融機関など計11社: a count of companies, never the one company 同社 means.
  if (last.surface === '社' && isCounter(last) && isNumeral(words[words.length - 2])) return true;
  // 導入企業: a kind noun after what the companies do.
  if (!isKindOfBody(last.surface) || entities.some((e) => e.start < end && e.end > start)) return false;
  return words.every((t) => t.known && !isProperNoun(t) && (isPlainNoun(t) || isNumeral(t) || isCounter(t)));
}
