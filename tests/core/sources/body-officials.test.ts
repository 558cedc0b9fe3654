import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('an official named with the body (Xの…長官は…と明らかにした) makes the body’s figures known', () => {
  it('so the plain sentence after it goes on with them', () => {
    const text =
      '北浜港湾庁の山田長官は11日、1月の収入が4億ドルと、前年同月から46%減ったと明らかにした。通航した船舶数も1362隻と約4割減った。';
    expect(namesOf(text, ['4億ドル', '1362隻', '約4割減'])).toEqual(Array(3).fill('北浜港湾庁の山田長官'));
  });

  it('negative: a person named alone only speaks', () => {
    const text =
      '山本知事は11日、1月の観光客が4万人と、前年同月から46%減ったと明らかにした。宿泊客も1362人と約4割減った。';
    expect(namesOf(text, ['4万人', '1362人'])).toEqual(['山本知事', '']);
  });
});
