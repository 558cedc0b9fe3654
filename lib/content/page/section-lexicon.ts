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
 * Address path segments of paid content: /sponsored/, /tieup/, /advertorial/. A bare /pr/ is not here: a
 * firm's or an office's press releases (news) live there too.
 */
export const SPONSORED_PATHS: ReadonlySet<string> = new Set([
  'sponsored',
  'sponsor',
  'tieup',
  'tie-up',
  'advertorial',
  'brandedcontent',
  'branded-content',
  'ad-feature',
  'pr-kikaku',
]);

/**
 * A label bracketed at either end of a headline that says it is paid for: 「【PR】県産スギで建てる家」
 * 「［広告企画］…」「…（PR）」. The brackets make it a label: a story's words never say PR alone in them.
 */
export const SPONSORED_HEADLINE_LABEL =
  /^[【［[〔(]\s*(?:PR|AD|広告|広告企画|PR企画|企画広告|記事広告|タイアップ|Sponsored|提供)\s*[】］\]〕)]|[【［[〔(]\s*(?:PR|AD|広告|広告企画|Sponsored)\s*[】］\]〕)]$/i;

/**
 * A short line by the headline of a sponsor's piece that labels it so: 「広告企画　提供：いずも木の家工房」
 * 「PR企画」, or an ad label over the sponsor's name (「PR　提供：…」「広告｜協賛 …」「PR Sponsored by …」), 提供/協賛 set off as a
 * label: a report's deck 「広告協賛の名目で企業から集金」 tells of sponsorship money. It opens the line; a story's
 * sentence about an advertising firm does not. Japanese labels only: a recommendation widget's 「Sponsored」 or
 * 「Promoted」 heads other sites' links under many a report.
 */
export const SPONSORED_LABEL_LINE =
  /^(?:広告企画|広告特集|企画広告|記事広告|PR企画|PR特集|タイアップ企画|タイアップ広告)(?![ぁ-んァ-ヶ一-龠])|^(?:PR|AD|広告|プロモーション)[\s|｜/・:：]*(?:提供|協賛|Sponsored by|Presented by)(?:\s*[:：]|\s)/i;

/**
 * The credit of a sponsor's piece, in or just past its text: the paper's ad division (広告, ビジネス or 営業
 * 局/部/本部) made it (「企画・制作　北山新報社ビジネス局」「制作：東和経済新聞社 広告局」). A report's desk is none.
 * 企画/制作 is a label, set off by a space or a colon: a caption's 「企画営業部の担当者ら」 and a report's
 * 「制作は同社の営業部が担当した。」 name a department, not the page's maker.
 */
export const AD_DIVISION_CREDIT =
  /^(?:企画|制作)(?:[・/]?(?:制作|企画))?(?:\s*[:：]|\s)\s*[^。]{0,30}?(?:広告|ビジネス|営業)本?[局部]/;

/**
 * The paper's note that a sponsor brings the piece: 「この記事は、いずも木の家工房の提供でお届けしています。」
 * 「本企画は○○の協賛でお送りします」, or its note that the piece is an ad (「※この記事は広告です」「本記事は
 * ○○の提供によるPR記事です」, as a stealth-marketing rule asks). Worded as a sponsor's: a syndicated story's 「この記事は○○新聞社が提供
 * しています」 and a photo's 「写真提供：」 are news.
 */
export const SPONSOR_NOTE =
  /^※?(?:この|本)(?:記事|ページ|特集|企画|コンテンツ)は(?:[^。]{1,60}?(?:提供|協賛|協力)でお(?:届け|送り)|[^。]{0,40}?(?:広告|PR)(?:記事)?です)/;

/**
 * What a section of notices prints: one day's or one month's entries under the section's name, no report.
 * obituaries (おくやみ), personnel changes (人事), readers' letters (読者の声), corrections (訂正・おわび), the
 * texts a town's disaster radio broadcast (放送内容), a police list of incidents (不審者情報), a service's status
 * (運行情報), a bulletin (地震情報), an exam's answers (解答と講評), a lottery's numbers (当選番号), a meeting's
 * minutes (会議録), a schedule.
 */
export type NoticeKind =
  | 'obituaries'
  | 'personnel'
  | 'letters'
  | 'corrections'
  | 'broadcasts'
  | 'incidents'
  | 'status'
  | 'answers'
  | 'results'
  | 'minutes'
  | 'schedule';

/**
 * Section names of notices, as a headline names the section's edition (「人事（6月12日付）」「おくやみ（10月
 * 24日掲載分）」「防災行政無線の放送内容（令和7年6月）」「国語の解答と講評」). Matched at the end of the
 * headline's name: a story's headline tells what happened (「元市長の山田さん死去」「新社長に佐藤氏」).
 */
export const NOTICE_SECTION_NAMES: ReadonlyMap<string, NoticeKind> = new Map<string, NoticeKind>([
  ['おくやみ', 'obituaries'],
  ['お悔やみ', 'obituaries'],
  ['訃報', 'obituaries'],
  ['死亡広告', 'obituaries'],
  ['人事', 'personnel'],
  ['人事異動', 'personnel'],
  ['異動', 'personnel'],
  ['叙勲', 'personnel'],
  ['褒章', 'personnel'],
  ['声', 'letters'],
  ['投稿', 'letters'],
  ['投書', 'letters'],
  ['投稿欄', 'letters'],
  ['訂正', 'corrections'],
  ['おわび', 'corrections'],
  ['お詫び', 'corrections'],
  ['放送内容', 'broadcasts'],
  ['放送文', 'broadcasts'],
  ['防災無線', 'broadcasts'],
  ['防災行政無線', 'broadcasts'],
  ['不審者情報', 'incidents'],
  ['声かけ事案', 'incidents'],
  ['発生状況', 'incidents'],
  ['発生情報', 'incidents'],
  ['配信履歴', 'broadcasts'],
  ['放送履歴', 'broadcasts'],
  ['運行情報', 'status'],
  ['遅延情報', 'status'],
  ['発表状況', 'status'],
  ['週間天気', 'status'],
  ['運行状況', 'status'],
  ['運休情報', 'status'],
  ['交通情報', 'status'],
  ['道路情報', 'status'],
  ['地震情報', 'status'],
  ['気象情報', 'status'],
  ['天気予報', 'status'],
  ['注意報', 'status'],
  ['解答', 'answers'],
  ['正答', 'answers'],
  ['講評', 'answers'],
  ['解答速報', 'answers'],
  ['会議録', 'minutes'],
  ['議事録', 'minutes'],
  ['会見録', 'minutes'],
  ['当選番号', 'results'],
  ['首相動静', 'schedule'],
  ['番組表', 'schedule'],
  ['行事予定', 'schedule'],
  ['催し', 'schedule'],
]);

/**
 * A correction's headline (「お詫びと訂正」「訂正とおわび」「【訂正】…」「本紙記事の訂正について」) and the report its first sentence says it
 * corrects (「6日付朝刊の…の記事で」「12日放送の…で」): the outlet's record set right, news to read critically.
 * A shop's 「チラシ掲載内容のお詫びと訂正」 corrects no report.
 */
export const CORRECTION_HEADLINE = /訂正/;
export const CORRECTED_REPORT = /記事|朝刊|夕刊|紙面|本紙|放送|番組|報道/;

/** The party asking at a press conference, as a transcript labels its turns: 「【記者】」「記者：」「（幹事社）」. */
export const ASKING_ROLES: readonly string[] = ['記者', '幹事社', '質問者', '司会'];

/**
 * The office answering at a press conference or a hearing, as a transcript labels its turns: 「【知事】」
 * 「（大臣）」, besides any title ending in 長 (市長, 委員長, 社長: transcript.ts). A title alone, no name: a
 * story names its speakers inside its sentences.
 */
export const ANSWERING_ROLES: readonly string[] = [
  '知事',
  '副知事',
  '大臣',
  '副大臣',
  '長官',
  '総理',
  '首相',
  '総裁',
  '代表',
  '回答者',
];
