import { enPage, type PageMessageKey } from './en-page';
import { jaPage } from './ja-page';
import { type TranslateOf, tableTranslator, type UiLang } from './lang';

export { resolveLang, type UiLang } from './lang';
export type { PageMessageKey };

/**
 * A translator of the strings shown on the page (the card). Code that runs in the content script
 * takes this type, so it can only ask for these keys; the popup's full translator fits it too.
 */
export type PageTranslate = TranslateOf<PageMessageKey>;

const PAGE_TABLES: Record<UiLang, Record<PageMessageKey, string>> = { en: enPage, ja: jaPage };

/** The page's translator for `lang`: the content script imports this, never the popup's tables. */
export function pageTranslator(lang: UiLang): PageTranslate {
  return tableTranslator(PAGE_TABLES[lang]);
}

/** Both page tables, for the test that checks they have the same keys. */
export const PAGE_MESSAGE_TABLES = PAGE_TABLES;
