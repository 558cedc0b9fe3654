import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('impersonal hearsay (…とされる, …とみられる) after a person’s own words is no one’s', () => {
  it('a received view after a quoted person is not theirs', () => {
    const text = '商店街の理事長は「週末の人出は3割増えた」と話す。市内の空き店舗は約40軒で、県内で最も多いとされる。';
    expect(namesOf(text, ['3割', '約40軒'])).toEqual(['商店街の理事長', '']);
  });

  it('an according-to, a body’s words and hearsay that relays still carry', () => {
    const insiders =
      '男は午後3時ごろ店に入った。捜査関係者によると、男は刃物を持っていた。被害額は約300万円に上るとみられる。';
    expect(namesOf(insiders, ['約300万円'])).toEqual(['捜査関係者']);
    const told = '商店街の理事長は「週末の人出は3割増えた」と話す。空き店舗は約40軒あるという。';
    expect(namesOf(told, ['約40軒'])).toEqual(['商店街の理事長']);
    const body = '東和電機は「需要は強い」とコメントした。国内の市場規模は約500億円とされる。';
    expect(namesOf(body, ['約500億円'])).toEqual(['東和電機']);
  });
});
