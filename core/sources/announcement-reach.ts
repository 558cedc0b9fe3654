import { describesParty, explains } from './background';
import { isTold } from './hearsay';
import { reportsAnotherActor } from './other-actor';
import { Paragraph } from './paragraph';
import type { Party } from './parties';
import type { SentenceCues } from './sentence-cues';

// How far an announcement reaches past its own sentence (国交省は…と発表した。⏎同省によると…。⏎機体登録の
// 制度も改める。): into the plain sentences after it and the next paragraph — split from in-force.ts,
// which reads the article sentence by sentence and keeps the rest of what is in force.

// …以来、約30年ぶり。 / …は5年ぶりだ。 / …2019年以来となる。: a sentence closing on the time since it
// last happened is the outlet's comparison, not the release (a 3年ぶりに増益となった inside is the news).
const SINCE_THEN = /(?:ぶり|以来)(?:だ|です|となる|となった|になる|のこと)?[。．]$/;

/** The announcement a sentence goes on with, if any, and what else its words make of it. */
export interface Reach {
  /** The announcement in force for the sentence: its paragraph's, or the previous paragraph's. */
  announcer: Party | null;
  /** The sentence describes the announcer (同社の国内シェアは約10%。): the outlet's background. */
  background: boolean;
  /** The sentence tells another party's deed (全120議席のうち、緑の党は58議席を獲得した). */
  another: boolean;
}

/**
 * The announcement in force for sentence `s` of paragraph `para`, which it counts as read; `own` when the
 * sentence speaks for the outlet (a headline, caption or editor's note).
 */
export function announcementReach(
  para: Paragraph,
  s: string,
  info: SentenceCues,
  own: boolean,
  hasFigure: boolean,
): Reach {
  // The previous paragraph's announcement holds only until this paragraph names a source of its own
  // (気象庁によると…412ミリに達した。平年の1.5倍にあたる。 is not the earlier 消防庁 release).
  const announcer = para.announcer ?? (para.source || para.otherActor ? null : para.previousAnnouncer);
  // 東和電機は10日、新型端末を発表した。同社の国内シェアは約10%。: background on the company, the
  // outlet's own — not the announcement.
  // 政策金利が1%となるのは1995年以来、約30年ぶり。: the writer measuring the news against the past.
  // 線状降水帯は、…現象だ。3時間の雨量が…: the writer explaining a term, and the paragraph goes on with it.
  const explained = !!announcer && !info.cues.length && explains(s);
  if (explained && !para.announcer) para.otherActor = true;
  const background = !!announcer && (describesParty(s, announcer.name) || SINCE_THEN.test(s) || explained);
  // 全120議席のうち、緑の党は58議席を獲得した: another party's deed, not the announcer's release.
  // 東京都内の60代の女性は、…注文した after a paragraph citing the announcer: a new scene, its own topic.
  const carried = !para.announcer && para.previousCited && !!info.topic;
  const another = !!announcer && !info.cues.length && (carried || reportsAnotherActor(info.topic, announcer, s));
  if (another && !para.announcer) para.otherActor = true;
  para.sentences++;
  // A plain sentence going on with the previous paragraph's announcement with figures of its own (no
  // cue, no other actor): 船体登録の制度も改める。 relays no figures, and passes nothing on.
  const isToldHere = info.cues.length > 0 && info.cues.every(isTold);
  if (para.sentences === 1) {
    para.relaysAnnouncement =
      hasFigure && !own && !background && !another && !info.cues.length && !para.announcer && !!announcer;
  } else if (own || background || another || info.cues.some((c) => !isTold(c)) || !(hasFigure || isToldHere)) {
    // 内訳をみると、…88%にとどまった。…が寄与したという。: a paper's paragraph goes on relaying it while
    // its later sentences give figures or tell by hearsay, with no source, no other party's deeds and
    // nothing about the releaser; a plain sentence (当面は平日の夜に受け付ける。) ends what it passes on.
    para.relaysAnnouncement = false;
  }
  return { announcer, background, another };
}

/**
 * The paragraph numbered `index` after `prev`, starting at sentence `first`, with what `prev` passes on
 * when it is just before: its last speaker, its announcement, the source its hearsay relays.
 */
export function nextParagraph(prev: Paragraph, index: number, first: number): Paragraph {
  const adjacent = index === prev.index + 1;
  // A paragraph that names a source passes it to the hearsay after it, one that tells by hearsay
  // passes on what it was given; narration with neither ends the chain, and so does a citation of
  // someone it cannot name (同庁によりますと with no 庁 before).
  // A caption or subhead between them (■売り上げは倍増) is passed through.
  const heard = prev.unframed ?? ((prev.hearsay || !prev.told) && !prev.cited ? prev.previousHeard : null);
  // 消防庁は…と発表しました。⏎このうち…約57%を占めました。⏎東京都が最も多い712人でした。: a paragraph of
  // plain sentences that went on with the announcement passes it on.
  const announcer = prev.previousAnnouncer;
  const own = !prev.source || (!!announcer && sameParty(prev.source, announcer));
  const relayed = prev.relaysAnnouncement && own ? announcer : null;
  const next = new Paragraph(
    index,
    adjacent ? prev.speaker : null,
    adjacent ? (prev.announcedHere ? prev.heldAnnouncer : (prev.announcer ?? prev.citedAnnouncer ?? relayed)) : null,
    adjacent ? heard : null,
  );
  next.first = first;
  next.previousCited = adjacent && !prev.announcer && !!prev.citedAnnouncer;
  return next;
}

/** 東和缶詰 and 東和缶詰の山田社長: one party speaking, the body or one of its people. */
export function sameParty(a: Party, b: Party): boolean {
  return a.name.includes(b.name) || b.name.includes(a.name);
}
