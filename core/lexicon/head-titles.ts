/**
 * The titles of the people who head a body, by how the body's name ends: 北山県 is headed by its 知事,
 * 東和市 by its 市長. A head's words in brackets speak for the body, so its announcement goes on past them
 * (北山県は…予算案を発表した。⏎田中知事は「…」と述べた。子育て支援には約32億円を計上した。).
 * The empty ending is a company's (any organisation's name): its officers. 副知事 and 副社長 end in the same.
 */
export const HEAD_TITLES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['県', ['知事']],
  ['都', ['知事']],
  ['道', ['知事']],
  ['府', ['知事']],
  ['市', ['市長']],
  ['町', ['町長']],
  ['村', ['村長']],
  ['区', ['区長']],
  ['', ['社長', '会長', '専務', '常務', '頭取', '最高経営責任者', 'CEO']],
]);
