import { en, type MessageKey } from './en';
import { ja } from './ja';
import { type TranslateOf, tableTranslator, type UiLang } from './lang';

export { resolveLang, type UiLang } from './lang';
export type { PageMessageKey, PageTranslate } from './page';
export type { MessageKey };

const TABLES: Record<UiLang, Record<MessageKey, string>> = { en, ja };

/** A translator bound to one language: t('summary', { figures: 3, sources: 2 }). */
export type Translate = TranslateOf<MessageKey>;

/** Returns the translator for `lang` (every string: the page's, the popup's, the options page's). */
export function translator(lang: UiLang): Translate {
  return tableTranslator(TABLES[lang]);
}

/** Both tables, for the test that checks they have the same keys. */
export const MESSAGE_TABLES = TABLES;
