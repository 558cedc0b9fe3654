import { readNumeral } from './numerals';
import type { TimeOfDay } from './spec';

const MERIDIEM = /午前|午後/y;

/**
 * Reads a time of day at `i`: 「午後3時」「15時30分」「午前0時半」「正午」. Kanji hours need 午前/午後
 * (一時 alone means "for a while"); 24時間 and 3時限 are not times.
 */
export function readTime(text: string, i: number): { time: TimeOfDay; end: number } | null {
  if (text.startsWith('正午', i)) return { time: { h: 12, min: 0 }, end: i + 2 };
  MERIDIEM.lastIndex = i;
  const meridiem = MERIDIEM.exec(text)?.[0];
  const at = meridiem ? i + 2 : i;
  const h = readNumeral(text, at);
  if (!h || (h.kanji && !meridiem) || text[h.end] !== '時') return null;
  let end = h.end + 1;
  if (text[end] === '間' || text[end] === '限') return null;
  let min = 0;
  if (text[end] === '半') {
    min = 30;
    end++;
  } else {
    const m = readNumeral(text, end);
    if (m && text[m.end] === '分' && m.value <= 59 && m.kanji === h.kanji) {
      min = m.value;
      end = m.end + 1;
    }
  }
  if (h.value > (meridiem ? 12 : 24)) return null;
  const hour = meridiem === '午後' && h.value < 12 ? h.value + 12 : h.value;
  return { time: { h: hour, min }, end };
}
