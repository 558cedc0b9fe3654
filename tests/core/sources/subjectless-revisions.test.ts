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

describe('what stays as it was', () => {
  it('a player’s deed in a game story is no body’s revision', () => {
    const text = '東和の山田選手が3安打を放った。\n打率は2割8分から3割に引き上げた。';
    expect(nameOf(text, '3割')).toBe('');
  });
});
