import { type Block, textOf } from './blocks';
import { foldedDense } from './fold';
import {
  AGE,
  DEFINITION_END,
  HEADWORD,
  INSTRUCTION,
  NARRATED_END,
  NEWS_TIME,
  PERSONAL,
  PHOTO_DATELINE,
  REPORTING,
  THIRD_PARTY,
} from './prose-markers';

/**
 * What a page's prose reads as: a news story (events told in the past, attributed, dated, about third
 * parties), a procedure (the reader told what to do), a dictionary's definitions, a diary's first person,
 * or plain prose that says none of these.
 */
export type ProseKind = 'story' | 'procedure' | 'definition' | 'personal' | 'plain';

/** The counts a reading is made of, kept so a verdict can be explained (each is a number of sentences, headwords a number of lines). */
export interface ProseReading {
  kind: ProseKind;
  sentences: number;
  reporting: number;
  narrated: number;
  newsTime: number;
  ages: number;
  thirdParty: number;
  instructions: number;
  definitions: number;
  headwords: number;
  personal: number;
  /** Paragraphs that are one quotation and nothing else: a story's dialogue (「遅いぞ、リナ。」 on a line of its own). */
  dialogues: number;
  /** Captions that date and place their shot as news photos do (「…家族連れ＝27日、北山市西原」). */
  photoDatelines: number;
}

/** Sentences this many, at least, before a reading says anything but 'plain'. */
const MIN_SENTENCES = 3;
/** A story narrates at least this share of its sentences, and gives this many news facts (dates, ages, parties). */
const NARRATED_SHARE = 0.4;
const STORY_FACTS = 2;
/** A procedure instructs, a diary speaks as I, in at least this share of the sentences (and two of them). */
const INSTRUCTION_SHARE = 0.3;
const PERSONAL_SHARE = 0.2;
/** Sentences read at most: a story shows what it is long before this, and a huge page must not cost more. */
const MAX_SENTENCES = 400;
/** Quotes are read from the inside out, this many levels deep at most. */
const QUOTE_LEVELS = 4;

const QUOTE = /「[^「」]*」/g;
const SENTENCE = /[^。！？!?]+[。！？!?]*/g;

/** A line as it is read: NFKC-folded, white space out (easy-Japanese pages space their words), quotes emptied. */
function plainLine(text: string): string {
  let s = foldedDense(text);
  for (let i = 0; i < QUOTE_LEVELS && s.includes('「'); i++) s = s.replace(QUOTE, '「」');
  return s;
}

/**
 * Reads the article's lines: each sentence of its paragraphs is counted for what it does (reports,
 * narrates, instructs, defines, speaks as I), headings and short lines only for a dictionary's headwords.
 * 「代表の村瀬さん（58）は「…」と話す。」 → reporting, ages, thirdParty.
 */
export function readProse(blocks: readonly Block[]): ProseReading {
  const r: ProseReading = {
    kind: 'plain',
    sentences: 0,
    reporting: 0,
    narrated: 0,
    newsTime: 0,
    ages: 0,
    thirdParty: 0,
    instructions: 0,
    definitions: 0,
    headwords: 0,
    personal: 0,
    dialogues: 0,
    photoDatelines: 0,
  };
  for (const b of blocks) {
    if (r.sentences >= MAX_SENTENCES) break;
    const line = plainLine(textOf(b));
    if (HEADWORD.test(line)) r.headwords++;
    if (b.kind === 'caption' && PHOTO_DATELINE.test(line)) r.photoDatelines++;
    if (b.kind !== 'paragraph') continue;
    if (line === '「」') r.dialogues++;
    for (const sentence of line.match(SENTENCE) ?? []) {
      if (!/[。！？!?]$/.test(sentence)) continue;
      r.sentences++;
      if (REPORTING.some((re) => re.test(sentence))) r.reporting++;
      if (NARRATED_END.test(sentence)) r.narrated++;
      if (NEWS_TIME.test(sentence)) r.newsTime++;
      if (AGE.test(sentence)) r.ages++;
      if (THIRD_PARTY.test(sentence)) r.thirdParty++;
      if (INSTRUCTION.some((re) => re.test(sentence))) r.instructions++;
      if (DEFINITION_END.test(sentence)) r.definitions++;
      if (PERSONAL.test(sentence)) r.personal++;
    }
  }
  r.kind = proseKind(r);
  return r;
}

/**
 * The kind the counts add up to. A dictionary gives a headword and defines; a procedure instructs and never
 * reports; a diary speaks as I; a story reports at least once (or dates a person's age), narrates, and is dated or
 * peopled.
 */
function proseKind(r: ProseReading): ProseKind {
  const n = r.sentences;
  if (n < MIN_SENTENCES) return 'plain';
  if (r.headwords >= 1 && r.definitions >= 1 && r.ages === 0) return 'definition';
  if (r.instructions >= 2 && r.instructions >= INSTRUCTION_SHARE * n && r.reporting === 0) return 'procedure';
  if (r.personal >= 2 && r.personal >= PERSONAL_SHARE * n) return 'personal';
  const facts = Math.min(r.newsTime, 2) + Math.min(r.ages, 2) + Math.min(r.thirdParty, 2);
  // A police brief may report no one: a day of the month and a person's age told in the past will do
  // (「5日午前、…衝突した。男性（45）が軽いけがをした。」).
  const told = r.reporting >= 1 || (r.ages >= 1 && r.newsTime >= 1);
  if (told && r.narrated >= NARRATED_SHARE * n && facts >= STORY_FACTS) return 'story';
  return 'plain';
}
