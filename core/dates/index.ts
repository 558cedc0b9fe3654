import type { DateMention, Token } from '../types';

/** Finds date expressions and resolves them against `published` (YYYY-MM-DD). */
export function findDates(_text: string, _tokens: readonly Token[], _published: string | null): DateMention[] {
  return [];
}
