import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// …分析したところ、…19%低かった with no subject: a finding of the study the article reports.
describe('a finding with no subject (…分析したところ、) is the study’s in force', () => {
  const study =
    '毎朝の散歩が骨折を減らすとの研究結果を、北山大などのチームが3日までにまとめた。\nチームは県内の高齢者約8000人を10年間追跡した。期間中に約600人が骨折した。\n';
  it.each([
    [
      `${study}散歩の長さで参加者を3つのグループに分けて分析したところ、最も長いグループでは、歩かないグループより骨折が25%少なかった。`,
      '25%',
    ],
    [
      `${study}散歩の長さで参加者を3つのグループに分けて分析したところ、最も長いグループでは、歩かないグループより骨折が25%少なかった。`,
      '3つ',
    ],
    // NHK register, full-width digits, 調べた結果
    [`${study}歩く速さを調べた結果、速い人ほど骨折が少なく、その差は最大で１．５倍でした。`, '１．５倍'],
  ])('%s → %s', (text, surface) => {
    expect(nameOf(text, surface)).toBe('北山大などのチーム');
  });

  it.each([
    // a company's release: a subjectless 調べたところ may be the writer's own look
    [
      '東和食品は3日、新しい冷凍食品を発売すると発表した。\n同社の工場は県内にある。\n過去の記録を調べたところ、同じ名前の商品は約30品目あった。',
      '約30品目',
      '東和食品',
    ],
    // someone else named as the finder keeps the finding
    [
      `${'毎朝の散歩が骨折を減らすとの研究結果を、北山大などのチームが3日までにまとめた。\n'}別の研究者が調べたところ、骨折は2割減っていた。`,
      '2割',
      '北山大などのチーム',
    ],
  ])('%s → not %s', (text, surface, notWant) => {
    expect(nameOf(text, surface)).not.toBe(notWant);
  });
});
