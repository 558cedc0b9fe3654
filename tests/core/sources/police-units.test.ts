import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a unit of a police force identifies people as the force does (ages in brackets)', () => {
  it.each([
    [
      '北浜自動車道で3台が絡む事故があった。石川県警高速隊によると、乗用車に乗っていた会社員の女性（41）が重傷を負った。',
      '41',
      '石川県警高速隊',
    ],
    ['府警捜査1課によりますと、逮捕されたのは大阪市の無職、山田一郎容疑者（55）です。', '55', '府警捜査1課'],
    ['警視庁交通機動隊によると、歩道を歩いていた男性（72）が軽いけがをした。', '72', '警視庁交通機動隊'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('a unit of another body is not an investigator', () => {
    expect(nameOf('市観光課によると、イベントには会社員の男性（35）らが参加した。', '35')).toBe('');
  });
});
