import { OWN_ACCOUNT_HEADS } from '../lexicon/own-accounts';
import { LOCAL_BODY_ANAPHORS, RESEARCH_TEAM_HEADS } from '../lexicon/source-nouns';
import { anaphorOf } from './anaphora';

// What may open a sentence before its subject: また、 / 一方、 / なお、
const OPENER = /^(?:また|一方|なお|ただ|さらに)?、?/;

/**
 * True when a sentence is about the announcing party itself — its subject is 同社 / 同省 or the party's
 * name (同社の国内シェアは約10%, 同社は1950年の創業で…): the outlet describing who announced, not
 * what was announced. Such a sentence with no cue of its own keeps no announcement in force.
 */
export function describesParty(sentence: string, party: string): boolean {
  // 東和大学などのチームが…研究結果をまとめた。チームは約3万人を追跡した。: a research team's deeds are
  // its study, the release itself — not background on it.
  if (isResearchTeam(party)) return false;
  const rest = sentence.replace(OPENER, '');
  const m = /^(.{1,20}?)(?:は|の|が|では|も)/.exec(rest);
  const subject = m?.[1] ?? '';
  if (!subject) return false;
  // 同社の運輸収入は…, 同省の推計では…: the body's own accounts go on with its release, not about it.
  const owned = rest.startsWith(`${subject}の`) ? OWNED.exec(rest.slice(subject.length + 1))?.[1] : undefined;
  if (owned && OWN_ACCOUNT_HEADS.some((h) => owned.endsWith(h))) return false;
  // 同社の国内シェアは…; 市の人口は… only after the city's own release (北川市は…発表した).
  const ana = anaphorOf(subject);
  if (ana && !LOCAL_BODY_ANAPHORS.has(ana)) return true;
  if (ana) return party.endsWith(ana);
  // 東和電機の国内シェアは…: the name the announcement was made under, or its last word (東和電機 of
  // 半導体大手の東和電機).
  const short = party.slice(party.lastIndexOf('の') + 1);
  // トヨタ for トヨタ自動車: a company called by the start of its name.
  return subject === party || subject === short || (subject.length >= 2 && short.startsWith(subject));
}

// 運輸収入は, 推計では: the noun a subject's の possesses, up to its particle.
const OWNED = /^([^、。のはがも]{1,12})(?:は|が|も|では|で|によると)/;

/** 東和大学などのチーム, 山田教授らの研究グループ: a team named by whom it belongs to (not 東和グループ, a company). */
function isResearchTeam(party: string): boolean {
  const at = party.lastIndexOf('の');
  return at > 0 && RESEARCH_TEAM_HEADS.includes(party.slice(at + 1));
}
