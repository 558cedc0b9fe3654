import type { Candidate } from './candidate';
import { gazetteerLabel } from './gazetteer';

/** Whether every character of `name` is a country's one-character short form (日, 米, 豪, 欧 …). */
function countryLetters(name: string): boolean {
  for (const ch of name) if (gazetteerLabel(ch) !== 'country-short' && ch !== '欧') return false;
  return name.length > 0;
}

/**
 * Country letters written together name the countries, never a person: 「日英豪が支援を表明」 and
 * 「日米欧で承認を申請」 are places (a group of countries), and a lone 「日」 or 「豪」 the tagger took for
 * a person's name is no name at all (a person is never written with one character in news).
 */
export function countryRuns(text: string, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.type === 'person' && countryLetters(text.slice(c.start, c.end))) {
      if (c.end - c.start >= 2) out.push({ ...c, type: 'place' });
      continue;
    }
    out.push(c);
  }
  return out;
}
