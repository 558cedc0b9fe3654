import { ANAPHORA } from '../lexicon/source-nouns';
import type { SourceType } from '../types';

/** A named party seen so far in the article, as a candidate antecedent for 同氏 / 同社 / 同省. */
export interface Mention {
  name: string;
  type: SourceType;
  start: number;
}

const ANAPHORS = Object.keys(ANAPHORA).sort((a, b) => b.length - a.length);
// 同省 → a name ending in 省; 同当局 → one containing 当局 (欧米の情報当局者); 同社 → any company.
const SUFFIX_MATCH: Readonly<Record<string, RegExp>> = {
  同省: /省$/,
  同庁: /庁$/,
  同局: /局$/,
  同当局: /当局/,
  同研究所: /研究所/,
  同機構: /機構/,
  同党: /党$/,
  同大: /大学?$/,
  同委員会: /委員会|委$/,
  同紙: /新聞|紙$|タイムズ|ポスト|ジャーナル/,
};

// 同協会 / 同病院 / 同市: 同 + an organisation or government head refers back by that head.
const GENERIC_ANAPHOR =
  /^同(?:協会|団体|病院|大学|銀行|グループ|チーム|連盟|組合|センター|財団|市|県|町|村|区|署|軍|政府|機関|事務所)/;

/** The anaphor a name phrase is (同氏, 同社, 同協会, 韓国の同氏 → 同氏), if any. */
export function anaphorOf(name: string): string | null {
  // 同社の田村社長 is a person qualified by 同社, not 同社 itself: only a phrase that is the anaphor counts.
  const bare = name.replace(/(?:など|ら|側)$/, '');
  for (const a of ANAPHORS) if (bare === a || (bare.endsWith(a) && bare.length <= a.length + 3)) return a;
  const g = GENERIC_ANAPHOR.exec(bare)?.[0];
  return g && g === bare ? g : null;
}

/**
 * Resolves 同氏 / 同社 / 同省 / 同庁 / 同紙 / 同当局 / 同研究所 to the last matching named party
 * before `at`: 「リー氏は…。同氏は…と述べた」 → リー氏. `mentions` are in text order.
 */
export function resolveAnaphor(anaphor: string, at: number, mentions: readonly Mention[]): Mention | null {
  const type = ANAPHORA[anaphor];
  const suffix = SUFFIX_MATCH[anaphor] ?? (type ? undefined : new RegExp(`${anaphor.slice(1)}`));
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.start >= at || anaphorOf(m.name)) continue;
    if (suffix ? suffix.test(m.name) : m.type === type) return m;
  }
  return null;
}
