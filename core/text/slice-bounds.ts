/**
 * [start, end) offsets of the slices of `text`: whole lines up to `max` characters, a longer line cut
 * after its last 。 (else at `max`, never inside a surrogate pair). The CLI streams a long input in
 * these slices and the content script analyses a long page in them, so a sentence is cut only when a
 * line has no 。 within `max`.
 */
export function sliceBounds(text: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end - 1);
      const stop = text.lastIndexOf('。', end - 1);
      if (nl > start) end = nl + 1;
      else if (stop > start) end = stop + 1;
      else if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}
