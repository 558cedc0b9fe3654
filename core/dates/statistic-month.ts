import { STATISTIC_ENDINGS } from '../lexicon/relative-dates';
import { alternation } from '../lexicon/word-table';

// の, then the statistic's name in kanji or katakana (利用者数, 有効求人倍率), then は / が / も.
const STATISTIC_AFTER = new RegExp(
  `^の[\\p{Script=Han}\\p{Script=Katakana}ー]{0,10}${alternation(STATISTIC_ENDINGS)}(?:は|が|も)`,
  'u',
);

/**
 * Whether the date ending at `end` names the month of a statistic that its clause tells of: 「10月の
 * 利用者数は前年同月より5%増えた」. A past verb after such a date is its tense, though の stands between
 * them, while 「10月の値上げが決まった」「10月の運賃改定を発表した」 (an event decided or announced)
 * leave the verb's past to the deciding.
 */
export function statisticMonth(text: string, end: number): boolean {
  return STATISTIC_AFTER.test(text.slice(end, end + 16));
}
