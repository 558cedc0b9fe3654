import type { Numeral } from '../numbers/scan';
import { DIGIT } from '../text/script';
import { type Ctx, type Draft, valueFields } from './draft';

const N = `[${DIGIT}〇一二三四五六七八九十]+`;
// 地上30階、地下3階: a building's floors above and below ground, written as a pair.
const ABOVE_THEN_BELOW = new RegExp(`^地上${N}階[、・，]?地下${N}階`);
const ABOVE_BEFORE = new RegExp(`地上${N}階[、・，]?地下$`);

/**
 * 地上30階、地下3階のビル: floors above and below ground written as a pair give a building's size, two
 * figures (unit 階, like 30階建て). 地下1階にある alone is where something is, and stays no figure.
 */
export function readFloors(ctx: Ctx, a: Numeral): Draft | null {
  const { text } = ctx;
  if (text[a.end] !== '階' || a.reading.value === null || a.reading.vague) return null;
  const above = text.endsWith('地上', a.start) && ABOVE_THEN_BELOW.test(text.slice(a.start - 2, a.start + 20));
  const below = text.endsWith('地下', a.start) && ABOVE_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start));
  if (!above && !below) return null;
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
