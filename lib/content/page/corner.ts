import { folded } from './fold';
import { NON_NEWS_CORNER_NAMES, NON_NEWS_SECTIONS } from './page-kinds-lexicon';

/**
 * A paper's corner that is no news whatever the page declares: serial fiction, fortunes, a glossary, a news
 * quiz, the paper's own notices (page-kinds-lexicon.ts). Its templates type these pages as news articles
 * (NewsArticle, article:published_time) and their prose may read as news (a quiz's explanations, a glossary's
 * background), so the section's name, or the label heading the page, is what tells.
 */

// Parts of a section's name: 「社告・イベント」「文化／小説」.
const SECTION_PARTS = /[・／/|｜>＞»›]/;
// A label bracketed before the headline's words: 「【ニュースのことば】…」.
const LABEL = /^[【［[〔]([^】］\]〕]{1,24})[】］\]〕]/;
// The name opening a headline, up to a space, a quotation, a bracket or a title's separator:
// 「連載小説「潮の灯」（42）」「今日の星座占い 2025年9月16日」.
const OPENING_NAME = /^([^\s「『(（【｜|]{1,20})(?:[\s「『(（【｜|]|$)/;
// Words that tell rather than name: a clause's particle, a comma, a sentence's end.
const TELLING = /[がをにでへはも、，,。！？!?]/;

function namesCorner(name: string): boolean {
  return !TELLING.test(name) && NON_NEWS_CORNER_NAMES.some((w) => name.endsWith(w));
}

/** True when a section the page is filed under (sections) or its headline or title names such a corner. */
export function nonNewsCorner(headings: readonly (string | null)[], sections: readonly string[]): boolean {
  for (const s of sections) {
    if (
      folded(s)
        .split(SECTION_PARTS)
        .some((part) => NON_NEWS_SECTIONS.has(part.trim()))
    )
      return true;
  }
  for (const h of headings) {
    if (!h) continue;
    const text = folded(h).trim();
    const label = LABEL.exec(text)?.[1]?.trim();
    if (label && namesCorner(label)) return true;
    const name = OPENING_NAME.exec(text)?.[1];
    if (name && namesCorner(name)) return true;
  }
  return false;
}
