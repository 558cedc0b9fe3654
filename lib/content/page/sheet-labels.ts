import type { NotNewsKind } from './page-kinds-lexicon';

/**
 * Labels of a sheet of particulars (<th>/<dt> cells), by what the sheet describes: a shop (its hours), an
 * event to attend (its price, its sign-up), a job (its pay, its terms). Each kind names the labels only it
 * gives: a news story may carry a box with a date and a place (日時, 会場), but only a sheet of an offer
 * prices it or hires by it. Data only, one table per kind; not-news.ts and particulars.ts read them.
 */
export interface SheetLabels {
  kind: NotNewsKind;
  /** Every label of the kind's sheet: 「住所」「営業時間」. */
  labels: ReadonlySet<string>;
  /** The labels that make it this kind: a shop's hours, an event's price, a job's pay. One must be there. */
  defining: ReadonlySet<string>;
  /**
   * What the sheet says on a dated page: `never` a page of its own (a gourmet story ends with the shop's
   * box), `over-plain-prose` when the prose around it reads as no story, reports nothing and is no longer
   * than it (a regional story ends with its event's box; an organiser's notice is the box and a few lines), `always`
   * (no story hires by a table of pay and terms).
   */
  dated: 'never' | 'over-plain-prose' | 'over-unreported-prose' | 'always';
}

export const SHOP_SHEET: SheetLabels = {
  kind: 'shop',
  labels: new Set([
    '住所',
    '所在地',
    '電話',
    '電話番号',
    'TEL',
    '営業時間',
    '定休日',
    '休業日',
    '店休日',
    '開館時間',
    '休館日',
    'アクセス',
    '交通手段',
    '最寄り駅',
    '駐車場',
    '席数',
    '予算',
    '支払い方法',
    'カード',
    '予約',
    '店名',
    'ジャンル',
  ]),
  // A museum's or a library's hours are a place's hours too (開館時間, 休館日).
  defining: new Set(['営業時間', '定休日', '休業日', '店休日', '開館時間', '休館日']),
  dated: 'never',
};

// Only a sight guide lists these: parking, fees, the best season, opening hours (a story box gives an address too).
const SIGHT_DEFINING = [
  '駐車場',
  '拝観料',
  '入園料',
  '入館料',
  '見ごろ',
  '見頃',
  '所要時間',
  '拝観時間',
  '開園時間',
  'トイレ',
];

/**
 * A sight's sheet (a falls', a garden's, a temple's): where it is, how to get there, where to park, when to go.
 * Its page may tell a legend and the seasons (「…その名がつきました」「5月中旬から」) but nobody reports in it
 * and nobody's age is given (`over-unreported-prose`); a paper's story of the same garden quotes someone.
 */
export const SIGHT_SHEET: SheetLabels = {
  kind: 'shop',
  labels: new Set([
    ...SIGHT_DEFINING,
    '所在地',
    '住所',
    'アクセス',
    '交通',
    '交通アクセス',
    '料金',
    '入場料',
    '問い合わせ',
    'お問い合わせ',
  ]),
  defining: new Set(SIGHT_DEFINING),
  dated: 'over-unreported-prose',
};

/** An event's price, which its sheet gives once (a box may give 料金 with チケット and 申込方法 beside it). */
const EVENT_PRICE_LABELS = ['料金', '入場料', '参加費', '観覧料', '受講料', 'チケット料金'] as const;
export const EVENT_PRICES: ReadonlySet<string> = new Set(EVENT_PRICE_LABELS);

/** What an event's sheet alone gives: its price and its sign-up (a story's box has a date and a place too). */
const EVENT_OFFER_LABELS = [
  ...EVENT_PRICE_LABELS,
  'チケット',
  'チケット発売日',
  '申込',
  '申し込み',
  '申込方法',
  '申し込み方法',
  '申込期間',
] as const;

export const EVENT_SHEET: SheetLabels = {
  kind: 'event',
  labels: new Set([
    '日時',
    '開催日',
    '開催日時',
    '日程',
    '期間',
    '開催期間',
    // An exhibition's run and the hours it can be seen (会期 10月4日〜12月14日, 開館時間 9時〜17時).
    '会期',
    '開館時間',
    '休館日',
    '会場',
    '場所',
    '発売日',
    '出演',
    '出演者',
    '主催',
    '共催',
    '後援',
    '定員',
    '対象',
    'お問い合わせ',
    '問い合わせ',
    ...EVENT_OFFER_LABELS,
  ]),
  defining: new Set(EVENT_OFFER_LABELS),
  dated: 'over-plain-prose',
};

export const JOB_SHEET: SheetLabels = {
  kind: 'job',
  labels: new Set([
    '職種',
    '募集職種',
    '仕事内容',
    '雇用形態',
    '給与',
    '給料',
    '月給',
    '時給',
    '年収',
    '賃金',
    '勤務地',
    '勤務時間',
    '休日',
    '休日休暇',
    '休暇',
    '応募資格',
    '資格',
    '応募方法',
    '選考方法',
    '待遇',
    '福利厚生',
    '待遇・福利厚生',
    '募集人数',
    '試用期間',
  ]),
  defining: new Set(['給与', '給料', '月給', '時給', '年収', '賃金', '雇用形態', '応募資格', '募集職種']),
  dated: 'always',
};

/** Every kind of sheet, in the order they are tried. */
export const SHEETS: readonly SheetLabels[] = [SHOP_SHEET, EVENT_SHEET, JOB_SHEET, SIGHT_SHEET];
