/**
 * Who publishes a page: how a news medium's name reads, and how an institution speaks of itself. Data
 * only; the rule lives in self-published.ts.
 */

/**
 * A news medium's name (「北浜新聞デジタル」「みなとテレビ」「共和通信」「TechWave News」): it reports on
 * others, so a school or a company its story names as the subject is no publisher speaking for itself.
 */
export const MEDIUM_NAME: RegExp =
  /新聞|新報|日報|ニュース|news|放送|テレビ|通信|タイム[ズス]|times|ジャーナル|オンライン|online|デジタル|スポーツ/i;

/**
 * How an institution speaks of itself, by how its name ends: a company's 当社 and its humble 発売いたします
 * or 広げてまいります, a school's 本校 (a kindergarten's 当園), a university's 本学 and 本研究, a hospital's
 * 当院, a museum's 当館, a city's 本市, or its office's 「市では、」 opening a sentence (「市では、7月から…
 * 始めます。」: the office acting, as 広報 writes; a report writes 「市は…と発表した」). Read with quotes
 * emptied: a paper quoting 「本校では…」 keeps it.
 */
export const SELF_REFERENCES: readonly (readonly [name: RegExp, self: RegExp])[] = [
  [/会社|\(株\)/, /当社|弊社|いたしま|てまいりま/],
  [/[市町村区県都府]$/, /[本当][市村区県]|当町|^[市町村区県都府]では/],
  [/(?:学校|高校|中学|園)$/, /[本当][校園]/],
  [/大学$/, /本学|本研究/],
  [/(?:[病医]院|クリニック)$/, /[本当]院/],
  [/館$/, /[本当]館/],
];
