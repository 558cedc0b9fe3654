/**
 * A sentence that is nothing but words in 「」 — no cue, no speaker written (「3年契約をしたが、…僕の責任
 * なんです」 as a paragraph of its own in a feature on a manager). Features and interviews set the
 * featured person's words apart like this between the writer's paragraphs: the person quoted last
 * speaks them, unless a speaker line above or a cue after says otherwise (resolved before this).
 */
export function isBareQuote(sentence: string): boolean {
  const s = sentence.trim().replace(/[。．]$/, '');
  if (!s.startsWith('「') || !s.endsWith('」')) return false;
  // 「A」と「B」の違い: words between two quotes make it a sentence of the writer's.
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '「') depth++;
    else if (c === '」') depth--;
    else if (depth === 0) return false;
  }
  return depth === 0;
}
