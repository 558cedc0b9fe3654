import {
  ABOUT_TIME,
  BARE_SEASON_TAILS,
  type RelativeWord,
  SEASON_EVENT_HEADS,
  SEASON_START_MONTHS,
  SEASONS,
} from '../lexicon/relative-dates';
import { isKanji } from '../text/script';
import type { WordCheck } from './expression';
import type { CalendarSpec, Parsed } from './spec';

/**
 * A season written alone, as this year's: 「夏以降の受注」「秋ごろまでに」「冬にも決める」 → the
 * publication year (as 今夏 is), or last year's when told in the past before it has come (resolve.ts). Only a season that is a word of its own (not 夏休み, 立春, 春闘),
 * opening its clause or after a particle (。、「, 出荷が秋以降に), and followed by a word that places it in time
 * (以降, ごろ, まで, にも). 夏は暑い speaks of any year's; so may 夏の (夏のボーナス, 冬の雪道が心配だ:
 * a season to come, not always this year's), which is left alone — unless what follows の is an event held
 * in the season (夏の参院選, 秋の臨時国会: this year's election and session; see SEASON_EVENT_HEADS).
 */

// 。、「 or a line's start, or a case or topic particle: 出荷が秋以降に伸びた.
const CLAUSE_START = /^(?:[。、「『（(\nがはもをで]|)$/;
// 反映される夏以降, 制度が始まった春以降: a verb qualifying the season, before a tail that places it in time.
const QUALIFIED = /^[るた]$/;
// 例年、春から…, 毎年夏以降は: a season of every year, not this year's.
const EVERY_YEAR = /(?:例年|毎年|年中|いつも)[、，]?$/;
// 春から夏にかけて: a span of seasons (any year's), not the start of what the clause begins.
const SEASON_SPAN = new RegExp(`^から[${SEASONS.join('')}]`);

/** The season's mention at `i` (the season itself, with ごろ/頃 kept), or null. */
export function readBareSeason(text: string, i: number, isWord: WordCheck): Parsed<CalendarSpec> | null {
  const season = text[i] ?? '';
  if (!SEASONS.includes(season) || !isWord(i, i + 1)) return null;
  const end = i + 1;
  const tail = BARE_SEASON_TAILS.find((w) => text.startsWith(w, end));
  const before = text[i - 1] ?? '';
  if (!CLAUSE_START.test(before) && !(tail && QUALIFIED.test(before))) return null;
  if (EVERY_YEAR.test(text.slice(Math.max(0, i - 4), i))) return null;
  // 研修事業を春から始める: から after the object starts what the clause tells (春から夏にかけて is a span)
  const since = !tail && text.startsWith('から', end) && !SEASON_SPAN.test(text.slice(end, end + 3));
  const event = !tail && !since && text[end] === 'の' && namesEvent(text, end + 1, isWord);
  if (!tail && !event && !since) return null;
  const about = tail && ABOUT_TIME.includes(tail) ? tail.length : 0;
  const word: RelativeWord = {
    surface: season,
    unit: 'year',
    offset: 0,
    anchor: 'published',
    seasonStart: SEASON_START_MONTHS.get(season),
    ...(event ? { seasonEvent: true } : {}),
  };
  return {
    spec: { kind: 'calendar', year: { type: 'rel', word }, month: null, day: null, part: null, time: null },
    end: end + about,
  };
}

/**
 * 参院選, 臨時国会, 知事選挙 at `from`: a run of kanji (one noun compound) ending in an event head, the
 * head a word of its own (参院|選, not 当選); the run must end there (夏の選挙区 names a district).
 */
function namesEvent(text: string, from: number, isWord: WordCheck): boolean {
  let end = from;
  while (end < text.length && end - from < 8 && isKanji(text[end] ?? '')) end++;
  if (end === from) return false;
  return SEASON_EVENT_HEADS.some(
    (h) => end - from >= h.length && text.startsWith(h, end - h.length) && isWord(end - h.length, end),
  );
}
