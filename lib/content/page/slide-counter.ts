/**
 * A photo story's slide counter: 「1/5」「2／8」「写真3/5」「(5/5)」「Photo 7 of 8」. It numbers the pictures
 * and is no figure of the story: analysed, 「1/5朝霧が立ちこめる湖畔」 reads as a fraction (5分の1, 20%).
 */

// The counter itself: an optional label, N, a slash or "of", M (N ≤ M, checked in code). Half- or full-width
// digits: 「２／８」.
const COUNTER = String.raw`[(（[［]?\s*(?:写真|画像|photo|image)?\s*([0-9０-９]{1,3})\s*(?:[/／]|of)\s*([0-9０-９]{1,3})\s*[)）\]］]?`;
/** A line that is a counter and nothing else (its own small element in a gallery): 「2 / 2」「写真6/8」. */
const ALONE = new RegExp(`^\\s*${COUNTER}\\s*$`, 'i');
// A counter opening a caption, before its words (「1/5朝霧が…」「2／8　式典の様子」). Not before a particle,
// a digit, a unit or punctuation: 「1/3の区画で」「1/2%」 are the caption's own fractions.
const HEAD = new RegExp(`^\\s*${COUNTER}[\\s:：|｜]*(?=[^\\s0-9０-９のがはをにもとでや、。,.%％分倍割])`, 'i');
// A counter closing a caption, set off by a space or a bracket: 「花火を見上げる家族連れ（5/5）」. 「賛成は1/3」 is not.
const TAIL = new RegExp(`(?:\\s|(?=[(（[［]))${COUNTER}\\s*$`, 'i');

const num = (s: string | undefined): number => Number((s ?? '').normalize('NFKC'));
/** The counter's length when m matched one: N of M with 1 ≤ N ≤ M and M ≥ 2 (「0/5」「5/3」 count nothing). */
const counted = (m: RegExpExecArray | null): number => {
  const n = num(m?.[1]);
  return m && n >= 1 && n <= num(m[2]) && num(m[2]) >= 2 ? m[0].length : 0;
};

/** True when the line is only a slide counter: 「1/5」「写真6/8」「Photo 2 of 4」. */
export const isSlideCounter = (text: string): boolean => counted(ALONE.exec(text)) > 0;

/**
 * How many characters of a caption's text are a slide counter at its start and at its end, left out of the
 * analysed text (「2／8　式典の様子」 → [4, 0]); [0, 0] for none.
 */
export function counterEdges(text: string): [number, number] {
  const head = counted(HEAD.exec(text));
  return [head, counted(TAIL.exec(text.slice(head)))];
}
