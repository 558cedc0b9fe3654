import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

describe('同館 points back to the hall named with 館, past a nearer party of another kind', () => {
  it('a museum, a gallery or an inn before a team, a society or a company of its people', () => {
    expect(
      headlinedNames(
        '北浜自然史博物館（北山県南市）の山田一郎学芸員らの研究チームは、洞窟で新種のエビを見つけたと発表した。同館によると、昨年度の来館者は約8万2千人だった。',
        ['約8万2千人'],
      )[0],
    ).toContain('北浜自然史博物館');
    expect(
      headlinedNames(
        '市立みなと美術館の学芸員らでつくる研究会は23日、新たな調査結果を公表した。同館によりますと、所蔵品は約1万点にのぼるということです。',
        ['約1万点'],
      )[0],
    ).toContain('みなと美術館');
    expect(
      headlinedNames(
        '老舗旅館「松風館」を営む山本さんの会社は今年2月、客室を改装した。同館によると、宿泊客は前年の1.5倍に増えた。',
        ['1.5倍'],
      )[0],
    ).toContain('松風館');
  });

  it('with no hall named, the party the story is about as before; 同社 is untouched', () => {
    expect(
      headlinedNames('東和観光は5日、団体客が3割増えたと発表した。同館によると、海外客は2倍になった。', ['2倍']),
    ).toEqual(['東和観光']);
    expect(
      headlinedNames(
        '北山美術館の学芸員が協力した。東和観光は5日、団体客が3割増えたと発表した。同社によると、海外客は2倍になった。',
        ['2倍'],
      ),
    ).toEqual(['東和観光']);
  });
});
