import { en, type MessageKey } from './en';
import { ja } from './ja';

export type { MessageKey };
/** The UI languages Shutten speaks. */
export type UiLang = 'ja' | 'en';

const TABLES: Record<UiLang, Record<MessageKey, string>> = { en, ja };

/** Picks the UI language: an explicit choice, else the browser's language (Japanese → ja, anything else → en). */
export function resolveLang(choice: UiLang | 'auto', browserLang: string): UiLang {
  if (choice !== 'auto') return choice;
  return browserLang.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** A translator bound to one language: t('summary', { figures: 3, sources: 2 }). */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Returns the translator for `lang`; {name} placeholders are filled from `params`. */
export function translator(lang: UiLang): Translate {
  const table = TABLES[lang];
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (m, k: string) => (params?.[k] !== undefined ? String(params[k]) : m));
}

/** Both tables, for the test that checks they have the same keys. */
export const MESSAGE_TABLES = TABLES;
