import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('…ことを X が明らかにした: the こと clause holds every clause chained before it', () => {
  it.each([
    [
      '改定後の平均は950円となり、すべての県で900円を超えることを労働局が明らかにした。',
      ['950円', '900円'],
      ['労働局', '労働局'],
    ],
    [
      '新工場の投資額は約500億円に上り、年間30万台を生産することを、東和自動車が発表した。',
      ['約500億円', '30万台'],
      ['東和自動車', '東和自動車'],
    ],
  ])('%s', (text, figures, names) => {
    expect(namesOf(text, figures)).toEqual(names);
  });

  it('a later clause with its own subject and no こと object speaks for its clause alone', () => {
    // 株価は一時5%下落し: the market's move, told by the outlet; the company announced the delay only.
    expect(namesOf('株価は一時5%下落し、新製品の発売延期を東和電機が発表した。', ['5%'])).toEqual(['']);
    expect(namesOf('入場者は5万人に達し、約800人の警備員を東和警備が配置した。', ['5万人', '約800人'])[0]).toBe('');
  });
});
