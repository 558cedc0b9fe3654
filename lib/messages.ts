import type { Analysis, AnalyzeOptions } from '../core/types';

/**
 * Every message between Shutten's contexts, one place. Content script → background asks for an
 * analysis and reports its status; popup → content script reads and steers the page; background →
 * content script relays keyboard commands. What arrives is validated by `parseMessage` before use.
 */

/** What the content script knows about its page. */
export type PageStatus =
  | 'idle'
  | 'analysing'
  | 'ready'
  | 'not-japanese'
  | 'not-article'
  | 'error'
  | 'too-large'
  | 'disabled'
  | 'on-request';

/** The page's state as the popup shows it. */
export interface PageState {
  status: PageStatus;
  analysis: Analysis | null;
  highlightsOn: boolean;
  url: string;
  title: string;
  error: string | null;
}

/** Keyboard commands (manifest `commands`) that act on the page. */
export const PAGE_COMMANDS = ['toggle-highlights', 'next-figure', 'previous-figure'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

/** Messages the background context answers. */
export type BackgroundMessage =
  | { type: 'analyzeText'; text: string; options: AnalyzeOptions }
  /** A Japanese page is being read: start loading the dictionary while the page is extracted. */
  | { type: 'prepare' }
  | { type: 'reportStatus'; status: PageStatus; figureCount: number };

/** Messages the content script answers. */
export type ContentMessage =
  | { type: 'getPageState' }
  | { type: 'runCommand'; command: PageCommand }
  | { type: 'scrollToFigure'; index: number }
  | { type: 'setHighlights'; on: boolean }
  | { type: 'analyzeAnyway' }
  | { type: 'showEntity'; key: string };

/** Replies travel as values, never as thrown errors (Errors do not survive structured cloning). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The reply type of each message. */
export interface Replies {
  analyzeText: Result<Analysis>;
  prepare: Result<null>;
  reportStatus: Result<null>;
  getPageState: Result<PageState>;
  runCommand: Result<null>;
  scrollToFigure: Result<boolean>;
  setHighlights: Result<boolean>;
  analyzeAnyway: Result<null>;
  /** Which mention of the entity is now shown (0-based) out of how many; null when none is on the page. */
  showEntity: Result<{ index: number; count: number } | null>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNullableStr = (v: unknown) => v === undefined || v === null || typeof v === 'string';
const STATUSES: readonly PageStatus[] = [
  'idle',
  'analysing',
  'ready',
  'not-japanese',
  'not-article',
  'error',
  'too-large',
  'disabled',
  'on-request',
];
/** The largest text one message may carry (bigger articles are sent in slices). */
export const MAX_TEXT = 400_000;

function isOptions(v: unknown): v is AnalyzeOptions {
  return (
    isRecord(v) &&
    isNullableStr(v.title) &&
    isNullableStr(v.published) &&
    isNullableStr(v.byline) &&
    isNullableStr(v.author) &&
    (v.isJapanese === undefined || typeof v.isJapanese === 'boolean') &&
    (v.isArticle === undefined || typeof v.isArticle === 'boolean')
  );
}

/** Validates a message for the background; anything else is null and gets ignored. */
export function parseBackgroundMessage(v: unknown): BackgroundMessage | null {
  if (!isRecord(v)) return null;
  if (v.type === 'analyzeText' && isStr(v.text) && v.text.length <= MAX_TEXT && isOptions(v.options)) {
    return { type: 'analyzeText', text: v.text, options: v.options };
  }
  if (v.type === 'prepare') return { type: 'prepare' };
  if (v.type === 'reportStatus' && STATUSES.includes(v.status as PageStatus) && Number.isInteger(v.figureCount)) {
    return { type: 'reportStatus', status: v.status as PageStatus, figureCount: v.figureCount as number };
  }
  return null;
}

/** Validates a message for the content script; anything else is null and gets ignored. */
export function parseContentMessage(v: unknown): ContentMessage | null {
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'getPageState':
    case 'analyzeAnyway':
      return { type: v.type };
    case 'runCommand':
      return PAGE_COMMANDS.includes(v.command as PageCommand)
        ? { type: 'runCommand', command: v.command as PageCommand }
        : null;
    case 'scrollToFigure':
      return Number.isInteger(v.index) && (v.index as number) >= 0
        ? { type: 'scrollToFigure', index: v.index as number }
        : null;
    case 'setHighlights':
      return typeof v.on === 'boolean' ? { type: 'setHighlights', on: v.on } : null;
    case 'showEntity':
      return isStr(v.key) && v.key.length > 0 && v.key.length <= 500 ? { type: 'showEntity', key: v.key } : null;
    default:
      return null;
  }
}

/** Turns a thrown value into a Result's error text. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
