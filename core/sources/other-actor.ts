import { LOCAL_BODY_ANAPHORS } from '../lexicon/source-nouns';
import { anaphorOf } from './anaphora';
import { describesParty } from './background';
import type { Party } from './parties';
import type { Speaker } from './topic';

/** Collective nouns that name no body when written alone: グループ, 群 (投与群), 班. */
const BARE_GROUPS: ReadonlySet<string> = new Set(['グループ', '群', '班']);

/**
 * True when a sentence reports what another party did, not what the announcer said: its topic is a
 * body or person other than the announcer, and it has no cue of its own. 「総務省は8日、投票率を発表
 * した。…緑の党は58議席を獲得した。」: the seats are the election's result, not the ministry's release;
 * 「北町電機は…決算を発表した。南山工業は同社に部品を供給する。」: the supplier's deal, not the results.
 * Such a sentence keeps no announcement in force (an according-to that scopes it is another matter).
 */
export function reportsAnotherActor(topic: Speaker | null, announcer: Party, sentence: string): boolean {
  if (!topic || topic.type === 'document') return false;
  // 同社は… points back to the announcer; 市は… after a company's release is the city, another party.
  const ana = anaphorOf(topic.phrase.text);
  if (ana && !LOCAL_BODY_ANAPHORS.has(ana)) return false;
  // 乗客は最大11人に増やした, 利用者は100万人を超えた: people known only by their role are what the
  // release counts, not another party acting.
  if (topic.type === 'anonymous') return false;
  const name = topic.phrase.text;
  // 分析したところ、最も多いグループでは…24％低かった: a group written bare, with no name of its own (a
  // company group is 東和グループ, said again 同グループ), is a group the study sorted its people into, or
  // the announcing team said short — never another party.
  if (BARE_GROUPS.has(name)) return false;
  // 半導体大手の北辰テクノロジーは… after 北辰テクノロジーが発表した: the announcer under a longer name.
  if (name === announcer.name || name.endsWith(announcer.name) || announcer.name.endsWith(name)) return false;
  return !describesParty(sentence, announcer.name);
}
