import { RECORD_SCOPES } from '../lexicon/record-scopes';
import { isAdjective, isParticle } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';

// 2番目か3番目の高さ: a rank given as either of two
const EITHER = /^か[0-9０-９一二三四五六七八九十]+番目/;

/**
 * Whether 「N番目」 ending at `end` ranks a record, so it is a rank (a figure), not a place in a row:
 * a record's scope before it (過去2番目, 観測史上2〜3番目, 歴代３番目の規模), or the degree it ranks by
 * after it, an adjective (2番目の高さ, 3番目の少なさ, 2番目に多い). 列の2番目に並んだ, 中位の3番目の世帯
 * name a place.
 */
export function ranksRecord(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  // 過去2番目, 史上で3番目
  const before = text.slice(Math.max(0, start - 8), start).replace(/で$/, '');
  if (RECORD_SCOPES.some((w) => before.endsWith(w))) return true;
  const either = EITHER.exec(text.slice(end, end + 6));
  const from = either ? end + either[0].length : end;
  const i = tokenAt(tokens, from);
  const particle = tokens[i]?.start === from ? tokens[i] : undefined;
  if (!particle || !isParticle(particle) || (particle.surface !== 'の' && particle.surface !== 'に')) return false;
  return isAdjective(tokens[i + 1]);
}
