import { type Block, sentenceCount, textOf } from './blocks';
import type { NotNewsKind } from './page-kinds-lexicon';
import { EVENT_PRICES, SHEETS, type SheetLabels } from './sheet-labels';

/**
 * Pages made of particulars rather than told: a sheet of an offer (a shop's hours, an event's price, a
 * job's pay, in <th>/<dt> label cells) and a recipe's ingredients with their measures. Read from the page
 * and the article's lines; the verdict weighs them against the prose (verdict.ts).
 */

/** Label cells looked at, at most: the check must not scale with the page. */
const MAX_LABELS = 500;
// 「■営業時間：」 → 「営業時間」.
const LABEL_DECORATION = /[\s\u3000■□●○◆◇▼▽・:：【】［］[\]]/g;
/** A sheet: this many labels of its kind, one of them defining it. */
const SHEET_LABELS = 3;

/** A sheet of particulars on the page: what it describes and how many of that kind's labels it gives. */
export interface Sheet {
  kind: NotNewsKind;
  labels: number;
  dated: SheetLabels['dated'];
}

/**
 * The page's sheet of particulars, if it has one: three labels of one kind in <th>/<dt> cells, one of them
 * the kind's own (「営業時間」 for a shop, 「料金」 for an event, 「給与」 for a job). The kind with most labels wins.
 */
export function sheetOf(doc: Document): Sheet | null {
  const seen = new Set<string>();
  for (const cell of Array.from(doc.querySelectorAll('th, dt')).slice(0, MAX_LABELS)) {
    seen.add((cell.textContent ?? '').slice(0, 20).replace(LABEL_DECORATION, ''));
  }
  let best: Sheet | null = null;
  for (const sheet of SHEETS) {
    const labels = [...seen].filter((l) => sheet.labels.has(l));
    if (labels.length < SHEET_LABELS || !labels.some((l) => sheet.defining.has(l))) continue;
    if (!best || labels.length > best.labels) best = { kind: sheet.kind, labels: labels.length, dated: sheet.dated };
  }
  return best;
}

/** Sheets of an offer one after another: this many price labels make a page of several offers. */
const OFFER_SHEETS = 3;
const LABEL_END = /[:：\s】］\]]/;

/**
 * True when the lines give an event's price label three times, each on a line of its own or opening one
 * (「料金」「■参加費：500円」): the sheets of several events one after another, a listing of them however it
 * is typed. Its sign-up labels are not counted: one concert's box gives 料金, チケット and 申込方法 together.
 */
export function listsOffers(lines: readonly Block[]): boolean {
  let n = 0;
  for (const b of lines) {
    const label =
      textOf(b)
        .trim()
        .replace(/^[■□●○◆◇▼▽・【［[]+/, '')
        .split(LABEL_END)[0] ?? '';
    if (EVENT_PRICES.has(label.replace(LABEL_DECORATION, '')) && ++n >= OFFER_SHEETS) return true;
  }
  return false;
}

// An ingredient's measure: 大さじ1と1/2, 小さじ2, 1カップ, 少々, 適量, 200g, 50ml.
const MEASURE =
  /(?:大さじ|小さじ|カップ)\s*[\d½¼¾/.と]+|[\d.]+\s*(?:カップ|g|kg|ml|mL|cc|グラム)(?![a-zA-Z])|少々|適量|ひとつまみ|お好みで/;
/** An ingredient's line is short and no sentence. */
const MAX_INGREDIENT = 40;
/** A recipe lists this many ingredients with their measures, at least. */
const INGREDIENTS = 4;

/** True when the lines list ingredients with their measures (「しょうゆ　大さじ1」「豚こま切れ肉　200g」): a recipe. */
export function listsIngredients(lines: readonly Block[]): boolean {
  let n = 0;
  for (const b of lines) {
    if (b.chars > MAX_INGREDIENT) continue;
    const text = textOf(b).normalize('NFKC');
    if (!sentenceCount(text) && MEASURE.test(text) && ++n >= INGREDIENTS) return true;
  }
  return false;
}
