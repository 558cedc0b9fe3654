/**
 * The day a town office's news item dates its event by, when the page prints only its upkeep stamp:
 * 「6月2日（日曜日）、河川敷で一斉清掃が行われ…」 under 「更新日　2019年6月3日」 → "2019-06-02".
 */

// 「6月2日（日曜日）、」「6月2日、」「6月2日に」「9月1日の「防災の日」に合わせ」 opening the first paragraph,
// or after a short subject or place, as news puts it (「北山町は6月2日、」「町内の全校で6月2日から」).
const OPENING_DAY =
  /^[\s\u3000]*(?:[^。！？「」\d]{1,20}?[はで][\s\u3000]*)?(\d{1,2})月(\d{1,2})日\s*(?:[(（][月火水木金土日](?:曜日?)?[)）])?\s*(?:[、にの]|から)/;
/** The page is updated at most this many days after the event it tells of: a report, not a standing page. */
const MAX_DAYS_AFTER = 7;
const DAY_MS = 86_400_000;

/**
 * The event's date when the first paragraph opens with its month and day and the upkeep stamp falls on it
 * or within a week after (the year taken from the stamp, or the one before it across New Year); else null.
 */
export function eventDateline(firstParagraph: string, updated: string | null): string | null {
  const m = OPENING_DAY.exec(firstParagraph.normalize('NFKC'));
  if (!m || !updated) return null;
  const stamp = Date.parse(updated);
  const year = Number(updated.slice(0, 4));
  for (const y of [year, year - 1]) {
    const iso = `${y}-${(m[1] as string).padStart(2, '0')}-${(m[2] as string).padStart(2, '0')}`;
    const days = (stamp - Date.parse(iso)) / DAY_MS;
    if (days >= 0 && days <= MAX_DAYS_AFTER) return iso;
  }
  return null;
}
