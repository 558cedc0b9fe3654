import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// …見通しも従来の410万台から395万台に引き下げた, its subject left out: a body revising a value it set
// (from A to B, with a verb of setting) is the body the story is about, though a person spoke in between.
describe('a subjectless revision from A to B is the story body’s', () => {
  it.each([
    [
      '東和自動車は8日、4〜9月期の純利益が2,100億円だったと発表した。\n記者会見した山田一郎副社長は「関税の影響が大きかった」と述べた。通期の販売台数の見通しも従来の410万台から395万台に引き下げた。',
      ['410万台', '395万台'],
      '東和自動車',
    ],
    [
      '北辰製薬は12日、今期の業績予想を発表しました。\n純利益の予想は、これまでの820億円から910億円に上方修正しました。',
      ['820億円', '910億円'],
      '北辰製薬',
    ],
    [
      '東和電鉄は23日までに、運賃の改定を発表した。\n初乗り運賃は、現行の150円から170円に引き上げた。',
      ['170円'],
      '東和電鉄',
    ],
  ])('%s', (text, figures, who) => {
    for (const f of figures) expect(nameOf(text, f)).toBe(who);
  });
});

// Results first, a paragraph on sales between, then the full-year forecast revised with its subject left out.
const results = (revision: string) =>
  `北浜精機は8日、4〜9月期の連結決算を発表した。純利益は前年同期比12%減の310億円だった。\n国内販売は3%減の12万台。北米は7%減った一方、アジアは5%増えた。\n${revision}`;

describe('a revision two paragraphs after the results is still the reporting body’s', () => {
  it.each([
    [
      '2026年度の通期業績予想は、純利益を従来の820億円から700億円（前期比18%減）に引き下げた。',
      ['820億円', '700億円', '前期比18%減'],
    ],
    ['通期の業績予想は、営業利益を従来の1200億円から1350億円に上方修正した。', ['1200億円', '1350億円']],
    ['今期の業績見通しは、売上高を従来の5000億円から4800億円に引き下げたということです。', ['5000億円', '4800億円']],
    ['通期予想は、最終利益を２１０億円から１８０億円に下方修正しました。', ['２１０億円', '１８０億円']],
  ])('%s', (revision, figures) => {
    for (const f of figures) expect(nameOf(results(revision), f)).toBe('北浜精機');
  });

  it('a revision another names keeps its teller', () => {
    const text = results('通期予想は、純利益を従来の820億円から700億円に引き下げたと、東和証券の分析担当者は話した。');
    expect(nameOf(text, '700億円')).toContain('東和証券');
  });
});

describe('what stays as it was', () => {
  it('a player’s deed in a game story is no body’s revision', () => {
    const text = '東和の山田選手が3安打を放った。\n打率は2割8分から3割に引き上げた。';
    expect(nameOf(text, '3割')).toBe('');
  });

  it('nor with the hearsay tail', () => {
    const text = '東和の山田選手が3安打を放った。\n打率は2割8分から3割に引き上げたということです。';
    expect(nameOf(text, '3割')).toBe('');
  });
});
