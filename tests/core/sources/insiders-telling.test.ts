import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 党関係者によると、党が独自に実施した情勢調査でも…: the body written bare (党, 会社, 県) inside what its own
// people tell reaches the reader through them; the bare word alone places no one.
describe('a bare body inside its own insiders’ account is told by the insiders', () => {
  it.each([
    [
      '自由北進党のベテラン議員は「厳しい」と漏らす。党関係者によると、党が独自に実施した情勢調査でも、32選挙区のうち優勢なのは半数程度にとどまっているという。',
      '半数程度',
      '党関係者',
    ],
    [
      '南浜市の元職員が公金を着服した疑いがある。市関係者によると、市の内部調査では不明金は約1,500万円とされていた。',
      '約1,500万円',
      '市関係者',
    ],
    [
      '北洋建設の不正が明らかになった。会社関係者によりますと、会社が今年2月に社内で行った調査では、対象の工事はおよそ120件に上るということです。',
      'およそ120件',
      '会社関係者',
    ],
    [
      '東和県の幹部は説明を避けた。県関係者によると、23日までに県がまとめた試算で、赤字は年約3億円に膨らむ。',
      '年約3億円',
      '県関係者',
    ],
  ])('%s', (body, figure, source) => {
    const [name] = headlinedNames(body, [figure]);
    expect(name).toContain(source);
  });

  it('a body named in full inside the account is its own source', () => {
    const [name] = headlinedNames('党関係者によると、民政党が独自に実施した調査では、支持率は12%だった。', ['12%']);
    expect(name).toBe('民政党');
  });
});
