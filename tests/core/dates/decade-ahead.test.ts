import { describe, expect, it } from 'vitest';
import { tokenDates } from './helpers';

const read = tokenDates();

/** A two-digit decade told as to come may be the next one: 30年代には下がる in 2025 → the 2030s. */
describe('a decade told as to come', () => {
  it('reads the next decade when the verb looks ahead', () => {
    expect(read('輸入の比率は40年代前半には3割まで下がる見通しだ。', '2036-05-01')).toEqual([['40年代前半', '204X']]);
  });

  it('keeps past decades past, and one further than the next', () => {
    expect(read('30年代の恐慌で失業者が増えた。', '2025-05-01')).toEqual([['30年代', '193X']]);
    expect(read('50年代には人口が減る見通しだ。', '2025-05-01')).toEqual([['50年代', '195X']]);
  });
});
