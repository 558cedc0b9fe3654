/**
 * All non-empty prefixes of the words (the words included): a pair of tokens 「動物」+「園」 can only
 * spell a listed word when the first token is such a prefix, so a Set check skips building the pair.
 */
export function prefixesOf(words: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of words) for (let n = 1; n <= w.length; n++) out.add(w.slice(0, n));
  return out;
}
