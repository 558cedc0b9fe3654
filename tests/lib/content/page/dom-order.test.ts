import { describe, expect, it } from 'vitest';
import { follows } from '../../../../lib/content/page/dom-order';
import { parse } from './load';

describe('follows', () => {
  const doc = parse(
    '<html><body><div><p id="a">x</p></div><div><p id="b">y</p></div><section><div><i id="c">z</i></div></section></body></html>',
  );
  const [a, b, c] = ['a', 'b', 'c'].map((id) => doc.getElementById(id) as Element) as [Element, Element, Element];

  it('orders nodes across subtrees (where linkedom’s compareDocumentPosition errs)', () => {
    expect(follows(a, b)).toBe(true);
    expect(follows(b, a)).toBe(false);
    expect(follows(a, c)).toBe(true);
    expect(follows(a.firstChild as Node, c)).toBe(true);
    expect(follows(c, a.firstChild as Node)).toBe(false);
  });

  it('a descendant follows its ancestor, never the reverse, and nothing follows itself', () => {
    expect(follows(doc.body as Element, c)).toBe(true);
    expect(follows(c, doc.body as Element)).toBe(false);
    expect(follows(a, a)).toBe(false);
  });
});
