/**
 * Lines of a page that are not its story: subscription promos and standing notices, the headings of
 * furniture sections, ad labels and paywall cuts, price labels, credit lines and news agencies' credits.
 * Data only; the rules live in furniture-lines.ts.
 */

/**
 * Subscription promos: phrases that speak to the reader about this site's access or price. A line with two
 * of them (「この記事は有料会員記事です。残り1826文字」, 「今なら初月無料、月額980円」) is a promo, not news.
 */
export const PROMO_PHRASES: readonly RegExp[] = [
  /有料会員/,
  /会員限定/,
  /会員登録/,
  /無料会員/,
  /有料記事/,
  /続き(?:を|は)(?:お)?読/,
  /会員になると/,
  /登録すると/,
  /ログイン(?:する|して|すると|してください)/,
  /購読(?:する|して|のお申し込み|者限定)/,
  /全文を読む/,
  /残り\d[\d,]*(?:文字|字)/,
  /今なら/,
  /初月無料/,
  /\d+(?:カ|ヵ|ヶ|か|ケ)?月(?:間)?無料/,
  /無料(?:体験|期間|トライアル)/,
  /月額\d/,
  /年額\d/,
  /詳しくはこちら/,
  /はこちら(?:から|へ|まで)/,
  /ご購読/,
  // An ad's own label at the head of its line: 「【広告】松江の結婚式場なら…」「[PR] …」.
  /^[\s\u3000]*[【［[(（]\s*(?:広告|PR|AD)\s*[】］\])）]/,
  /お申し?込み/,
  // A reader-funded site's appeal: 「…は読者の皆さまの支援で運営されています。サポーター会員にご参加ください。」
  /(?:支援|会費|寄付)で運営|に支えられて/,
  /(?:会員|メンバー)にご(?:参加|登録)/,
  // The shop's politeness to its customer, never a reporter's: 「ご利用いただけます」「お読みいただけます」.
  /[ごお][^\s、。]{1,6}いただけ(?:ます|る)/,
  // A notice of rights under a syndicated story: 「無断転載を禁止します。著作権は…に帰属します。」
  /無断(?:転載|複製|転用)/,
  /著作権は/,
  /配信された記事です/,
  // 「Copyright © ITmedia, Inc. All Rights Reserved.」
  /copyright|[©]|\(c\)\s*\d{4}/i,
  /all rights reserved/i,
];

/**
 * What a page says to its readers under every story, never a report: a call for viewers' pictures
 * (「FBCでは、大雪の状況の写真や動画を募集しています。」 — the pictures themselves are asked for, not
 * 「写真コンテストの作品を募集」) and a standing reminder to check the latest (「最新の情報をご確認ください」).
 */
export const STANDING_NOTICES: readonly RegExp[] = [
  /(?:写真|動画|映像|疑問|質問)(?:[・や、と](?:写真|動画|映像))?を募集しています/,
  // A call for readers' tips or questions: 「情報をお寄せください」「みなさんの質問、お寄せください」.
  /(?:情報(?:提供)?|疑問|質問)[をは、]?お(?:寄せ|待ち|送り)ください/,
  /最新(?:の)?情報を(?:ご)?確認(?:ください|の上)/,
  // A box offering the outlet's articles for reuse: 「記事利用サービスについて」「転載・複製をご希望の方は…」; a rights
  // notice under the story: 「本紙の記事・写真の無断転載を禁じます。」.
  /記事(?:の)?(?:利用|使用)(?:サービス|について)/,
  /転載・複製|無断転載を禁/,
  // A live story's or a flash's note to its readers: 「※この記事は随時更新します。」「この記事は随時更新しています」,
  // 「※速報です。詳しいことが分かり次第、更新します。」
  /この(?:記事|ページ)は(?:随時|適宜)更新|次第、?更新します/,
  // The player's or the viewer's requirement, not the story's: 「動画を再生するには、JavaScriptを有効にしてください。」,
  // 「PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。」
  /javascript\s*(?:を|が)(?:有効|オン)/i,
  // A player's link on a line of its own: 「動画ページを開く」「映像を見る」.
  /^[\s\u3000▶►]*(?:動画|映像)(?:ページ)?(?:を|で)(?:開く|見る|再生する?)[\s\u3000]*$/,
  /adobe\s*(?:acrobat\s*)?reader/i,
  // A player's caution under its video: 「動画の再生には通信料がかかります。一部のブラウザでは再生できない場合があります。」
  /通信料(?:が|は)(?:かかり|発生し)/,
  /ブラウザ(?:で|では)(?:再生|視聴|ご覧)(?:でき|いただけ)(?:ない|ません)/,
  // A broadcaster's note of the programme that aired the story, or will: 「この記事は、10月22日放送の「よんチャンTV」で
  // 紹介しました。」「このニュースは、ケーブル12ch「みなとワイド」で5日から放送します。」, or the station named
  // (「このニュースは、北山テレビ「夕方ワイド」で3日午後6時15分から放送します。」).
  /^この(?:記事|ニュース|内容)は[^。]{0,40}(?:放送|番組|[cｃ][hｈ]|チャンネル|テレビ|ラジオ)[^。]{0,40}(?:紹介|放送|お伝え)(?:し(?:ました|たものです)|します)。?$/,
  // A disclaimer under signed opinion: 「内容は筆者個人の見解であり、…の見解を示すものではありません。」,
  // 「ご意見・ご感想はこちらへ。」
  /(?:筆者|執筆者)(?:個人)?の見解/,
  /見解を示すものではありません/,
  /ご意見・ご感想は/,
  // A review's affiliate disclosure: 「※本記事はアフィリエイトプログラムによる収益を得ている場合があります」.
  /アフィリエイト[^。]{0,12}(?:収益|報酬|利用して)/,
];

/**
 * Report markers: a line that reports (「…という」「…と発表した」), or tells in the plain past what happened
 * (「月額プランの利用者は2倍に増えた。」, never a shop's 「ました。」), is news about a price, not a promo.
 */
export const REPORT_MARKERS: RegExp =
  /という|と発表|によると|と話し|と述べ|と説明|とした|としている|方針|(?<!まし)た。/;

/**
 * Headings of what follows an article and is not it: related stories, rankings, the writer's profile.
 * 「関連ニュース」「この記事を書いた人」; SECTION_SUFFIXES catch 「『家計のミカタ』の記事一覧」, and so 「人気の記事」「次の記事」
 * 「アクセスランキング」, which need no entry here.
 */
export const SECTION_HEADINGS: ReadonlySet<string> = new Set([
  '関連記事',
  '関連ニュース',
  '関連リンク',
  'あわせて読みたい',
  '合わせて読みたい',
  'あわせて読む',
  'おすすめ記事',
  'おすすめ',
  'こちらもおすすめ',
  'おすすめニュース',
  '人気記事',
  'よく読まれている記事',
  '注目記事',
  '注目のニュース',
  '新着記事',
  '最新記事',
  '最新ニュース',
  '記事一覧',
  // Comments under a story, an expert's or a reader's: not the report.
  'コメントプラス',
  'みんなのコメント',
  'コメント一覧',
  '専門家のコメント',
  'エキスパートのコメント',
  '読者のコメント',
  // A city office's links under its news item: 関連情報, its PDFs.
  '関連情報',
  '関連ファイル',
  '添付ファイル',
  '添付資料',
  // A research release's bibliographic box and its contact box, under the finding it reports (a university's,
  // an institute's news): 「論文情報」 over 「掲載誌：…」「著者：…」「DOI：…」; 「お問い合わせ」 over a phone number.
  '論文情報',
  '発表論文',
  '掲載論文',
  '論文詳細',
  '書誌情報',
  'この記事を書いた人',
  'この記事の筆者',
  'この記事の著者',
  'この記事の執筆者',
  '筆者紹介',
  '著者紹介',
  '筆者プロフィール',
  '著者プロフィール',
  '執筆者プロフィール',
  '執筆者紹介',
  '記者紹介',
  'ライター紹介',
  'ライタープロフィール',
  'プロフィール',
  'スポンサーリンク',
  'PR',
  '広告',
  'コメント',
  'シェアする',
  'この記事をシェア',
  // A share bar's label (WordPress's 「共有:」) and a broadcaster's call for viewers' tips under a story.
  '共有',
  'この記事を共有',
  '情報をお寄せください',
  '情報提供',
]);
export const SECTION_SUFFIXES: readonly string[] = [
  'の記事一覧',
  // 特集「賃上げの現場」の記事, 連載「街の記憶」の記事: the series' other parts.
  'の記事',
  // この記事へのご意見: the feedback form under a story.
  'へのご意見',
  'の最新記事',
  'におすすめ',
  'の関連記事',
  'ランキング',
  // A contact box under an office's or a lab's news: 「お問い合わせ」「本件に関するお問い合わせ」「問い合わせ先」 (a polite
  // お: a story's subhead says 「相次ぐ問い合わせ」).
  'お問い合わせ',
  '問い合わせ先',
  // ファクトチェックの判定基準: the ratings a fact check's desk explains under each of its checks.
  '判定基準',
  // 今週のその他のニュース: the week's other stories under an old site's story.
  'その他のニュース',
  'ほかのニュース',
  // A review's spec box after the story (「MS-W9の主な仕様」 over 「重量：約4.6g」…): the maker's sheet, no report.
  '主な仕様',
  '主なスペック',
  '製品仕様',
  'スペック表',
];

/**
 * Labels of an ad slot (「広告」「PR」): the page fills the slot in later, so nothing of the ad follows the label
 * in the page's text, and the story goes on after it (an in-read ad between two halves of a body).
 */
export const AD_LABELS: ReadonlySet<string> = new Set(['広告', 'PR', 'AD', 'スポンサーリンク', 'Sponsored']);

/** What a paywall says where it cuts the story: 「この記事は有料記事です。残り1162文字」, 「有料会員になると続きをお読みいただけます」. */
export const PAYWALL_CUT: readonly RegExp[] = [
  /残り\d[\d,]*(?:文字|字)/,
  /(?:有料|会員|購読|登録)[^。]{0,16}続き(?:を|は)(?:お)?読/,
];

/**
 * What a page tool's button says, no choice of a poll's (furniture-lines.ts): share, copy, like, follow, save,
 * print; a carousel's or a player's controls (「前へ」「次へ」「再生」「拡大」) around a story's captioned photos.
 */
export const TOOL_BUTTON: RegExp =
  /シェア|共有|コピー|いいね|ポスト|メール|スクラップ|フォロー|保存|印刷|ブックマーク|前へ|次へ|前の|次の|戻る|進む|再生|停止|一時停止|拡大|閉じる|^[\s<>‹›«»＜＞◀▶◁▷←→]*$/;

/** Labels heading a release's price line (「価格：」「参加費:」), and the words before some of them (「税込価格：」). */
export const PRICE_LABELS: readonly string[] = ['価格', '料金', '定価', '参加費', '会費', '受講料'];
export const PRICE_LABEL_PREFIXES: readonly string[] = ['販売', '税込', '希望小売', '利用'];

/**
 * What a credit line names a person as, before the name (「取材・文 松井健太」「写真＝…」「編集：平野亮」), and the
 * roles that join with 「・」「と」「/」 into one label (「取材・文」「写真と文」).
 */
export const CREDIT_ROLES: readonly string[] = [
  '取材',
  '文',
  '写真',
  '撮影',
  '編集',
  '構成',
  '記者',
  '執筆',
  '聞き手',
  '協力',
  '翻訳',
  '監修',
];
export const JOINED_CREDIT_ROLES: readonly string[] = ['取材', '文', '写真', '撮影', '編集', '構成'];

/**
 * A gallery's label over the story's pictures as thumbnails (「この記事の画像（4枚）」): its photos have no text,
 * and it may stand anywhere in the story, so only the label goes (furniture-lines.ts), never what follows.
 */
export const GALLERY_LABELS: ReadonlySet<string> = new Set([
  'この記事の画像',
  'この記事の写真',
  '画像一覧',
  '写真一覧',
  // A local station's thumbnails under its story: 「フォトギャラリー」 over captions only.
  'フォトギャラリー',
  '写真ギャラリー',
]);

/**
 * How an outlet's name ends (a broadcaster, a paper): its credit closes a story it made on a line of its own
 * (「（北浜テレビ）」「（北日本放送）」「（山陰中央新報）」).
 */
export const OUTLET_NAME_ENDS: readonly string[] = [
  'テレビ',
  '放送',
  '新聞',
  '新報',
  '日報',
  'タイムス',
  'タイムズ',
  'TV',
];

/**
 * How a newsroom's desk is named: a reporter's sign-off gives it before the name
 * (「（北部報道部・南野恵）」「（社会部　森田直樹）」「（西浜支局・北原祐介）」).
 */
export const DESK_NAME_ENDS: readonly string[] = ['部', '支局', '総局', '支社', '通信局', '取材班', 'センター'];

/**
 * News agencies whose credit closes a syndicated story on a line of its own (「（共同通信）」「(時事)」), and those
 * that relay another agency's story (「（AFP=時事）」).
 */
export const NEWS_AGENCIES: readonly string[] = [
  '共同',
  '共同通信',
  '時事',
  '時事通信',
  'ロイター',
  'AFP',
  'AP',
  'ブルームバーグ',
  '新華社',
  '聯合',
  'NNA',
];
export const RELAYING_AGENCIES: readonly string[] = ['共同', '時事', 'ロイター'];
