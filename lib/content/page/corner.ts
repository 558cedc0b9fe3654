import { TELLING } from './edition';
import { folded } from './fold';
import { NON_NEWS_CORNERS } from './page-kinds-lexicon';

/**
 * A paper's corner that is no news whatever the page declares: serial fiction, fortunes, a glossary, a news
 * quiz, the paper's own notices (page-kinds-lexicon.ts). Its templates type these pages as news articles
 * (NewsArticle, article:published_time) and their prose may read as news (a quiz's explanations, a glossary's
 * background), so the section's name, or the label heading the page, is what tells.
 */

// A name opening a section's name, a headline or a title, past a bracket before it, up to a space, a
// quotation, a bracket or a separator: 「社告・イベント」「【ニュースのことば】…」「連載小説「潮の灯」（42）」
// 「今日の星座占い 2025年9月16日」「… | 北山新聞」.
const OPENING_NAME = /^[【［[〔]?([^\s「『(（【】］\]〔〕｜|・/／]{1,20})(?![^\s「『(（【】］\]〔〕｜|・/／])/;

/**
 * True when the page's section, headline or title (names: any of them, null for none) opens with the name of
 * a corner of no news, a name that tells nothing (TELLING): 「連載小説が完結」 is news about one.
 */
export function nonNewsCorner(names: readonly (string | null)[]): boolean {
  return names.some((n) => {
    const name = OPENING_NAME.exec(folded(n ?? ''))?.[1] ?? '';
    // What tells is read before the corner's name: 「まちがい探し」 holds a が and tells nothing.
    return NON_NEWS_CORNERS.some((w) => name.endsWith(w) && !TELLING.test(name.slice(0, -w.length)));
  });
}
