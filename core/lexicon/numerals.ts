import type { WordTable } from './word-table';

/** The kanji digits and their values, as written digit by digit (二〇二四, 一九年, 二七・七). */
export const KANJI_DIGITS: WordTable<number> = new Map([...'〇一二三四五六七八九'].map((c, i) => [c, i] as const));
