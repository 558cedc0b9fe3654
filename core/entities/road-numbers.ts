import { DIGIT } from '../text/script';
import type { Candidate } from './candidate';

// 「国道246号」, 「県道12号線」, 「国道１号」: a numbered road is a place in the gold convention, as a railway
// line is (「JR鹿児島本線」); its number is part of its name, not a figure's.
const ROAD = new RegExp(`(?:国道|県道|都道|府道|道道)[${DIGIT}]{1,4}号(?:線)?`, 'g');

/**
 * Numbered roads as place candidates. Light: a longer name the tagger reads over one wins
 * (「国道121号大峠道路」, 「長野県道64号天竜公園阿智線」).
 */
export function roadCandidates(text: string): Candidate[] {
  return [...text.matchAll(ROAD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'place' as const,
    source: 'suffix' as const,
    weight: 4,
    confidence: 0.85,
  }));
}
