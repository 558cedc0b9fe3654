/** The UI languages Shutten speaks. */
export type UiLang = 'ja' | 'en';

/** Picks the UI language: an explicit choice, else the browser's language (Japanese → ja, anything else → en). */
export function resolveLang(choice: UiLang | 'auto', browserLang: string): UiLang {
  if (choice !== 'auto') return choice;
  return browserLang.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** A translator over the keys `K`: t('summary', { figures: 3, sources: 2 }). */
export type TranslateOf<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** A translator for one table; {name} placeholders are filled from `params`, a missing one stays visible. */
export function tableTranslator<K extends string>(table: Record<K, string>): TranslateOf<K> {
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (m, k: string) => (params?.[k] !== undefined ? String(params[k]) : m));
}
