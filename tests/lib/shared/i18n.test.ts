import { describe, expect, it } from 'vitest';
import { MESSAGE_TABLES, resolveLang, translator } from '../../../lib/shared/i18n';
import { PAGE_MESSAGE_TABLES, pageTranslator } from '../../../lib/shared/i18n/page';

describe('UI strings', () => {
  it('has every key in both Japanese and English, none empty', () => {
    const en = Object.keys(MESSAGE_TABLES.en).sort();
    const ja = Object.keys(MESSAGE_TABLES.ja).sort();
    expect(ja).toEqual(en);
    for (const table of Object.values(MESSAGE_TABLES)) {
      for (const [k, v] of Object.entries(table)) expect(v.trim(), k).not.toBe('');
    }
  });

  it('the page’s strings (all the content script carries) are the same in both languages and in the full tables', () => {
    expect(Object.keys(PAGE_MESSAGE_TABLES.ja).sort()).toEqual(Object.keys(PAGE_MESSAGE_TABLES.en).sort());
    for (const lang of ['en', 'ja'] as const) {
      const page = PAGE_MESSAGE_TABLES[lang];
      for (const [k, v] of Object.entries(page)) expect(MESSAGE_TABLES[lang][k as keyof typeof page], k).toBe(v);
    }
    // Only the card's: no popup or options string rides along on every page.
    expect(Object.keys(PAGE_MESSAGE_TABLES.en)).not.toContain('statusNoPage');
    expect(Object.keys(PAGE_MESSAGE_TABLES.en)).not.toContain('runModeHint');
    expect(pageTranslator('ja')('approx', { v: '12万' })).toBe(translator('ja')('approx', { v: '12万' }));
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
