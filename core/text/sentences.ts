/** A sentence of the analysed text, with its paragraph's index (paragraphs are lines). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

const OPENERS: Readonly<Record<string, string>> = {
  '「': '」',
  '『': '』',
  '（': '）',
  '(': ')',
  '【': '】',
  '〔': '〕',
  '［': '］',
  '[': ']',
};
const TERMINATORS = new Set(['。', '！', '？', '!', '?', '．']);
const CLOSERS = new Set(['」', '』', '）', ')', '】', '〕', '］', ']']);
// The same tables by UTF-16 code: the loops below read every character, and text[i] would make a
// new one-character string for each kana and kanji.
const code = (c: string) => c.charCodeAt(0);
const OPENER_CODES: ReadonlyMap<number, number> = new Map(Object.entries(OPENERS).map(([o, c]) => [code(o), code(c)]));
const CLOSER_CODES: ReadonlySet<number> = new Set([...CLOSERS].map(code));
const TERMINATOR_CODES: ReadonlySet<number> = new Set([...TERMINATORS].map(code));
const SPACE = /\s/;
// After 「…。」 a new sentence starts unless the quote is taken up by a particle: 「行く。」と述べた.
const QUOTE_TAKEN_UP = /^[\s　]*(?:と|って|など|との|という|は|が|も|を|に|で|の|や|、|，)/;

/**
 * Splits text into sentences at 。！？ and line breaks, but never inside 「」『』 or parentheses:
 * 「北朝鮮は…供給しており。…と我々は見ている」と李議員は述べた。 is one sentence.
 * An opener with no closer on its line is treated as plain text, so one stray 「 cannot swallow a
 * paragraph. Paragraphs are lines; 。 followed by an ideographic space (。　次の段落) also starts one.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let used = false; // whether the current paragraph has a sentence yet (blank lines don't count)
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const matched = matchedBrackets(text, lineStart, lineEnd);
    let start = lineStart;
    let depth = 0;
    const push = (end: number, newParagraphAfter: boolean) => {
      let s = start;
      let e = end;
      while (s < e && SPACE.test(text[s] as string)) s++;
      while (e > s && SPACE.test(text[e - 1] as string)) e--;
      if (e > s) {
        out.push({ start: s, end: e, text: text.slice(s, e), paragraph });
        used = true;
      }
      if (newParagraphAfter && used) {
        paragraph++;
        used = false;
      }
      start = end;
    };
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (matched.has(i)) {
        depth += OPENER_CODES.has(c) ? 1 : -1;
        // 「…。」次の文: a quote that ends a sentence and is not taken up by と/って closes it.
        if (depth === 0 && CLOSER_CODES.has(c) && TERMINATOR_CODES.has(text.charCodeAt(i - 1))) {
          if (!QUOTE_TAKEN_UP.test(text.slice(i + 1, i + 6))) push(i + 1, text[i + 1] === '　');
        }
        continue;
      }
      if (depth === 0 && TERMINATOR_CODES.has(c) && !isDecimalPoint(text, i)) {
        // Keep a closing bracket or a run of marks with its sentence: 。」 / ？！
        let end = i + 1;
        while (end < lineEnd && (TERMINATOR_CODES.has(text.charCodeAt(end)) || isStrayCloser(text, end, matched)))
          end++;
        push(end, text[end] === '　');
        i = end - 1;
      }
    }
    push(lineEnd, true);
    lineStart = lineEnd + 1;
  }
  return out;
}

const FULL_STOP = '．'.charCodeAt(0);
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/** 「出生率は１．１５」: a full-width full stop between digits is a decimal point, not a sentence end. */
function isDecimalPoint(text: string, i: number): boolean {
  return text.charCodeAt(i) === FULL_STOP && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

function isStrayCloser(text: string, i: number, matched: ReadonlySet<number>): boolean {
  return CLOSER_CODES.has(text.charCodeAt(i)) && !matched.has(i);
}

/** Offsets of the brackets in [from, to) that have a partner on the same line (stack matching). */
function matchedBrackets(text: string, from: number, to: number): Set<number> {
  const matched = new Set<number>();
  const stack: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (OPENER_CODES.has(c)) stack.push(i);
    else if (CLOSER_CODES.has(c)) {
      // Pop back to the opener this closer belongs to; openers skipped over stay unmatched.
      for (let k = stack.length - 1; k >= 0; k--) {
        if (OPENER_CODES.get(text.charCodeAt(stack[k] as number)) === c) {
          matched.add(stack[k] as number).add(i);
          stack.length = k;
          break;
        }
      }
    }
  }
  return matched;
}

/** Where the sentence or line holding `offset` begins: after the last 。 or line break before it. */
export function sentenceStartBefore(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('。', offset), text.lastIndexOf('\n', offset)) + 1;
}

/** The sentence containing `offset` (binary search; sentences are sorted and disjoint). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences[sentenceIndexAt(sentences, offset)];
}

/** Index of the sentence containing `offset`, or -1 (binary search). */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
