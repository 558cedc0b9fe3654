import { type Block, textOf } from './blocks';
import { folded } from './fold';
import { ANSWERING_ROLES, ASKING_ROLES } from './section-lexicon';

// A speaker's label on a line of its own, as minutes print them: a mark, the role, the name in brackets
// (「◎議長（川添康彦君）」「◆28番（森川恵美君）」), or the mark and a name ending in 君 (「○山田太郎君」); or
// a stage direction in 〔〕 (「〔28番（森川恵美君）登壇〕」). No sentence ends in it.
const SPEAKER_LABEL = /^(?:[○◎◆◇●◯]\s*[^\s。、「」:]{1,15}(?:\([^()。]{2,12}\)|君)|〔[^〔〕。]{1,30}〕)$/;
/** A transcript: this many speakers' labels at least, and this share of the lines with prose. */
const TRANSCRIPT_LABELS = 3;
const TRANSCRIPT_SHARE = 0.15;

/** True for a speaker's label or a stage direction alone on its line (see SPEAKER_LABEL). */
export function isSpeakerLabel(text: string): boolean {
  return SPEAKER_LABEL.test(folded(text));
}

// A turn opened by its speaker's role, bracketed or followed by a colon: 「【知事】皆さん、おはようございます。」
// 「記者：開催の時期は。」「（大臣）お答えします。」, or the role alone on the line over the turn (「<p><strong>知事</strong></p>」);
// an office's role may be any title ending in 長 (「市長：」「【委員長】」).
const TITLE_CHIEF = '[一-龠]{0,5}長';
const rolesTurn = (roles: string) =>
  new RegExp(`^(?:[【［[〔(]\\s*(?:${roles})\\s*[】］\\]〕)]|(?:${roles})\\s*(?::|$))`);
const ASKING_TURN = rolesTurn(ASKING_ROLES.join('|'));
const ANSWERING_TURN = rolesTurn([...ANSWERING_ROLES, TITLE_CHIEF].join('|'));
/** A press conference's transcript: this many turns at least of the askers, and as many of the answerers. */
const TURNS_EACH = 2;
/** …and its turns this share of the lines with prose. */
const TURN_SHARE = 0.3;

/**
 * True when the lines are a press conference's or a hearing's transcript: turn after turn opened by the
 * speaker's role, reporters' and an office's (「【記者】…」「【知事】…」, 「記者：…」「市長：…」). A report tells what
 * was said in its own sentences (「知事は…と述べた」); an interview marks its questions with ――.
 */
export function isTurnTranscript(blocks: readonly Block[]): boolean {
  let asking = 0;
  let answering = 0;
  let lines = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    lines++;
    const t = folded(textOf(b));
    if (ASKING_TURN.test(t)) asking++;
    else if (ANSWERING_TURN.test(t)) answering++;
  }
  return asking >= TURNS_EACH && answering >= TURNS_EACH && asking + answering >= TURN_SHARE * lines;
}

/**
 * True when the lines are a meeting's minutes: speech after speech, each under its speaker's label
 * (「◎市長（山路隆之君）」 over 「御質問にお答え申し上げます。」). A report quotes its speakers inside its sentences
 * (「…」と市長は答えた), and an interview marks its questions with ――, not a label line.
 */
export function isTranscript(blocks: readonly Block[]): boolean {
  let labels = 0;
  let lines = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    lines++;
    if (isSpeakerLabel(textOf(b))) labels++;
  }
  return labels >= TRANSCRIPT_LABELS && labels >= TRANSCRIPT_SHARE * lines;
}
