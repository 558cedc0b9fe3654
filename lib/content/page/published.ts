import { classWords } from './boilerplate';
import { datelineIsoDate, toIsoDate, updateIsoDate } from './metadata';
import { shownText } from './text-map';

/** Class words of the elements that print an article's date: 「<span class="day">2018年6月18日 10:01</span>」. */
const DATE_WORDS: ReadonlySet<string> = new Set([
  'date',
  'pubdate',
  'day',
  'time',
  'timestamp',
  'datetime',
  'published',
  'posted',
  // 日付 romanised, as older Japanese sites name their classes: <td class="hiduke">2024/11/03</td>.
  'hiduke',
  'hizuke',
]);
/** At most this many elements are looked at, so a badly chosen scope cannot cost a page scan. */
const MAX_ELEMENTS = 2000;

/**
 * The publication date a page prints next to its headline, for pages whose <head> declares none:
 * the first full date (year, month and day) in a <time> or a date-classed element within `scope`.
 * 「最終更新:3/9(木) 18:45」 has no year and is passed over; so is an upkeep stamp (「<p class="updateDate">
 * 最終更新日：2025年5月13日</p>」): an office's or a company's standing page is kept up, not published. A date in
 * a list item beside a link dates what the link leads to (「<li><a>決算短信</a><time>2025/05/13</time></li>」).
 */
export function visiblePublished(scope: Element): string | null {
  const els = Array.from(scope.querySelectorAll('time, [class]')).slice(0, MAX_ELEMENTS);
  for (const el of els) {
    if (el.tagName.toUpperCase() !== 'TIME' && !classWords(el).some((w) => DATE_WORDS.has(w))) continue;
    if (el.closest('li')?.querySelector('a[href]')) continue;
    const text = shownText(el);
    if (updateIsoDate(text) && !datelineIsoDate(text)) continue;
    const iso = toIsoDate(el.getAttribute('datetime')) ?? toIsoDate(text);
    if (iso) return iso;
  }
  return null;
}

// 8 digits standing alone (「hl?a=20170309-35097838」, 「/articles/20211013/k00/」) or 2017/03/09, 2017-03-09.
const URL_DATE = /(?:^|[^\d])((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/;

/** The date an article's address carries: 「headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sci」 → 2017-03-09. */
export function urlPublished(url: string | null): string | null {
  const m = url ? URL_DATE.exec(url) : null;
  return m ? toIsoDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}
