/** Names taken from a page (outlet, writer) are at most this long: longer is no name, and a page controls it. */
export const MAX_NAME = 60;

// Control and format characters (bidi overrides, zero-width marks) never belong in a name.
export const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const SPACES = /[\s\u3000]+/g;
/** An address or a handle: 「https://www.facebook.com/asahicom/」, 「www.example.jp」, 「//cdn…」, 「@afpbbcom」. */
const ADDRESS = /:\/\/|^\/|^www\.|^@|^[\w.-]+\.(?:com|net|org|jp|co|io|info|biz|tv|news)(?:[/:?#]|$)/i;

/**
 * A name as a reader should see it: white space folded, invisible characters dropped; null for an address,
 * an empty string or anything longer than `max` (a 500,000-character og:site_name names nothing).
 */
export function cleanName(raw: unknown, max = MAX_NAME): string | null {
  if (typeof raw !== 'string') return null;
  // Cut first: the rest of the work must not scale with what the page put there.
  const s = raw
    .slice(0, 4 * max)
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .trim();
  if (!s || s.length > max || ADDRESS.test(s)) return null;
  return s;
}

interface Named {
  name?: unknown;
  '@type'?: unknown;
}

/** The value's names: a string, {name}, or a list of either (JSON-LD author/publisher), with their @type. */
export function namedThings(v: unknown): { name: string; types: string[] }[] {
  const list = Array.isArray(v) ? v.slice(0, 10) : [v];
  const out: { name: string; types: string[] }[] = [];
  for (const x of list) {
    if (typeof x === 'string') out.push({ name: x, types: [] });
    else if (x && typeof x === 'object' && typeof (x as Named).name === 'string') {
      const t = (x as Named)['@type'];
      const types = (Array.isArray(t) ? t : [t]).filter((y): y is string => typeof y === 'string');
      out.push({ name: (x as Named).name as string, types });
    }
  }
  return out;
}
