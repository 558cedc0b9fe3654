import type { CounterEntry } from '../lexicon/counters';
import { DEGREE_MEASURE_WORDS, DISTANCE_WORDS, WEIGHT_WORDS } from '../lexicon/measure-words';
import { alternation } from '../lexicon/word-table';
import type { FigureKind } from '../types';

// 体重100キロ / 航続距離は1万4千キロ / 気温は25度: what the words near a number say it measures.
const WEIGHT = new RegExp(alternation(WEIGHT_WORDS), 'g');
const DISTANCE = new RegExp(alternation(DISTANCE_WORDS), 'g');
const MEASURE_DEGREE = new RegExp(alternation(DEGREE_MEASURE_WORDS));
// 35度以上の猛暑日, 25度を超える夏日: a day named by its temperature, after the degrees.
const TEMPERATURE_DAY_AFTER =
  /^(?:以上|以下|超|未満|を超える|を超えた|を下回る)?の?(?:猛暑日|酷暑日|真夏日|夏日|真冬日|冬日)/;
// 風速40メートル, 風速は約40メートル: meters right after a wind's speed are meters a second.
const WIND_BEFORE = /風速[はがも]?(?:約|およそ|最大)?$/;
// The units speed prefixes imply (lexicon/qualifiers.ts): 時速, 分速, 秒速.
const SPEEDS: ReadonlySet<string> = new Set(['km/h', 'm/min', 'm/s']);
// How far back (UTF-16 units, within the sentence) the context words are looked for.
const WINDOW = 16;

/**
 * The unit and kind a counter has here, after context: 射程300キロ → km, 体重100キロ → kg, 時速 → km/h
 * (秒速38メートル → m/s),
 * 35度以上の猛暑日 → a temperature. `end` is where the counter ends.
 */
export function refineUnit(
  text: string,
  start: number,
  counter: CounterEntry,
  prefixUnit: string | null,
  end = start,
): { unit: string; kind: FigureKind } {
  const { unit, kind } = counter;
  // 時速 → /h, 秒速 → /s: the time a speed prefix divides by.
  const per = prefixUnit && SPEEDS.has(prefixUnit) ? prefixUnit.slice(prefixUnit.indexOf('/')) : null;
  if (counter.surface === 'キロ') {
    if (per) return { unit: `km${per}`, kind };
    if (prefixUnit === 'kg' || weightNearer(windowBefore(text, start))) return { unit: 'kg', kind };
    return { unit: 'km', kind };
  }
  if (per && (unit === 'km' || unit === 'm')) return { unit: `${unit}${per}`, kind };
  // 最大風速は40メートル, 最大瞬間風速35.2メートル: a wind speed is told in meters a second.
  if (unit === 'm' && !prefixUnit && WIND_BEFORE.test(windowBefore(text, start))) return { unit: 'm/s', kind };
  if (counter.surface === '度') {
    const temperature =
      MEASURE_DEGREE.test(windowBefore(text, start)) || TEMPERATURE_DAY_AFTER.test(text.slice(end, end + 10));
    return temperature ? { unit: '度', kind: 'measure' } : { unit, kind };
  }
  return { unit, kind };
}

function windowBefore(text: string, start: number): string {
  const w = text.slice(Math.max(0, start - WINDOW), start);
  const stop = Math.max(w.lastIndexOf('。'), w.lastIndexOf('\n'));
  return stop >= 0 ? w.slice(stop + 1) : w;
}

/** Where the last match of `re` (global) in `w` ends, or -1. */
function lastEnd(re: RegExp, w: string): number {
  let end = -1;
  for (const m of w.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** A weight word before the number, with no length word after it: 重量は約250トン、航続距離は1万4千キロ is km. */
function weightNearer(w: string): boolean {
  const weight = lastEnd(WEIGHT, w);
  return weight >= 0 && weight > lastEnd(DISTANCE, w);
}
