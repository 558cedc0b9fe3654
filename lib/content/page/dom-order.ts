/** The chain of `n`'s ancestors from the top of its tree down to `n` itself. */
function lineage(n: Node): Node[] {
  const out: Node[] = [];
  for (let x: Node | null = n; x; x = x.parentNode) out.push(x);
  return out.reverse();
}

/**
 * True when `b` comes after `a` in document order (a descendant of `a` comes after it). Written out rather
 * than asked of compareDocumentPosition, which linkedom (the CLI's DOM) answers wrongly across subtrees,
 * so the extension and the CLI read the same lines.
 */
export function follows(a: Node, b: Node): boolean {
  if (a === b) return false;
  const la = lineage(a);
  const lb = lineage(b);
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  if (i === la.length) return true;
  if (i === lb.length || i === 0) return false;
  for (let s = (la[i] as Node).nextSibling; s; s = s.nextSibling) if (s === lb[i]) return true;
  return false;
}
