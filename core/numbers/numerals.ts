/** Multipliers written after digits: 3万 → 30,000. */
const MYRIADS: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8, 兆: 1e12, 京: 1e16 };
const SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Parses a numeral written with digits and 万/億/兆 groups: 「1万1000」 → 11000, 「5,000」 → 5000,
 * 「95万」 → 950000, 「4千」 → 4000. Full-width digits are folded first. Returns null when the
 * string is not a numeral.
 */
export function parseNumeral(written: string): number | null {
  const s = written.normalize('NFKC').replace(/,(?=\d{3})/g, '');
  if (!/^[\d.十百千万億兆京]+$/.test(s) || !/\d/.test(s)) return null;
  let total = 0;
  let group = 0;
  let digits = '';
  for (const c of s) {
    if (/[\d.]/.test(c)) {
      digits += c;
      continue;
    }
    const n = digits ? Number(digits) : 1;
    digits = '';
    const small = SMALL[c];
    if (small) {
      group += n * small;
      continue;
    }
    total += (group + n) * (MYRIADS[c] as number);
    group = 0;
    if (!digits && n !== n) return null;
  }
  const value = total + group + (digits ? Number(digits) : 0);
  return Number.isFinite(value) ? value : null;
}
