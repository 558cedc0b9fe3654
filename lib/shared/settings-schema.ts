/**
 * The user's settings as plain data: their shapes, defaults, and the validators that turn whatever is
 * in storage into a usable value. Pure (no browser API) so Node tests can check every fallback.
 */

/** What can be marked on the page; each is one highlight layer. */
export const CATEGORIES = ['figure', 'source', 'date', 'person', 'organization', 'place'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Mark colours: the default, Okabe–Ito colour-blind-safe, and high contrast. */
export const PALETTES = ['default', 'colorblind', 'contrast'] as const;
export type Palette = (typeof PALETTES)[number];

/** `auto`: mark Japanese news pages on load. `ask`: only when the reader asks (popup or shortcut). */
export const RUN_MODES = ['auto', 'ask'] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** UI language: follow the browser, or a fixed choice. */
export const UI_LANGS = ['auto', 'ja', 'en'] as const;
export type UiLangChoice = (typeof UI_LANGS)[number];

/** Which categories are marked. */
export type CategorySwitches = Record<Category, boolean>;

/** Everything the options page controls. */
export interface Settings {
  categories: CategorySwitches;
  palette: Palette;
  runMode: RunMode;
  /** Host names (example.jp also covers www.example.jp) where Shutten always / never runs. */
  alwaysSites: string[];
  neverSites: string[];
  uiLang: UiLangChoice;
}

/**
 * The defaults; never written to storage (a missing value simply reads as its default). Calm by
 * default: figures and who gives them are the point, so only they are marked; names and dates are one
 * click away in the popup (a news page names dozens of places, which would drown its figures).
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  categories: Object.freeze({
    figure: true,
    source: true,
    date: false,
    person: false,
    organization: false,
    place: false,
  }),
  palette: 'default',
  runMode: 'auto',
  alwaysSites: [],
  neverSites: [],
  uiLang: 'auto',
}) as Settings;

const oneOf =
  <T extends string>(allowed: readonly T[], fallback: T) =>
  (v: unknown): T =>
    allowed.includes(v as T) ? (v as T) : fallback;

/** A stored palette, or the default when it is not one we know. */
export const sanitizePalette = oneOf(PALETTES, DEFAULT_SETTINGS.palette);
/** A stored run mode, or the default. */
export const sanitizeRunMode = oneOf(RUN_MODES, DEFAULT_SETTINGS.runMode);
/** A stored UI language choice, or the default. */
export const sanitizeUiLang = oneOf(UI_LANGS, DEFAULT_SETTINGS.uiLang);

/** Category switches: each missing or non-boolean switch falls back to its own default. */
export function sanitizeCategories(v: unknown): CategorySwitches {
  const rec = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  const out = { ...DEFAULT_SETTINGS.categories };
  for (const c of CATEGORIES) if (typeof rec[c] === 'boolean') out[c] = rec[c] as boolean;
  return out;
}

// A host name as typed: "https://www.Example.jp/news/1" → "www.example.jp"; junk (no dot: "not") → null.
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
/** Normalises one typed site to a host name, or null if it is not one. */
export function normaliseSite(s: string): string | null {
  let h = s.trim().toLowerCase();
  if (!h) return null;
  h = h.replace(/^[a-z]+:\/\//, '').replace(/[/?#:].*$/, '');
  return HOST.test(h) ? h : null;
}

/** The most sites one list keeps (far beyond any reader's; a bound on what a paste can store). */
export const MAX_SITES = 5000;

/** A stored site list: strings only, normalised, deduplicated, at most MAX_SITES; anything else is the empty list. */
export function sanitizeSites(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out = new Set<string>();
  for (const s of v) {
    // A host name is at most 253 characters: longer strings are not sites (and are not read).
    const h = typeof s === 'string' && s.length <= 2048 ? normaliseSite(s) : null;
    if (h && h.length <= 253) out.add(h);
    if (out.size >= MAX_SITES) break;
  }
  return [...out];
}

/** Splits a textarea's lines into a clean site list. */
export function parseSiteList(text: string): string[] {
  return sanitizeSites(text.split(/[\s,]+/));
}

const covers = (site: string, host: string) => host === site || host.endsWith(`.${site}`);

/** The reader's rule for a host: never wins over always (the safer reading of a contradiction). */
export function siteRule(host: string, s: Pick<Settings, 'alwaysSites' | 'neverSites'>): 'always' | 'never' | null {
  const h = host.toLowerCase();
  if (s.neverSites.some((x) => covers(x, h))) return 'never';
  if (s.alwaysSites.some((x) => covers(x, h))) return 'always';
  return null;
}

/**
 * True for a categories value in its version 1 shape ({ figure, source, date, entities }: one
 * switch for every entity type). Told by its shape, not by WXT's version marker: on a fresh install
 * the value is written a moment before its marker, and reading it then as version 1 would turn the
 * switch just unticked back on (issue 14, bug 1).
 */
export function isCategoriesV1(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const rec = v as Record<string, unknown>;
  return 'entities' in rec && !('person' in rec || 'organization' in rec || 'place' in rec);
}

/**
 * Migration of the categories item from version 1, which had one switch for every entity type
 * ({ figure, source, date, entities }), to version 2 with a switch per entity type. A value already
 * in the version 2 shape passes unchanged (the migration may run on one, see isCategoriesV1).
 */
export function migrateCategoriesV1(old: unknown): CategorySwitches {
  if (!isCategoriesV1(old)) return sanitizeCategories(old);
  const rec = old as Record<string, unknown>;
  const ent = typeof rec.entities === 'boolean' ? rec.entities : undefined;
  return sanitizeCategories({ ...rec, person: ent, organization: ent, place: ent });
}

/**
 * What to store when a window that showed `base` sets `value`, while storage meanwhile holds
 * `current` (another window's change): only what this window changed is applied. Site lists gain
 * and lose the sites this window added and removed; category switches take the switches it flipped;
 * other settings are single values, the last write wins.
 */
export function mergeSetting<K extends keyof Settings>(
  key: K,
  current: Settings[K],
  base: Settings[K],
  value: Settings[K],
): Settings[K] {
  if (key === 'alwaysSites' || key === 'neverSites') {
    const [cur, was, now] = [current, base, value] as string[][] as [string[], string[], string[]];
    const removed = new Set(was.filter((s) => !now.includes(s)));
    const added = now.filter((s) => !was.includes(s));
    const out = cur.filter((s) => !removed.has(s));
    for (const s of added) if (!out.includes(s)) out.push(s);
    return out.slice(0, MAX_SITES) as Settings[K];
  }
  if (key === 'categories') {
    const [cur, was, now] = [current, base, value] as CategorySwitches[];
    const out = { ...(cur as CategorySwitches) };
    for (const c of CATEGORIES) if (now?.[c] !== was?.[c]) out[c] = (now as CategorySwitches)[c];
    return out as Settings[K];
  }
  return value;
}
