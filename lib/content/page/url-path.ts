/**
 * True when one of the folders of the page's address is in `folders` (lower-cased): 「/column/2025/…」 files
 * the page under a column, 「/tieup/…」 under paid content. False for no address or one that does not parse.
 */
export function filedUnder(url: string | null, folders: ReadonlySet<string>): boolean {
  if (!url) return false;
  try {
    return new URL(url).pathname.split('/').some((seg) => folders.has(seg.toLowerCase()));
  } catch {
    return false;
  }
}
