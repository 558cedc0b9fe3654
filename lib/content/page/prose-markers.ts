/**
 * What sentences of prose are made of, as the page side reads them to tell a news story from other prose
 * (prose-reading.ts): reporting, the calendar of the news, people and bodies as subjects, instructions to
 * the reader, definitions, and the voice of a diary. Data only, matched on one sentence at a time after
 * NFKC folding, with white space and the words inside 「」 taken out (a quoted 「逃げてください」 instructs no one).
 */

/**
 * A reporter's attribution and hearsay: 「…」と話した, 県によると, 12日、発表した, …ということです, …という。
 * A quote closed and taken up by a verb (「」と笑顔を見せた) reports whatever the verb.
 */
export const REPORTING: readonly RegExp[] = [
  /」と(?:[^、。]{0,3})?(?:話|語|述べ|言|い[いうっ]|笑|振り返|訴え|強調|説明|期待|意気込|喜|答え|明か|胸を張|声を|話し|感想を|顔を|目を細め)/,
  // A quote given to its speaker with no verb, as features write: 「」と、保存会の小池和夫会長。「」と住職。
  /」と、?[^「」。]{0,30}(?:さん|氏|長|者|員|主|職|手|督|授|師|事)。$/,
  /によると|によりますと|によれば|の調べ(?:で|では|に)|の調査(?:で|では)|が調べたところ/,
  /(?:と|を|が|に)(?:発表|公表|明らかに|報告|確認|判明)し/,
  /ことが(?:分か|わか|明らかにな|判明)/,
  /ということ(?:です|だ)|とのこと(?:です|だ)|という。|といいます。|としている。|としています。|とみられ(?:る|ます|ている)/,
  /(?:予定|方針|見通し|計画|考え)(?:だ|です|という)。/,
];

/**
 * The news's calendar written in the text: a day of the month taken up by the sentence (12日、 3日に 7日午後),
 * and the relative days and seasons reporters write (きょう, 先月, 今年, 同日, 下旬).
 */
export const NEWS_TIME: RegExp =
  /(?:^|[^\d])\d{1,2}日(?:[、にのはまでからも]|午前|午後|朝|夜|夕)|きょう|きのう|あす|けさ|今月|先月|来月|今年|昨年|去年|来年|先週|今週|来週|同日|今春|今夏|今秋|今冬|今季|上旬|中旬|下旬|月\d{1,2}日/;

/**
 * A news lead opening on its day, with the time of day (午前, 未明, 夜…) and its hour, before its first comma, after
 * a short subject at most: 「11日午前2時50分ごろ、」「北山署は10日、」「5日夜、」 — a brief's dateline on a page that prints none.
 */
export const LEAD_DAY: RegExp =
  /^(?:[^。「」\d]{1,20}?は)?(?:\d{1,2}月)?\d{1,2}日(?:[午未早朝昼夕夜深][^、。]{0,10})?、/;

/**
 * A news photo's caption dating its shot after ＝ (NFKC-folded to =), then a place or the end: 「…家族連れ＝27日、
 * 北山市西原」「…知事＝12日、県庁」「…の様子=2025年7月27日午前」. A product shot's caption dates nothing.
 */
export const PHOTO_DATELINE: RegExp = /=(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[、,]|午前|午後|夜|朝|$)/;

/** A person's age in brackets after their name: 村瀬典子さん（58）, 女性(79). */
export const AGE: RegExp = /[（(]\d{1,3}[)）]/;

/**
 * A third party as the subject or the teller: a body, a place, a named person (県は, 同組合が, 石原さんは,
 * 消防の人は, 労働局によりますと, 経営者は), or a municipality where it happened (浜松市で). A diary's 妻は and a page's あなたは are not among them.
 */
export const THIRD_PARTY: RegExp =
  /(?:市|町|村|県|都|府|国|省|庁|署|局|会|社|団体|組合|協会|大学|高校|学校|病院|センター|政府|警察|消防|チーム|球団|部|課|人|者|員|長|選手|監督|先生|さん|氏|教授|知事|代表|ら)(?:は|が|では|も|によると|によりますと)|(?:市|町|村|区|県)(?:内)?で、?/;

/**
 * A sentence that ends in a narrated event: past tense (開いた, 並んだ, でした), the progressive, voiced or not
 * (続けている, 取り組んでいます), hearsay (減ったという, …ということです), a plan (予定だ), a quote's close (と話す).
 * A past ending takes in every longer one (…ていた, …ました).
 */
export const NARRATED_END: RegExp =
  /(?:た|んだ|[てで]い(?:る|ます)|という|(?:という|との)ことです|予定だ|見通しだ|方針だ|と話す)[。!！?？]?$/;

/**
 * A sentence addressed to the reader as one who has to do something: 届け出てください, 委任状が必要です,
 * 届け出ることはできません, お持ちの方は, 詳しくは…へ. What a city office's procedure page is made of.
 */
export const INSTRUCTION: readonly RegExp[] = [
  /(?:て|で)(?:ください|下さい)|(?:ご|お)[^、。]{1,8}(?:ください|下さい)/,
  /必要(?:です|があります|となります|になります|な場合があります)/,
  /(?:ことが|は)できません|ことができます|いただけます|いただけません/,
  /(?:の|な)方(?:は|へ|も)|場合(?:は|には)、/,
  /しましょう|お願いします|ご注意|ご確認|お問い合わせ/,
];

/**
 * A dictionary's sentences and headwords: a definition ending (…が続くもの。 …現象のこと。 …をいう。) and the
 * headword line (せんじょう‐こうすいたい〔センジヤウ…〕【線状降水帯】, 線状降水帯 (読み)センジョウ…, 線状降水帯とは).
 */
export const DEFINITION_END: RegExp =
  /(?:もの|のこと|こと|をいう|を言う|をさす|を指す|の総称|の一種|の略|の意|の略称)。$/;
export const HEADWORD: RegExp =
  /〔[\u30a0-\u30ff]+〕|【[^】]{1,30}】$|[(（]読み[)）]|の意味・|」の(?:解説|意味)|^[^、。]{1,30}とは[?？]?$/;

/**
 * The voice of a diary or a personal blog: the writer as I (私は, 僕の, not 私立), their family opening a
 * sentence (妻とスーパーへ), and talk's endings (…よね。 …かな。 …笑).
 * 「…」 quotes are out already, so a resident's 「私は」 in a story does not count.
 */
export const PERSONAL: RegExp =
  /(?:私|わたし|僕|ぼく|俺|オレ)(?:は|が|も|の|に|を|たち|達|自身)|うちの|(?:^|、)(?:妻|夫|嫁|旦那|家内|息子|娘|母|父)(?:と|が|は|に|の)|(?:よね|かな|なあ|かも|ね|よ|わ|笑|w|ｗ)[。!！]?$|[!！]$/;

/** A date written as the page's update stamp, not the story's: 更新日：2024年4月1日, 最終更新 2024/4/1. */
export const UPDATE_LABEL: RegExp = /(?:更新|改訂|改定|修正)(?:日|日時)?\s*[:：]?\s*$/;

/**
 * Labels of a paper's editorial over its heading (「社説」「【主張】」): opinion like a column's, though the
 * paper, not a person, holds it (so they are no OPINION_SECTIONS, which name a column's author).
 */
export const EDITORIAL_LABELS: readonly string[] = ['社説', '主張'];
