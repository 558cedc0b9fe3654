import { describe, expect, it } from 'vitest';
import { MESSAGE_TABLES, resolveLang, translator } from '../../lib/i18n';

describe('UI strings', () => {
  it('has every key in both Japanese and English, none empty', () => {
    const en = Object.keys(MESSAGE_TABLES.en).sort();
    const ja = Object.keys(MESSAGE_TABLES.ja).sort();
    expect(ja).toEqual(en);
    for (const table of Object.values(MESSAGE_TABLES)) {
      for (const [k, v] of Object.entries(table)) expect(v.trim(), k).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const k of Object.keys(MESSAGE_TABLES.en) as (keyof typeof MESSAGE_TABLES.en)[]) {
      expect(holes(MESSAGE_TABLES.ja[k]), k).toEqual(holes(MESSAGE_TABLES.en[k]));
    }
  });

  it('fills placeholders and follows the chosen or browser language', () => {
    expect(translator('en')('figuresCount_other', { n: 14 })).toBe('14 figures');
    expect(translator('ja')('summary', { figures: 'A', sources: 'B' })).toBe('A（B）');
    // A missing parameter stays visible rather than turning into "undefined".
    expect(translator('en')('figuresCount_one')).toBe('{n} figure');
    expect(resolveLang('auto', 'ja-JP')).toBe('ja');
    expect(resolveLang('auto', 'en-GB')).toBe('en');
    expect(resolveLang('en', 'ja')).toBe('en');
  });
});
