/**
 * What a page declares itself to be, and what a page that sells shows: schema.org types and og:type values
 * of news and of other kinds (products, shops, listings, events, recipes), price metadata, and the words
 * of cart and shop buttons. Data only; the rules live beside their use (metadata.ts, not-news.ts).
 */

/** schema.org types of a news report (JSON-LD or microdata): a page typed so is news, whatever else it holds. */
export const NEWS_TYPES: ReadonlySet<string> = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
]);

/**
 * What a page is when it is not news: a product for sale, a shop or place, a catalogue entry, a forum thread,
 * an event to attend or a job to apply for (their sheets of particulars), a recipe, questions and their answers,
 * a person's profile (a reporter's page listing her stories).
 */
export type NotNewsKind =
  | 'product'
  | 'shop'
  | 'listing'
  | 'thread'
  | 'event'
  | 'job'
  | 'recipe'
  | 'questions'
  | 'transcript'
  | 'profile';

/**
 * schema.org types whose page is a thing to buy, a place to visit, a catalogue entry or a post in a forum,
 * not a report — when it is the page's main entity (a Product under a NewsArticle's itemReviewed is not). One
 * pattern per kind, matching the whole type name or its ending (ClothingStore, HomeAndConstructionBusiness,
 * MusicEvent): the names share their parts (…Product, …Shop, …Episode), which a pattern writes once. The
 * og:type values of the kinds, lower-cased, are in them too (Open Graph's and Facebook's: product.item,
 * restaurant.menu, place, profile).
 */
export const NOT_NEWS_TYPES: readonly (readonly [RegExp, NotNewsKind])[] = [
  [
    // A review of a thing to buy as the page's own subject (a blog's BlogPosting beside a Review of a Product):
    // a buyer's guide, not a report. A news outlet's review types itself ReviewNewsArticle, or names the outlet
    // as the Review's publisher (metadata.ts).
    /^(?:(?:Individual)?Product(?:Group|Model)?|SomeProducts|(?:Aggregate)?Offer|Vehicle|Car|(?:Software|Mobile)Application|Review|product(?:\.item|\.group)?|books\.book)$/,
    'product',
  ],
  // Shops, restaurants, lodgings: LocalBusiness and its common subtypes (any …Store or …Business).
  [
    /^(?:FoodEstablishment|(?:FastFood)?Restaurant|(?:CafeOrCoffee|IceCream)Shop|BarOrPub|Bakery|[HM]otel|Hostel|BedAndBreakfast|Resort|ShoppingCenter|(?:Hair|Beauty)Salon|DaySpa|HealthClub|Dentist|RealEstateAgent|TravelAgency|Auto(?:Dealer|Repair)|business\.business|restaurant\.(?:restaurant|menu)|place)$|(?:Store|Business)$/,
    'shop',
  ],
  [
    // Catalogue entries, and any …Event. A glossary's entry (a paper's キーワード辞典: a headword, its reading,
    // what it means, DefinedTerm): a word explained, not a report; a paper's explainer on the same word
    // (「線状降水帯とは　予測の仕組み」) is typed an article. A programme's episode or series to listen to or watch
    // (a paper's podcast page, a station's show page): its show notes may read like a news lead, but the page
    // carries the programme, not a report; a news report with a video in it is typed NewsArticle (its
    // VideoObject is no main entity).
    /^(?:RealEstateListing|Recipe|JobPosting|Course|DefinedTerm(?:Set)?|(?:Podcast|TV|Radio)(?:Episode|Series)|PodcastSeason|Episode)$|Event$/,
    'listing',
  ],
  // A person's page (a paper's reporter, a magazine's writer): a name, a title and a bio over links to her
  // stories, which it may type as its parts (hasPart NewsArticle) — no report of its own. A story about a
  // person is a news article about her (about: Person).
  [/^(?:ProfilePage|profile)$/, 'profile'],
  // Forum threads and posts.
  [/^(?:DiscussionForumPosting|SocialMediaPosting|QAPage)$/, 'thread'],
];

/** <meta> names that give a price: the page sells what it shows. */
export const PRICE_META: readonly string[] = ['product:price:amount', 'og:price:amount', 'product:sale_price:amount'];

/**
 * What a button says on a page that sells: 「カートに入れる」「購入する」「注文する」. Matched in buttons and form
 * inputs only (an affiliate link 「Amazonで購入する」 in a gadget review is a link, not a button), except
 * CART_LINK_WORDS, which no news page puts on a link either.
 */
export const CART_BUTTON_WORDS: readonly string[] = [
  'カートに入れる',
  'カートへ入れる',
  'カートに追加',
  'カートへ',
  '買い物かご',
  '買い物カゴ',
  '購入する',
  '購入手続き',
  '今すぐ購入',
  '予約購入',
  '定期購入',
  '注文する',
  'ご注文',
  '予約注文',
];
export const CART_LINK_WORDS: readonly string[] = [
  'カートに入れる',
  'カートに追加',
  '買い物かごに入れる',
  '買い物カゴに入れる',
];

/**
 * A control or link calling the reader to take up an offer on the page that makes it: book, apply, buy, enrol
 * (「空席確認・予約する」「無料説明会に申し込む」「お申し込みはこちら」「今すぐ購入」), or take a coupon or its code
 * (「クーポンを使う」「クーポンコードを表示」「コードをコピー」: a coupon site's page of a chain's deals).
 * SALES_CALL_OUTLET is the outlet's own call on any news page (「購読のお申し込み」「有料会員に申し込む」), which
 * sells the paper, not what the page shows.
 */
export const SALES_CALL: RegExp =
  /(?:申し?込み?|予約|購入|注文|受講|入会|参加)(?:む|する|はこちら)|資料請求|空席確認|クーポン|コードを/;
export const SALES_CALL_OUTLET: RegExp = /購読|会員/;

/**
 * An affiliate button sending the reader to a shop: 「Amazonで見る」「楽天市場で購入」「公式ストアでチェック」.
 * The shop is named: 「動画で見る」「地図で見る」 are a news page's own links. Three make a buyer's guide.
 */
export const SHOP_BUTTON_WORDS: RegExp =
  /(?:amazon|アマゾン|楽天|yahoo|ヤフー|ショッピング|通販|ストア|ショップ|公式サイト)(?:市場)?で(?:見る|購入|買う|探す|チェック)/i;

/**
 * A link to a shop's item or through an affiliate network, whatever its text says (「Amazon」「楽天市場」 alone on
 * a product card): an Amazon item (/dp/, /gp/), Rakuten's affiliate or item host, Yahoo!ショッピング, and the
 * networks' click hosts (A8.net, もしも, ValueCommerce). A link to a shop's company pages is none.
 */
export const AFFILIATE_LINK: RegExp =
  /amazon\.co\.jp\/(?:[^/]+\/)?(?:dp|gp)\/|amzn\.(?:to|asia)\/|[?&]tag=[\w-]+-22\b|(?:afl|item)\.rakuten\.co\.jp|shopping\.yahoo\.co\.jp|a8\.net|moshimo\.com|valuecommerce\.com|accesstrade\.net|afi-b\.com/i;

/**
 * A shop's name as the whole text of a link (「Amazon」「楽天市場」「Yahoo!ショッピング」): on a link marked
 * nofollow or sponsored, as an affiliate's is, a product card's button whatever address it hides behind. A tag
 * list's 「Amazon」 links to the site's own page, unmarked.
 */
export const SHOP_NAME: RegExp = /^(?:amazon|アマゾン|楽天(?:市場)?|(?:yahoo!?|ヤフー)(?:ショッピング)?)$/i;

/**
 * Corners of a paper that carry no news however its template types their pages (NewsArticle, og:type
 * article): serial fiction, fortunes, a glossary of news words, a news quiz, the paper's own notices (社告:
 * an event it runs). A section's name or one of its parts (「社告・イベント」), a label bracketed before the
 * headline (【ニュースのことば】) or the name opening it or <title> (「連載小説「…」（42）」「今日の星座占い
 * 9月16日」「週刊ニュースクイズ（2月第3週）」「詰将棋　第312問」) ends with one. A quiz alone is no
 * corner: 「高校生クイズ」 opens news headlines.
 */
export const NON_NEWS_CORNERS: readonly string[] = [
  '連載小説',
  '占い',
  '運勢',
  'ニュースのことば',
  '用語解説',
  // A glossary by its name: 「キーワード辞典」「時事用語辞典」「経済用語集」. Not 辞典 alone: 「国語辞典 9年ぶり
  // 改訂」 opens a news headline.
  '用語辞典',
  '用語事典',
  'キーワード辞典',
  '用語集',
  'ニュースクイズ',
  '社告',
  // A reader's letter and its answer, an old edition reprinted, a catch table: 「【人生相談】…」「あの日の紙面」.
  // Not 悩み相談: news names the service so (「若者の悩み相談　SNSで24時間受け付けへ」); an advice column
  // under another name is told by its labels (相談/回答, not-news.ts).
  '人生相談',
  'あの日の紙面',
  '釣果情報',
  // A puzzle to solve, its grid, clues and prize entry (「日曜クロスワード　No.45」, a page filed under 「パズル」,
  // 「今週の数独　第88回」, 「詰将棋　第312問」, a children's corner 「まちがい探し」): no report. A story about one
  // tells what happened (「クロスワード大会で中学生が優勝」「数独の全国大会で…初優勝」).
  'パズル',
  'クロスワード',
  '数独',
  'ナンプレ',
  'まちがい探し',
  '間違い探し',
  '詰将棋',
  '詰め将棋',
  '詰碁',
  'なぞなぞ',
];

/**
 * How a company's careers site names itself, ending its name or a part of its <title> after the headline:
 * 「ミナト工業 新卒採用サイト 2027」「採用情報」「RECRUITING」. Its staff interviews recruit; a paper's
 * interview is on the paper's site (「…｜北山新聞」).
 */
export const RECRUITING_SITE: RegExp =
  /(?:(?:採用|リクルート)(?:情報|サイト|ページ)|recruit(?:ing|ment)?|careers?)(?:\s*(?:site|サイト))?(?:\s*\d{4})?$/i;

/** Folders of a careers site's address: 「https://www.minato-bussan.example/recruit/interview/tamura/」. */
export const RECRUITING_FOLDERS: ReadonlySet<string> = new Set(['recruit', 'saiyo', 'careers']);
