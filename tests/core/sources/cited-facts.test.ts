import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a fact cited as something (…ことを要因に挙げた)', () => {
  it('is the claim of the one who cites it, written or the topic in force', () => {
    expect(namesOf('県は、観光客が3割減ったことを赤字の理由に挙げた。', ['3割'])).toEqual(['県']);
    const text = [
      '北山市の第三者委員会は10日、報告書を公表した。',
      '報告書は「確認が甘かった」と指摘した。職員が5年で2割減っていたことも要因に挙げた。',
    ].join('\n');
    expect(namesOf(text, ['5年', '2割'])).toEqual(['北山市の第三者委員会の報告書', '北山市の第三者委員会の報告書']);
  });

  it('naming a thing, not a fact, cites nothing', () => {
    expect(namesOf('店は駅前にある。同社は候補に3社を挙げた。', ['3社'])).toEqual(['']);
    expect(namesOf('店は駅前にある。3人が手を挙げた。', ['3人'])).toEqual(['']);
  });
});
