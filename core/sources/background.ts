import { OWN_ACCOUNT_HEADS } from '../lexicon/own-accounts';
import { LOCAL_BODY_ANAPHORS, RESEARCH_TEAM_HEADS } from '../lexicon/source-nouns';
import { DEFINING_HEADS, EARLIER_WORKS } from '../lexicon/writer-voice';
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
export function isResearchTeam(party: string): boolean {
  const at = party.lastIndexOf('の');
  return at > 0 && RESEARCH_TEAM_HEADS.includes(party.slice(at + 1));
}

// 線状降水帯は、 / 潜伏期間とは、: the term a sentence opens on, as its topic.
const TERM_TOPIC = /^[^、。「」]{0,20}?(?:「[^「」]{1,20}」)?[^、。]{0,12}?(?:とは|は)、/;
// …現象だ / …の総称で、 / …のことだ / …を指す: the predicate of a definition.
const DEFINING = new RegExp(
  `(?:${DEFINING_HEADS.join('|')})(?:だ|です|である|で、)|(?:を指|をい)(?:す|う|います|します)[。、]`,
);

/**
 * True when a sentence defines a term — 「線状降水帯は、…激しい雨を降らせる現象だ」, 「潜伏期間とは、…の期間の
 * ことで、…」, 「離岸流は、…流れを指す」: the writer explaining to the reader, not what anyone announced.
 * Only a definition's words make one: 「計画は、…3割減らすものだ」 tells what the plan says.
 */
export function defines(sentence: string): boolean {
  const rest = sentence.replace(OPENER, '');
  const topic = TERM_TOPIC.exec(rest);
  if (!topic) return false;
  return topic[0].endsWith('とは、') || DEFINING.test(rest.slice(topic[0].length));
}

// 前作の最終興収は / 先代モデルの販売台数は / 前作は: an earlier work opening the sentence as its topic.
const EARLIER_TOPIC = new RegExp(`^(?:${EARLIER_WORKS.join('|')})[^、。]{0,12}?は`);
// …42億円だった。 / …3万台でした。 / …売り上げた。 / …記録した。: a closing in the past.
const PAST_CLOSE = /(?:た|でした)[。．]?$/;

/**
 * True when a sentence is the writer's background rather than anyone's account: a definition (defines)
 * or a past fact about an earlier work (前作の最終興収は42億円だった after the distributor's figures).
 */
export function explains(sentence: string): boolean {
  if (defines(sentence)) return true;
  const rest = sentence.replace(OPENER, '');
  return EARLIER_TOPIC.test(rest) && PAST_CLOSE.test(rest);
}

// 賃上げ率が5%台に乗る中でも、 / 1日1万人を超えるなか、 / 3%上昇した中で、: a clause of circumstance, its
// predicate in the plain form before 中 / なか, opening the sentence (no quote before it).
const SETTING_CLAUSE = /^[^。「」『』]*?[うくぐすつぬぶむるたいだな](?:中|なか)(?:でも|で)?、/;

/**
 * True when offset `at` of a sentence lies in a clause of circumstance that opens it (今年の春闘で賃上げ率が
 * 5%台に乗る中でも、…と答えた人が約4割に上ったという): the writer setting the scene, not what a source
 * carried from before reports. 期間中、 is no clause.
 */
export function inSettingClause(sentence: string, at: number): boolean {
  const m = SETTING_CLAUSE.exec(sentence);
  return !!m && at < m[0].length && !OWN_ACCOUNT_SUBJECT.test(m[0]);
}

// 売上高が10%伸びる中、 / 利用者数が前年を上回るなか、: a body's own accounts as the clause's subject are
// its figures, not the writer's scene (東和電機は…発表した。売上高が10%伸びる中、…20億円に達したという).
const OWN_ACCOUNT_SUBJECT = new RegExp(`(?:${OWN_ACCOUNT_HEADS.join('|')})(?:が|は|も)`);
