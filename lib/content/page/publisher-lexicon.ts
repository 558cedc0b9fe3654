/**
 * Who publishes a page: how a news medium's name reads, and how an institution's does. Data only; the rule
 * lives in self-published.ts.
 */

/**
 * A news medium's name (「北浜新聞デジタル」「みなとテレビ」「共和通信」「TechWave News」): it reports on
 * others, so a school or a company its story names as the subject is no publisher speaking for itself.
 */
export const MEDIUM_NAME: RegExp =
  /新聞|新報|日報|ニュース|news|放送|テレビ|通信|タイム[ズス]|times|ジャーナル|オンライン|online|デジタル|スポーツ/i;

/**
 * A site named as a person's own, a diary or a blog (「城山でのんびり暮らす日記」「みどりのブログ」「いなか暮らし、
 * ときどき家計簿」「yuki's diary」), unless a medium's name is in it too (「北浜新聞 記者ブログ」).
 */
export const PERSONAL_SITE: RegExp = /日記|ブログ|blog|diary|暮らし|雑記|備忘録/i;

/**
 * A site named as an institution, not a medium: whatever it puts out is about itself — a company's
 * (「株式会社なごみ食品」「北浜電鉄(株)」), a city's or prefecture's (「みなみ野市」), a school's, a
 * university's, a hospital's, a museum's, a ministry's, agency's or bureau's (「環境資源省」「北浜市水道局」,
 * an office's 「…事務所」「…研究所」, a town hall's 役場, a co-op's 組合), a police force's
 * (「北山県警察」), a party's (「未来生活党」), a legal body's (「NPO法人…」「国立研究開発法人…機構」), or
 * a release, an お知らせ, a club's match report; or a company's support site (「かけいぼプラス ヘルプセンター」
 * 「…サポートサイト」「よくあるご質問」), whose pages document its own product — not 「…サポート」「…サポートセンター」,
 * which end headlines a <title> may put last (「北浜新聞 - 市に子育てサポートセンター」). A paper's story about any of them is on the paper's site. A school's or a force's word
 * ends the name (「北浜高校」「北浜県警」): 「高校野球ドットコム」 is a site about school sports.
 */
export const INSTITUTION_NAME: RegExp =
  /会社|\(株\)|(?:[市町村区県都府省庁局所党園館]|学校|高校|中学|大学|県警|ヘルプ(?:センター)?|サポートサイト|よくある(?:ご)?質問|FAQ)$|[病医]院|クリニック|警察|機構|法人|組合|役場/;

/**
 * A site's section of its own announcements, in the <title> between headline and site: a release, whoever
 * hosts it — the company (「…｜ニュースリリース｜ミナト精工」, a ministry's 「報道発表資料」), or a release
 * wire (「…｜株式会社しおさい製菓のプレスリリース｜PRひろば」). The whole part, not a headline's words
 * split off at a colon (「北浜電機：新型電池を記者発表｜北浜新聞」), nor a tech site's 「アプリのリリース情報」.
 */
export const RELEASE_SECTION: RegExp = /(?:プレス|ニュース)リリース$|^(?:報道|記者)発表(?:資料)?$/;

/**
 * A JSON-LD publisher's @type that is an institution, not a medium (a NewsArticle a university or a club
 * publishes names it so): GovernmentOrganization, NGO, PoliticalParty, CollegeOrUniversity, a school,
 * Hospital, SportsTeam, ResearchOrganization, Museum, Library. Not Corporation or Organization: media are
 * companies too. Only the publisher's: a paper's match report types its SportsTeams as what it is about.
 */
export const INSTITUTION_TYPE: RegExp =
  /Government|NGO|Party|College|School|Educational|Hospital|Sports|Research|Museum|Library/;

/**
 * A host only governments, schools and universities get: a city's city.….lg.jp, a ministry's ….go.jp, ….ac.jp;
 * or a company's support site by its first label (help.kakeibo.example, support.minato-pay.example).
 */
export const INSTITUTION_HOST: RegExp = /\.(?:lg|go|ac|ed)\.jp$|^(?:help|support|faq)\./;

/** Folders of a support site's pages: 「/hc/ja/articles/3600…」「/support/faq/…」「/help/…」. */
export const SUPPORT_FOLDERS: ReadonlySet<string> = new Set(['hc', 'help', 'support', 'faq']);

/**
 * A site calling itself official (「みなとスクエア 公式サイト」「…オフィシャルサイト」): an institution's only when
 * its pages are unsigned — a magazine's site may call itself so too (「Forbes JAPAN 公式サイト」), and signs its
 * articles.
 */
export const OFFICIAL_NAME: RegExp = /公式|オフィシャル/;
