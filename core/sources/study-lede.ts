import { RESEARCH_TEAM_HEADS } from '../lexicon/source-nouns';
import type { Cue } from './cue';
import type { Party } from './parties';

// How long the team's own words after its owner's の may be: 共同研究チーム, 国際研究グループ.
const MAX_TEAM_WORDS = 8;

/**
 * 「…1.3度上昇していたことが、北浜大学と海洋研究所の共同研究チームの分析でわかった。」: a lede telling a
 * finding out of a research team's study (a report cue closing on 分かった) opens the story as …と発表した
 * does — the team's later deeds (⏎チームは…約12万件を解析した。) and findings are its study. Only a team
 * named by its owner (…の共同研究チーム, …らのグループ) exists in a story only through its study; a body's
 * tally (…ことが県警の調べで分かった) or the outlet's inquiry (…への取材で分かった) is not made a release here.
 */
export function findsStudyInLede(cue: Cue, party: Party, hasFigure: boolean): boolean {
  if (!cue.found || cue.kind !== 'according' || !hasFigure) return false;
  const at = party.name.lastIndexOf('の');
  const team = party.name.slice(at + 1);
  return at > 0 && team.length <= MAX_TEAM_WORDS && RESEARCH_TEAM_HEADS.some((h) => team.endsWith(h));
}
