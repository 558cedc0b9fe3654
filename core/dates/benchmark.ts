import { BENCHMARK_AFTER, COMPARING_STEMS, PASSING_STEMS } from '../lexicon/relative-dates';

/**
 * A year written as the base of a comparison is no year of the story: 前年度 / 前の年 after it still
 * counts from the story's year (2024年度 → 前の年度 is 2023年度, not 2018年度). Besides the fixed endings
 * (18年度の水準, 2008年以来, 1899年以降で最も), the grammar of a base:
 * - より before a comparing predicate: 「2019年度より2割余り少なくなった」
 * - を before 上回る / 下回る: 「2019年を約50万人上回った」
 * - の (after a bracketed figure) before a share or a multiple: 「コロナ禍前の１９年度（約１０４万人）の８割強」
 * - の before a figure and と比べ: 「2019年度のおよそ341万人と比べると」
 * - の before a figure that is passed (を…上回った) or left (から…増えた): 「2019年の61万人を3割上回り」,
 *   「2014年の3カ国から大きく増えた」 (figureBase)
 * The topic of the story stays one: 「2024年度は前年度より増えた」 has は after the year.
 */
export function benchmarkYear(text: string, end: number): boolean {
  if (BENCHMARK_AFTER.some((w) => text.startsWith(w, end))) return true;
  if (!YEAR_END.test(text.slice(Math.max(0, end - 2), end))) return false;
  const after = text.slice(end, end + 40);
  return COMPARED_BY.some((r) => r.test(after)) || FIGURE_BASE.some((r) => r.test(after));
}

// 2019年, 19年度: only a year is read as a base here (5月より may be "from May": 5月より販売する).
const YEAR_END = /年度?$/;

// The gap before the comparing word stays in the base's own phrase: no comma, stop or topic (は, が, も).
const COMPARED_BY: readonly RegExp[] = [
  new RegExp(`^より[^、。はがも]{0,16}?(?:${COMPARING_STEMS.join('|')})`),
  new RegExp(`^を[^、。はがも]{0,16}?(?:${PASSING_STEMS.join('|')})`),
  /^(?:（[^）]{0,24}）)?の(?:約|およそ|ほぼ)?[0-9０-９一二三四五六七八九十・.．]+(?:割|倍)/,
  /^の[^、。はがもを]{0,16}?[0-9０-９][^、。はがもを]{0,8}?(?:と|に)比べ/,
];

// 2019年の61万人を, 2014年の3カ国から: the year's figure (a number and its counter, no month or day: 2024年の
// 10月から増えた is a month of the story) is what the predicate passes or grows from.
const FIGURE =
  '(?:約|およそ|ほぼ)?[0-9０-９][0-9０-９,，.．・万億千百]*(?![0-9０-９,，.．・万億千百]|[月日年時])[^、。はがもを]{1,6}?';
const FIGURE_BASE: readonly RegExp[] = [
  new RegExp(`^の${FIGURE}を[^、。はがも]{0,16}?(?:${PASSING_STEMS.join('|')})`),
  new RegExp(`^の${FIGURE}から[^、。はがも]{0,16}?(?:${COMPARING_STEMS.join('|')})`),
];
