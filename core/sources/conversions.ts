import { CONSENSUS_HEADS, FORECAST_NOUNS, OTHERS_FORECASTERS } from '../lexicon/forecasts';
import { COMPARED_REPORTS } from '../lexicon/report-nouns';
import { ACCORDING_TO } from '../lexicon/reporting-cues';
import { alternation } from '../lexicon/word-table';
import type { Figure } from '../types';

/** What a conversion is told by: where a figure is written, its kind and unit. */
type Converted = Pick<Figure, 'start' | 'end' | 'kind' | 'unit'>;

// What may sit between a figure and the bracket holding its conversion: 100億ドル（約1兆3900億円）.
const OPEN = /^[ 　]?[（(]$/;
const CLOSE = /^[）)]/;

/**
 * The figures that convert the figure before them into another unit, in brackets: 100億ドル
 * （約1兆3900億円）, 100マイル（約160キロ）. The rate is the outlet's, so the converted figure is the
 * outlet's own whoever gave the first. An explanation in brackets (300万ドル（前年比20%増）) is not
 * a conversion: it measures something else, in a kind of its own.
 */
export function bracketedConversions<F extends Converted>(text: string, figures: readonly F[]): Set<F> {
  const out = new Set<F>();
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    const f = sorted[k] as F;
    const before = sorted[k - 1] as F;
    if (before.kind !== f.kind || before.unit === f.unit || !f.unit || !before.unit) continue;
    if (!OPEN.test(text.slice(before.end, f.start)) || !CLOSE.test(text.slice(f.end, f.end + 1))) continue;
    out.add(f);
  }
  return out;
}

// 坪単価に換算すると / 円換算で / ドルに換算して: the writer's own arithmetic on a reported figure.
// …に換算すると約72万円になるという / …ということです / …としている: unless the sentence tells it as what
// the source said (県財政課によると、…。県民1人当たりに換算すると約72万円になるという。).
const CONVERTING = /換算(?:すると|すれば|して|した|で|では)/;

/**
 * True when the figure at `start` follows, in its own sentence, the words of a conversion the writer
 * made (坪単価に換算すると約387万円になる — not told: …になるという), or its sentence closes on the writer working it out
 * (1人あたり約1000万円にのぼる計算だ), or a size it measures against something familiar (国土面積の3分の1を
 * 超える広さだ, 東京ドーム約20個分にあたる): the source carried from earlier sentences did not say it.
 */
export function isWritersConversion(sentence: string, sentenceStart: number, start: number): boolean {
  return (
    (CONVERTING.test(sentence.slice(0, Math.max(0, start - sentenceStart))) && !TOLD_END.test(sentence)) ||
    (WORKED_OUT.test(sentence) && start - sentenceStart > sentence.lastIndexOf('、')) ||
    COMPARED_TO.test(sentence)
  );
}

// という / ということです / としている: a sentence closing as what someone told.
const TOLD_END = /(?:という|ということ(?:です|だ)|といいます|として(?:いる|います)|とのこと(?:です|だ))[。．]?$/;

/**
 * 住宅全体の13.8%にあたり、7戸に1戸が空き家という計算になる: the sentence closes on the writer working a
 * figure out — the clause after its last comma (all of it without one); figures before stay their source's.
 */
export function isWritersReckoning(sentence: string): boolean {
  return WORKED_OUT.test(sentence);
}

// 国民1人あたり約1000万円にのぼる計算だ / …になる計算です: the writer works a figure out.
const WORKED_OUT = /計算(?:だ|です|である|になる|となる|になります|となります)[。．]?$/;

// 国土面積の3分の1を超える広さだ / 東京ドーム約20個分の大きさに相当する: the writer's yardstick for a size.
const COMPARED_TO =
  /(?:広さ|大きさ|長さ|高さ|重さ|個分)(?:だ|です|である|に相当する|に相当します|にあたる|に当たる)[。．]?$/;

// 主催者発表の5割, 政府推計の2倍: a share or multiple of a report named by its party and report noun.
const OTHERS_REPORT = new RegExp(`([^\\s、。，「」（）()]{1,8}?)${alternation(COMPARED_REPORTS)}の(?:約|およそ)?$`);
const SHARES: ReadonlySet<string> = new Set(['ratio', 'percent']);

/**
 * True when a share or multiple is set against a report of a party other than `party`, named right
 * before it (約38万人で、主催者発表の5割ほどにとどまった, said by the police): the writer compares the two.
 */
export function isAgainstOthersReport(text: string, f: Converted, party: string): boolean {
  if (!SHARES.has(f.kind)) return false;
  const other = OTHERS_REPORT.exec(text.slice(Math.max(0, f.start - 12), f.start))?.[1];
  return !!other && !party.includes(other) && !other.includes(party);
}

const FORECAST = alternation(FORECAST_NOUNS);
// 市場予想, 民間シンクタンク9社の予測, アオバ証券が集計した事前予想: a forecast others made, within one clause.
const OTHERS_FORECAST = new RegExp(`(?:${alternation(OTHERS_FORECASTERS)})[^。、]{0,16}?${FORECAST}`);
// 予想平均, 予測の中央値: a consensus of forecasters.
const CONSENSUS = new RegExp(`${FORECAST}の?(?:${alternation(CONSENSUS_HEADS)})`);
// …の中央値（76万戸）を, 事前の市場予想（2.6%）を, 予測平均（年率0.6%増）: the forecast in brackets after its noun.
const BRACKETED_FORECAST = new RegExp(`${FORECAST}の?(?:${alternation(CONSENSUS_HEADS)})?[（(][^（(）)、]{0,3}$`);
// 民間シンクタンク9社の予測平均: how many forecasters the consensus averages.
const FORECASTERS_COUNT = new RegExp(`^の?${FORECAST}`);
// これを8億円上回る, それを約0.3ポイント下回った: the gap between the result and what came just before;
// 予測の中央値（3.4%上昇）を0.2ポイント上回った: the same gap to a forecast written in brackets.
const GAP_BEFORE = /(?:これ|それ|[）)])を$/;
const GAP_AFTER = /^[^。、]{0,4}?(?:上回|下回|上振れ|下振れ)/;
const CITED = new RegExp(alternation(ACCORDING_TO));

/**
 * How a figure stands to a forecast others made that its sentence sets a result against: the forecast
 * itself written in brackets (民間シンクタンク9社の予測平均（年率0.6%増）を上回った), the count of forecasters
 * (9社), or the gap (アナリストの予想平均は172億円で、会社の予想はこれを約8億円上回る). The gap is the writer's
 * subtraction, the forecast its makers' — neither is what the body reporting the result said. Null when
 * the figure is none of these, or the sentence tells it as someone's (…によると, …という).
 */
export function forecastPart(sentence: string, sentenceStart: number, f: Converted): 'forecast' | 'gap' | null {
  const before = sentence.slice(0, f.start - sentenceStart);
  const after = sentence.slice(f.end - sentenceStart);
  if (CITED.test(before) || TOLD_END.test(sentence)) return null;
  const clause = before.slice(before.lastIndexOf('、') + 1);
  if (BRACKETED_FORECAST.test(before) && (OTHERS_FORECAST.test(clause) || CONSENSUS.test(clause))) return 'forecast';
  if (FORECASTERS_COUNT.test(after) && OTHERS_FORECAST.test(clause + after.slice(0, 8))) return 'forecast';
  if (GAP_BEFORE.test(before) && GAP_AFTER.test(after) && OTHERS_FORECAST.test(before)) return 'gap';
  return null;
}
