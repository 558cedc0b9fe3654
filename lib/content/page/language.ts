// Hiragana and katakana tell Japanese from Chinese; kanji alone does not.
const KANA = /[\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f]/g;
const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;

/** Counts that decide whether a text is Japanese. */
export interface ScriptCounts {
  kana: number;
  kanji: number;
  latin: number;
}

/** Counts kana, kanji and Latin letters in `text`. */
function countScripts(text: string): ScriptCounts {
  return {
    kana: text.match(KANA)?.length ?? 0,
    kanji: text.match(KANJI)?.length ?? 0,
    latin: text.match(LATIN)?.length ?? 0,
  };
}

/**
 * True when `text` reads as Japanese: enough kana, and Japanese script outweighs Latin letters.
 * A `lang="ja"` page needs less evidence, since its author told us.
 */
export function isJapaneseText(text: string, lang: string | null = null): boolean {
  const { kana, kanji, latin } = countScripts(text);
  if (kana < 10) return false;
  const ratio = (kana + kanji) / Math.max(1, kana + kanji + latin);
  const declared = (lang ?? '').toLowerCase().startsWith('ja');
  return declared ? ratio >= 0.3 : ratio >= 0.5 && kana / Math.max(1, kana + kanji) >= 0.15;
}

/** Enough page text to judge its language by (the first characters of the readable text nodes). */
export function languageSample(nodes: readonly Text[], max = 20000): string {
  const parts: string[] = [];
  let n = 0;
  for (const t of nodes) {
    if (n >= max) break;
    parts.push(t.data);
    n += t.data.length;
  }
  return parts.join('');
}
