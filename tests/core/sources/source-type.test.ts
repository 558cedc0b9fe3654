import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourceOf } from './helpers';

beforeAll(loadTokenizer);

describe('source types', () => {
  it.each([
    ['「利益は2倍だ」と佐々木社長は述べた。', '2倍', 'person'],
    ['「利益は2倍だ」とジョンソン議長は述べた。', '2倍', 'person'],
    ['利益は2倍になると、森田氏は語った。', '2倍', 'person'],
    ['利益は2倍になると、捜査関係者は語った。', '2倍', 'anonymous'],
    ['利益は2倍になると、欧米の当局者はみている。', '2倍', 'anonymous'],
    ['消息筋によると、利益は2倍になった。', '2倍', 'anonymous'],
    ['あるアナリストは、利益は2倍になると指摘した。', '2倍', 'anonymous'],
    ['日本自動車工業会によると、生産は2倍になった。', '2倍', 'organization'],
    ['北山製作所によると、利益は2倍になった。', '2倍', 'organization'],
    ['厚生労働省によると、患者は2倍になった。', '2倍', 'government'],
    ['米政府は、支援を2倍にすると発表した。', '2倍', 'government'],
    ['英フィナンシャル・タイムズ紙によると、利益は2倍になった。', '2倍', 'media'],
    ['国営メディアによると、収穫は2倍になった。', '2倍', 'media'],
    ['防衛白書は、予算が2倍になったと指摘している。', '2倍', 'document'],
  ])('%s → %s', (text, figure, type) => {
    expect(sourceOf(text, figure)?.type).toBe(type);
  });

  it('keeps the qualifiers of an anonymous source', () => {
    expect(sourceOf('利益は2倍になると、欧米の当局者はみている。', '2倍')?.name).toBe('欧米の当局者');
    expect(sourceOf('政府関係者によると、利益は2倍になった。', '2倍')?.name).toBe('政府関係者');
  });
});

describe('a title alone', () => {
  it('is one person for an office (首相), anonymous for a role many hold (アナリスト)', () => {
    expect(sourceOf('首相は「賃上げは5%を目指す」と語った。', '5%')?.type).toBe('person');
    expect(sourceOf('市場アナリストは、株価は2割下がるとみている。', '2割')?.type).toBe('anonymous');
  });
});

describe('papers and magazines', () => {
  it('英誌エコノミスト is media, not an economist', () => {
    expect(sourceOf('英誌エコノミストによると、物価は3%上がった。', '3%')?.type).toBe('media');
  });
});
