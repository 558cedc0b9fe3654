import type { Numeral } from '../numbers/scan';
import { DIGIT } from '../text/script';
import { type Ctx, type Draft, valueFields } from './draft';

const N = `[${DIGIT}〇一二三四五六七八九十]+`;
// 地上30階、地下3階, 地下2階・地上10階建て: a building's floors above and below ground, written as a
// pair in either order.
const PAIR = new RegExp(`地(上|下)${N}階(?:建て)?[、・，]?地(?!\\1)[上下]${N}階`, 'g');
/** How far around the number the pair is looked for. */
const REACH = 24;

/**
 * 地上30階、地下3階のビル (or 地下2階・地上10階建て): floors above and below ground written as a pair give a building's size, two
 * figures (unit 階, like 30階建て). 地下1階にある alone is where something is, and stays no figure.
 */
export function readFloors(ctx: Ctx, a: Numeral): Draft | null {
  const { text } = ctx;
  if (text[a.end] !== '階' || a.reading.value === null || a.reading.vague) return null;
  if (!text.endsWith('地上', a.start) && !text.endsWith('地下', a.start)) return null;
  const from = Math.max(0, a.start - 2 - REACH);
  const inPair = [...text.slice(from, a.end + REACH).matchAll(PAIR)].some(
    (m) => from + m.index <= a.start - 2 && a.end <= from + m.index + m[0].length,
  );
  if (!inPair) return null;
  return {
    start: a.start,
    end: a.end + 1,
    coreStart: a.start,
    coreEnd: a.end,
    ...valueFields(a),
    unit: '階',
    kind: 'measure',
    approx: false,
    bound: null,
    change: null,
  };
}
