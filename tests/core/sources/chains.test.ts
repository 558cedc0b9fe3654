import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourceOf } from './helpers';

beforeAll(loadTokenizer);

describe('chains: the primary source and the party that relayed it', () => {
  it('XがYの分析を引用して報じた → Y via X', () => {
    const text = '前線の兵力は2倍に増えたという。これは英BBCが、米シンクタンクの分析を引用して報じたものだ。';
    const s = sourceOf(text, '2倍');
    expect(s?.name).toBe('米シンクタンク');
    expect(s?.via).toBe('英BBC');
  });

  it('Xは、Yの話として…と報じた with Y unnamed → X, with Y as the relay', () => {
    const s = sourceOf('米紙ワシントン・ポストは、国防当局者の話として、死者は300人に上ると報じた。', '300人');
    expect(s?.name).toBe('米紙ワシントン・ポスト');
    expect(s?.type).toBe('media');
    expect(s?.via).toBe('国防当局者');
    const after = sourceOf(
      '北辰電機が工場を2カ所閉じる方針だと、東和通信は8日、複数の関係者の話として報じた。',
      '2カ所',
    );
    expect([after?.name, after?.via]).toEqual(['東和通信', '複数の関係者']);
    const told = sourceOf('地元紙は、避難者は約800人に上ると関係者の話として伝えた。', '約800人');
    expect([told?.name, told?.via]).toEqual(['地元紙', '関係者']);
  });

  it('Xは、Yの話として…と報じた with Y named → Y via X', () => {
    const s = sourceOf('米紙ワシントン・ポストは、国防総省の話として、死者は300人に上ると報じた。', '300人');
    expect(s?.name).toBe('国防総省');
    expect(s?.via).toBe('米紙ワシントン・ポスト');
  });

  it('a speaker quoted in a medium keeps the name, with the medium as via', () => {
    const s = sourceOf('工場は月に5万発を生産していると、パク氏は先月、ロイターの取材に対し述べた。', '5万発');
    expect(s?.name).toBe('パク氏');
    expect(s?.via).toBe('ロイター');
  });

  it('a medium that heard it: 「XがAFPに明らかにした」 → X via AFP', () => {
    const text = '洪水で住民12人が死亡した。州の当局者が20日、AFPに明らかにした。';
    const s = sourceOf(text, '12人');
    expect(s?.name).toBe('州の当局者');
    expect(s?.via).toBe('AFP');
  });

  it('a named party cited in a medium’s report: データでは … とCNNは報じた → party via CNN', () => {
    const s = sourceOf('米情報当局は、同当局の推計では、兵士は8千人増えた、とCNNは報じた。', '8千人');
    expect(s?.name).toBe('米情報当局');
    expect(s?.via).toBe('CNN');
  });
});

describe('relays after と', () => {
  it('…と、匿名を条件にAFPに語った keeps the topic as the source and AFP as via', () => {
    const s = sourceOf('軍の高官は、死者は200人を超えたと、匿名を条件にAFPに語った。', '200人');
    expect(s?.name).toBe('軍の高官');
    expect(s?.via).toBe('AFP');
  });
});
