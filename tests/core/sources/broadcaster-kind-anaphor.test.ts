import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

describe('a broadcaster named in brackets after its kind (地元テレビ局「X」) and then 同局', () => {
  it('is a broadcaster, not a person, and 同局 points back to it', () => {
    const [poll, sites] = headlinedNames(
      '地元テレビ局「カナル・ドス」が締め切り直後に公表した出口調査では、与党候補の得票率は50〜54％と予測された。同局の調査は全国の投票所約300カ所で行われた。',
      ['50〜54％', '約300カ所'],
    );
    expect(poll).toContain('カナル・ドス');
    expect(sites).toContain('カナル・ドス');
    const [told, dead] = headlinedNames(
      '地元ラジオ局「ラジオ・ノルテ」は23日、洪水の避難者が1万人を超えたと伝えた。同局によると、死者は12人に上った。',
      ['1万人', '12人'],
    );
    expect(told).toContain('ラジオ・ノルテ');
    expect(dead).toContain('ラジオ・ノルテ');
  });

  it('with の before the brackets too (地元テレビ局の「チャンネル７」)', () => {
    expect(
      headlinedNames('地元テレビ局の「チャンネル７」が報じた。同局によると、けが人は30人に上った。', ['30人'])[0],
    ).toContain('チャンネル７');
  });

  it('a bureau named after it is the nearer 同局', () => {
    const got = headlinedNames(
      '地元テレビ局「カナル・ドス」によると、避難者は1万人を超えた。北山気象局は雨量が300ミリに達したと発表した。同局によると、川の水位は4メートルに達した。',
      ['1万人', '300ミリ', '4メートル'],
    );
    expect(got[0]).toContain('カナル・ドス');
    expect(got.slice(1)).toEqual(['北山気象局', '北山気象局']);
  });
});
