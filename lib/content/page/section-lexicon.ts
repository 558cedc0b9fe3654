/**
 * The words by which a page files itself under a section that carries no news report, however the page is
 * typed (og:type article, JSON-LD NewsArticle, a dated headline): paid content a paper prints for a sponsor.
 * Data only; the rules live beside their use (sponsored.ts).
 */

/**
 * Sections of paid content (article:section, JSON-LD articleSection, a breadcrumb's item): 「広告企画」
 * 「PR企画」「タイアップ」. Matched as the whole section name, folded and lower-cased: a bare 「PR」 names a
 * sponsor's corner; a press-release section (プレスリリース) is news and is not here.
 */
export const SPONSORED_SECTIONS: ReadonlySet<string> = new Set([
  '広告企画',
  '広告特集',
  '企画広告',
  '記事広告',
  'pr企画',
  'pr特集',
  'pr',
  'タイアップ',
  'タイアップ企画',
  'スポンサード',
  'スポンサーコンテンツ',
  'sponsored',
  'sponsored content',
  'advertorial',
  'promotion',
  'ad',
]);

/**
 * A label bracketed at either end of a headline that says it is paid for: 「【PR】県産スギで建てる家」
 * 「［広告企画］…」「…（PR）」. The brackets make it a label: a story's words never say PR alone in them.
 */
export const SPONSORED_HEADLINE_LABEL =
  /^[【［[〔(]\s*(?:PR|AD|広告|広告企画|PR企画|企画広告|記事広告|タイアップ|Sponsored|提供)\s*[】］\]〕)]|[【［[〔(]\s*(?:PR|AD|広告|広告企画|Sponsored)\s*[】］\]〕)]$/i;

/**
 * A short line over or under a sponsor's piece that labels it so: 「広告企画　提供：いずも木の家工房」
 * 「PR企画」「Sponsored by …」. It opens the line; a story's sentence about an advertising firm does not.
 */
export const SPONSORED_LABEL_LINE =
  /^(?:広告企画|広告特集|企画広告|記事広告|PR企画|PR特集|タイアップ企画|タイアップ広告|Sponsored(?:\s*by)?|Promoted(?:\s*by)?|Advertorial)(?![ぁ-んァ-ヶ一-龠])/i;

/**
 * The paper's note that a sponsor brings the piece: 「この記事は、いずも木の家工房の提供でお届けしています。」
 * 「本企画は○○の協賛でお送りします」. Worded as a sponsor's: a syndicated story's 「この記事は○○新聞社が提供
 * しています」 and a photo's 「写真提供：」 are news.
 */
export const SPONSOR_NOTE =
  /^(?:この|本)(?:記事|ページ|特集|企画|コンテンツ)は[^。]{1,60}?(?:提供|協賛|協力)でお(?:届け|送り)/;
