import { CAPITAL, KATAKANA, SMALL } from '../text/script';
import type { Candidate } from './candidate';

/**
 * How likely a mark is right, 0–1. Names below MIN_CONFIDENCE are not marked at all: a wrong name
 * costs a reader more than a missing one.
 */
export const MIN_CONFIDENCE = 0.5;

/**
 * The tagger's confidence in a span and its type: a logistic fit of "span and type both right" on the
 * Stockmark dev split (model trained without it), from the path margin (margins.ts) and the span
 * classifier's probability. Near 0.85 for a wide margin and a sure type, under 0.5 where tagging the
 * words otherwise costs the path little (「米を炊く」's 米) or the type is a toss-up.
 */
export function taggerConfidence(margin: number, typeProb: number): number {
  const p = Math.min(Math.max(typeProb, 1e-3), 1 - 1e-3);
  const x = 0.445 * Math.log1p(margin) + 0.232 * Math.log(p / (1 - p)) - 1.356;
  return 1 / (1 + Math.exp(-x));
}

/**
 * What each rule's marks are worth when no score says more: a listed name or a title (「〜大統領」)
 * rarely misleads; a bare run of dictionary proper nouns or capitals often does (「平成」, 「NAND」).
 */
const RULE_CONFIDENCE: Readonly<Record<Candidate['source'], number>> = {
  tagger: 0.5,
  gazetteer: 0.95,
  title: 0.9,
  paren: 0.85,
  // 「料亭「新喜楽」」: the noun before the name says what it is.
  apposition: 0.85,
  suffix: 0.85,
  latin: 0.8,
  katakana: 0.6,
  // Capitals nobody lists are as often a part or a product (「SSD」, 「NAND」) as a body: not marked
  // unless SudachiDict knows them as a proper noun or the tagger agrees (acronyms.ts, reconcile.ts).
  acronym: 0.45,
  'proper-noun': 0.6,
  // 「県選管」, 「市財政課」: a bare 県 or 市 and an organ's last word (municipal-organs.ts).
  organ: 0.85,
  // 「北斗証券」, 「菱和化成」: a name-like word or an introducing sentence, then a line of business (trade-names.ts).
  trade: 0.8,
};

/** The candidate's own confidence, or its rule's. */
export function confidenceOf(c: Candidate): number {
  return c.confidence ?? RULE_CONFIDENCE[c.source];
}

/** Capitals only, half or full width, maybe after one small letter: 「NAND」, 「ＳＳＤ」, 「ｍＲＮＡ」. */
const CAPITALS = new RegExp(`^[${SMALL}]?[${CAPITAL}]{2,6}$`);

/**
 * Capitals no dictionary lists as a name are parts, products and common terms (「NAND」, 「QLC」) as
 * often as bodies: the tagger's word for them counts for less, so only a confident one is marked.
 * `listedProper` says whether SudachiDict lists them as a proper noun (「ＣＳＩＳ」, 「ＮＨＫ」).
 */
export function capitalsPenalty(name: string, listedProper: boolean): number {
  return CAPITALS.test(name) && !listedProper ? 0.8 : 1;
}

/** One katakana word, no ・: 「キオクシア」, 「ゼレンスキー」. */
const KATAKANA_WORD = new RegExp(`^[${KATAKANA}ー]+$`);

/**
 * A person the tagger finds in one katakana word with nothing that says person — no dictionary lists
 * the word as a person's name (SudachiDict's codes 1–3) — is as often a company or a brand
 * (「キオクシア」, 「スタジオジブリ」): the tagger's word counts for less. A title or honorific after it
 * makes the title rule's mark, which is not touched.
 */
export function katakanaPersonPenalty(name: string, type: string, sudachiCode: number): number {
  return type === 'person' && KATAKANA_WORD.test(name) && (sudachiCode < 1 || sudachiCode > 3) ? 0.8 : 1;
}
