import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  migrateCategoriesV1,
  normaliseSite,
  parseSiteList,
  sanitizeCategories,
  sanitizePalette,
  sanitizeRunMode,
  sanitizeSites,
  sanitizeUiLang,
  siteRule,
} from '../../../lib/shared/settings-schema';

describe('settings', () => {
  it('marks only figures and their sources by default (names and dates are one click away)', () => {
    expect(DEFAULT_SETTINGS.categories).toEqual({
      figure: true,
      source: true,
      date: false,
      person: false,
      organization: false,
      place: false,
    });
  });

  it('falls back to the default for a bad stored value', () => {
    expect(sanitizePalette('neon')).toBe('default');
    expect(sanitizePalette(3)).toBe('default');
    expect(sanitizePalette('contrast')).toBe('contrast');
    expect(sanitizeRunMode(null)).toBe('auto');
    expect(sanitizeRunMode('ask')).toBe('ask');
    expect(sanitizeUiLang('fr')).toBe('auto');
    expect(sanitizeUiLang('ja')).toBe('ja');
    expect(sanitizeSites('example.jp')).toEqual([]);
    expect(sanitizeCategories('yes')).toEqual(DEFAULT_SETTINGS.categories);
    // One bad switch falls back alone; the good ones are kept.
    expect(sanitizeCategories({ figure: false, date: 'no', place: false })).toEqual({
      ...DEFAULT_SETTINGS.categories,
      figure: false,
      place: false,
    });
  });

  it('never throws and always yields a valid value, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(['default', 'colorblind', 'contrast']).toContain(sanitizePalette(v));
        expect(Object.values(sanitizeCategories(v)).every((b) => typeof b === 'boolean')).toBe(true);
        expect(sanitizeSites(v).every((s) => normaliseSite(s) === s)).toBe(true);
      }),
    );
  });

  it('migrates version 1 categories (one switch for all names) to one switch per entity type', () => {
    expect(migrateCategoriesV1({ figure: true, source: false, date: true, entities: false })).toEqual({
      figure: true,
      source: false,
      date: true,
      person: false,
      organization: false,
      place: false,
    });
    expect(migrateCategoriesV1(undefined)).toEqual(DEFAULT_SETTINGS.categories);
  });

  it('reads typed site lists and matches sub-domains; never wins over always', () => {
    expect(parseSiteList('https://www.Example.jp/news/1\n\nnews.example.com, not a site\nexample.jp')).toEqual([
      'www.example.jp',
      'news.example.com',
      'example.jp',
    ]);
    const s = { alwaysSites: ['example.jp'], neverSites: ['ads.example.jp'] };
    expect(siteRule('www.example.jp', s)).toBe('always');
    expect(siteRule('ads.example.jp', s)).toBe('never');
    expect(siteRule('badexample.jp', s)).toBe(null);
  });
});
