/**
 * How a name may begin with a word IPADIC files as adverbial (副詞可能) or as a numeral: 千里ビルサービス,
 * 万代ホールディングス (千里, 万代 副詞可能), 三ツ星リサーチ, 九十九商会 (三, 九十九 数).
 */

/**
 * Characters of an adverbial noun that tells a time, a part or an amount rather than opening a name:
 * 最近ビルの空室率, 当時センターは, 一部企業は, 全体会議 — never 最近ビル or 当時センター as a name.
 */
export const TIME_OR_PART_CHARS =
  // when: 今回, 昨年, 深夜, 正午, 早朝, 未明, 夏場, 普段, 随時
  '今昨来先翌前後毎当最現以将時日月年週期間度回頃中末初近従常際夜夕朝午晩昼明未早春夏秋冬段' +
  // how much or which part: 一部, 全体, 大半, 多数, 上下, 一斉, 一切, 直接, 結局
  '部体半数多少全上下内外斉切直結';
