/**
 * What may stand before an age in brackets: 田中太郎さん（50）, 男子児童（7）, 主婦（65）. A person's
 * name or title is read from the tokens (core/figures/special.ts); these tables cover the plain nouns.
 */

/**
 * The last kanji of a common noun that names a person by role, kin or trade: 児童, 学生, 主婦,
 * 会社員, 容疑者, 運転手, 医師, 弁護士, 作家, 店長, 専務, 無職, 俳優, 母親, 長男, 乗客. A word-formation
 * class, so a role no list met (男子生徒, 看護師, 警察官) is read alike.
 */
export const PERSON_NOUN_FINALS: ReadonlySet<string> = new Set([
  ...['者', '員', '手', '家', '師', '士', '官', '人', '客', '優'],
  ...['生', '徒', '童', '児', '子', '婦', '女', '男', '夫', '妻', '親', '母', '父'],
  ...['兄', '姉', '弟', '妹', '娘', '長', '主', '督', '務', '職'],
]);

/**
 * Last characters of a title after a katakana name that hold an age: ストランドベリ党首（52）, リンド首相
 * （58）, ハンセン外相, ロペス大統領, 氏 — besides those of a person noun.
 */
export const TITLE_FINALS: ReadonlySet<string> = new Set([...PERSON_NOUN_FINALS, '首', '相', '領', '氏']);

/**
 * Titles after a katakana name whose last character also ends things (工事, 行事, 発表, 一覧表): only the
 * whole title holds an age — ゴメス知事（55）, ハリス代表（41）, but クレーン工事（20） is none.
 */
export const TITLE_WORDS: readonly string[] = ['代表', '知事', '理事', '領事', '判事', '検事', '幹事'];

/**
 * Words before an age read with no particle after it (逮捕されたのは無職の男（61）だ): names' honorifics,
 * the people crime and sports news name most, and roles whose last kanji names no person (教諭, 巡査).
 */
export const AGE_HOLDER_WORDS: readonly string[] = [
  ...['容疑者', '被告', '受刑者', '選手', '監督', '会社員', '無職', '社長', '氏', 'さん', 'ちゃん', 'くん', '君'],
  ...['男', '女', '男性', '女性', '少年', '少女', '夫', '妻', '長男', '長女', '次男', '次女', '父親', '母親'],
  ...['運転手', '教諭', '医師', '巡査', '弁護士', '議員', '作家', '俳優', '歌手', 'アルバイト', 'パート', '自営業'],
];

/**
 * What follows the closing bracket of an age told after a plain noun: 主婦（65）は, 児童（7）が,
 * 男性（34）＝, and the home of: 女性（80）宅, 男性（70）方.
 */
export const AFTER_AGE = /^[はがにをのとらやもで、，,＝=宅方]/;
