/** Calendar arithmetic on plain numbers (UTC, no time zones): what resolving 昨日 or 先月 needs. */

/** A calendar day. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})/;

/** Reads "YYYY-MM-DD" (a longer ISO timestamp is cut to its day); null when absent or invalid. */
export function parseYmd(iso: string | null): Ymd | null {
  const m = iso ? PUBLISHED.exec(iso) : null;
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? { y, m: mo, d } : null;
}

/** Days in month `m` (1–12) of year `y`: 2024-02 → 29. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `n` days after (or before, when negative) a day: 2025-03-01 − 1 → 2025-02-28. */
export function addDays(day: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** `n` months after a month: 2025-01 − 1 → 2024-12. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

/** The Japanese fiscal year (April–March) a day falls in: 2025-02-10 → 2024 (令和6年度). */
export function fiscalYear(day: Ymd): number {
  return day.m >= 4 ? day.y : day.y - 1;
}

/** Monday of the week containing `day`, moved by `weeks`: the start of 先週 / 今週 / 来週. */
export function mondayOf(day: Ymd, weeks: number): Ymd {
  const weekday = (new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, weeks * 7 - weekday);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO prefix of a point: year, year-month, day, or day with time ("2025-07-10T15:00"). */
export function formatPoint(p: { y: number; m?: number; d?: number; time?: string }): string {
  let s = pad(p.y, 4);
  if (p.m === undefined) return s;
  s += `-${pad(p.m)}`;
  if (p.d === undefined) return s;
  s += `-${pad(p.d)}`;
  return p.time ? `${s}T${p.time}` : s;
}

/** "15:00" from hours and minutes. */
export function formatTime(h: number, min: number): string {
  return `${pad(h)}:${pad(min)}`;
}
