import { describe, expect, it } from 'vitest';
import { tokenDates } from './helpers';

const read = tokenDates();

/** きょう, あす written in kana before a verb written in kana (きょうまとめました) are the day words. */
describe('a kana day word before a kana verb', () => {
  it('reads きょう and あす before a verb', () => {
    expect(read('県の審議会がきょうまとめました。会議はあすひらかれます。', '2026-01-14')).toEqual([
      ['きょう', '2026-01-14'],
      ['あす', '2026-01-15'],
    ]);
  });

  it('reads no day in another word: きょうだい, あすなろ', () => {
    expect(read('きょうだいで参加した。あすなろの木を植えた。', '2026-01-14')).toEqual([]);
  });
});
