import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

describe('同氏 / 同社 / 同省 … resolve to the last matching named party', () => {
  it.each([
    ['大和自動車は8日、新工場の建設を決めた。同社によると、投資額は900億円になる。', '900億円', '大和自動車'],
    ['経済産業省は、補助金の対象を広げた。同省の推計では、対象は3万社に増える。', '3万社', '経済産業省'],
    ['金融庁は行政処分を出した。同庁によると、不正な取引は約400件あった。', '約400件', '金融庁'],
    ['中村知事は会見に臨んだ。同氏は「観光客は2割減った」と述べた。', '2割', '中村知事'],
    [
      '英ガーディアン紙が調査報道を続けている。同紙によると、流出した文書は1万件を超える。',
      '1万件',
      '英ガーディアン紙',
    ],
    ['野村総合研究所は報告書を公表した。同研究所の試算では、市場は5兆円規模になる。', '5兆円', '野村総合研究所'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('picks the nearest antecedent of the right kind', () => {
    const text = '総務省と財務省が協議した。財務省は増税を主張した。同省によると、税収は2兆円増える。';
    expect(nameOf(text, '2兆円')).toBe('財務省');
  });

  it('同当局 finds a name containing 当局 (欧米の情報当局者)', () => {
    const text = '欧米の情報当局者は、同当局の独自データでは、兵士は5千人増えたと述べた。';
    expect(nameOf(text, '5千人')).toContain('情報当局者');
  });

  it('leaves an anaphor with no antecedent unattributed rather than guessing', () => {
    expect(nameOf('同社によると、売上高は8%増えた。', '8%')).toBe('');
  });

  it('keeps the offsets of the anaphor, where the source is written', () => {
    const text = '大和自動車は新車を出した。同社によると、価格は300万円だ。';
    const [s] = sourcesOf(text, ['300万円']);
    expect(text.slice(s?.start, s?.end)).toBe('同社');
  });
});
