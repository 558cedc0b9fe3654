/** A sentence of the analysed text, with its paragraph's index (paragraphs are lines). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

const OPENERS: Readonly<Record<string, string>> = { '「': '」', '『': '』', '（': '）', '(': ')', '【': '】', '〔': '〕' };
const TERMINATORS = new Set(['。', '！', '？', '!', '?']);

/**
 * Splits text into sentences at 。！？ and line breaks, but never inside 「」『』 or parentheses:
 * 「北朝鮮は…供給しており。…と我々は見ている」と李議員は述べた。 is one sentence.
 * An unbalanced quote is closed at the end of its line so one stray 「 cannot swallow a paragraph.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const stack: string[] = [];
  const push = (end: number) => {
    // Trim surrounding whitespace so a sentence's text starts at its first character.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), paragraph });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      push(i);
      start = i + 1;
      stack.length = 0;
      paragraph++;
      continue;
    }
    const close = OPENERS[c];
    if (close) {
      stack.push(close);
      continue;
    }
    if (stack.length && c === stack[stack.length - 1]) {
      stack.pop();
      continue;
    }
    if (stack.length === 0 && TERMINATORS.has(c)) {
      // Keep a closing bracket that follows the full stop with its sentence: 。」
      let end = i + 1;
      while (end < text.length && /[」』）)]/.test(text[end] as string)) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}

/** The sentence containing `offset` (binary search; sentences are sorted and disjoint). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
