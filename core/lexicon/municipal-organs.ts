/**
 * A prefecture's or a city's own bodies, written after a bare 県 or 市 once the article has named which
 * (「県議会」, 「県選管」, 「市選挙管理委員会」, 「県財政課」, 「県警高速隊」): the heads that stand for the
 * prefecture or city, and the last words that make the whole one of its organs.
 */

/** Bare heads that stand for the prefecture, city, town or ward the article is about (and its police). */
export const MUNICIPAL_ORGAN_HEADS: ReadonlySet<string> = new Set(['県', '市', '町', '村', '区', '都', '府', '道']);

/**
 * Last words of an organ of the prefecture or city: an assembly, a board (委員会 and its short forms
 * 選管, 教委), a bureau, and the prefecture's associations (「県経営者協会」, 「県観光連盟」): 「県議会」,
 * 「市選管」, 「県教育委員会」, 「都交通局」.
 */
export const MUNICIPAL_ORGAN_ENDS: ReadonlySet<string> = new Set([
  '議会',
  '委員会',
  '選管',
  '教委',
  '局',
  '協会',
  '連盟',
  '連合会',
]);

/**
 * IPADIC's suffixes that end a department or a section of the prefecture's or city's office, which
 * news names as the body that speaks (「県財政課によると」, 「市健康福祉部高齢福祉課」, 「町建設課は」).
 * 部 after an area's stem is a part of the area (「市中心部」, source-nouns.ts AREA_PART_STEMS).
 */
export const MUNICIPAL_DESK_ENDS: ReadonlySet<string> = new Set(['課', '部']);

/**
 * IPADIC's suffix 会 ends the prefecture's association of a trade after a plain noun (「県医師会」,
 * 「県猟友会」); after an act it is a meeting (「市説明会」, 「県報告会」), which names no body.
 */
export const MEMBER_BODY_END = '会';

/**
 * An assembly's sittings: 「県議会定例会に提出する」 names the assembly, while before other words it is
 * part of a compound (「市議会委員会答弁」, 「市議会議員」).
 */
export const ASSEMBLY_SITTINGS: readonly string[] = ['定例会', '臨時会', '本会議'];

// A prefecture's police (県警, 府警, 道警) and the last words of its units both sides know: a section,
// a squad (「県警捜査1課」, 「府警高速隊」).
const PREFECTURE_POLICE: readonly string[] = ['県警', '府警', '道警'];
const POLICE_UNIT_BASE: readonly string[] = ['課', '隊'];

/** Heads of a prefecture's police: 県警, 府警, 道警. Its units are named bodies (「県警捜査1課」, 「県警高速隊」). */
export const POLICE_HEADS: ReadonlySet<string> = new Set(PREFECTURE_POLICE);

/**
 * Last words of a police force's units, as named bodies after a bare 県警: a section, a squad, and a
 * station or headquarters (「県警南署」, 「県警本部」), which the sources side reads as forces already.
 */
export const POLICE_UNIT_ENDS: ReadonlySet<string> = new Set([...POLICE_UNIT_BASE, '署', '本部']);

/**
 * For core/sources/investigators.ts: forces whose units investigate — also 警視庁 and 警察 (「警察庁の…室」),
 * which are named bodies on their own, not bare heads.
 */
export const INVESTIGATING_FORCES: readonly string[] = [...PREFECTURE_POLICE, '警視庁', '警察'];

/**
 * Last characters of a unit within a force whose reports identify people (「府警捜査1課」, 「県警生活安全係」,
 * 「警察庁の対策室」). Unlike POLICE_UNIT_ENDS this asks only whether a source already found is the police, so
 * a desk (係, 班, 室) counts; 署 and 本部 are left out because the investigators' own list (INVESTIGATORS:
 * 署, 捜査本部) already names them. Each is one character: the sources side tests a name's last one.
 */
export const INVESTIGATING_UNIT_ENDS: readonly string[] = [...POLICE_UNIT_BASE, '係', '班', '室'];

/**
 * For core/sources/investigators.ts: prosecutors' offices whose departments investigate and arrest as the
 * police do (「大阪地検特捜部」, 「東京地検刑事部」, 「最高検公安部」); a bare 地検 or 検察 is an
 * investigator already (INVESTIGATORS), its 部 is not.
 */
export const PROSECUTING_OFFICES: readonly string[] = ['地検', '高検', '最高検', '検察庁'];

/** Last character of a prosecutors' department: 特捜部, 刑事部, 公安部. */
export const PROSECUTING_UNIT_END = '部';
