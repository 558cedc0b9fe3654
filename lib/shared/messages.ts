import type { Analysis, EntityType } from '../../core/types';
import type { NamedSourceType, SourceGrouping } from './format-source';
import type { NameLink } from './name-links';
import type { EngineOptions, PageAnalysisInput } from './page-facts';
import {
  array,
  bool,
  INVALID,
  type Infer,
  int,
  type MessageOf,
  nullable,
  object,
  oneOf,
  optional,
  parseMessage,
  str,
} from './schema';

/**
 * Every message between Shutten's contexts, one place. Content script → background asks for an
 * analysis and reports its status; popup → content script reads and steers the page; background →
 * content script relays keyboard commands. Each message is declared once, as a schema
 * (lib/shared/schema.ts): its TypeScript type is derived from it, and what arrives is checked against it.
 */

/** What the content script knows about its page. */
export const PAGE_STATUSES = [
  'idle',
  'analyzing',
  'ready',
  'not-japanese',
  'not-article',
  'error',
  'too-large',
  'disabled',
  'on-request',
] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];

/**
 * Why a page's analysis failed, as the popup tells the reader (never a raw browser message):
 * `unreachable` — the background could not be reached, even after retrying (the worker stopped and
 * would not restart, the extension was updated); `engine` — the analysis itself failed; `page` —
 * the page could not be read.
 */
export const PAGE_ERRORS = ['unreachable', 'engine', 'page'] as const;
export type PageError = (typeof PAGE_ERRORS)[number];

/** The page's state as the popup shows it. */
export interface PageState {
  status: PageStatus;
  analysis: Analysis | null;
  highlightsOn: boolean;
  url: string;
  title: string;
  error: PageError | null;
  /** Goes up whenever `analysis` changes: the popup asks with the revision it has (see getPageState). */
  revision: number;
  /** True when the asker already has this revision: `analysis` is then left out (null) of the reply. */
  unchanged?: boolean;
}

/** Keyboard commands (manifest `commands`) that act on the page. */
export const PAGE_COMMANDS = ['toggle-highlights', 'next-figure', 'previous-figure'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

/** The largest text one message may carry (bigger articles are sent in slices). */
export const MAX_TEXT = 400_000;
/**
 * Caps on strings a page supplies besides its text (og:title, author, byline, its address): a page
 * can declare a 500,000-character og:title, which would be copied into every attributed figure.
 * Longer values are cut (a real headline is under 200 characters, a byline under 100).
 */
export const MAX_TITLE = 300;
export const MAX_NAME = 120;
export const MAX_URL = 2048;
/** Embedded posts one page may name speakers for (a page of 500 embeds gets none credited past these). */
export const MAX_SPANS = 200;

/**
 * The engine options sent with a text (what changes how it reads; the page's own facts stay in the
 * tab: lib/shared/page-facts.ts). Cut to the caps on arrival; `satisfies` makes adding an option to
 * core's AnalyzeOptions without adding it here a type error (it would be dropped on the way).
 */
const analyzeOptionsFields = {
  published: optional(nullable(str(40, 'truncate'))),
  byline: optional(nullable(str(MAX_NAME, 'truncate'))),
  author: optional(nullable(str(MAX_NAME, 'truncate'))),
  // Embedded posts' authors (lib/content/page/embedded-posts.ts caps each name at MAX_SPEAKER already).
  speakers: optional(
    array(object({ start: int(0, MAX_TEXT), end: int(0, MAX_TEXT), speaker: str(MAX_NAME, 'truncate') }), MAX_SPANS),
  ),
} satisfies { [K in keyof Required<EngineOptions>]: unknown };
export const analyzeOptions = object(analyzeOptionsFields);

/** The engine options to send with a text, cut to the caps (what the background would cut them to anyway). */
export function capOptions(o: EngineOptions): EngineOptions {
  const capped = analyzeOptions.check(o);
  return capped === INVALID ? {} : capped;
}

/**
 * What a tab sends and keeps for its page, cut to the caps: the engine options as they travel, and the
 * title it holds beside the analysis (a page can declare a 500,000-character og:title).
 */
export function capInput({ options, facts }: PageAnalysisInput): PageAnalysisInput {
  return { options: capOptions(options), facts: { ...facts, title: facts.title?.slice(0, MAX_TITLE) ?? null } };
}

/** Distinct names one linkNames or groupSources may carry (a 400,000-character page has a few thousand). */
export const MAX_NAMES = 50_000;
/** Longer names are cut on arrival (a name is a few dozen characters; the cut only spares the message). */
const MAX_NAME_TEXT = 500;

// Every kind there is, as the engine's types list them (a kind added there and not here is a type error).
const ENTITY_TYPES = Object.keys({
  person: 1,
  organization: 1,
  place: 1,
  product: 1,
  event: 1,
  other: 1,
} satisfies Record<EntityType, 1>) as EntityType[];
const NAMED_SOURCE_TYPES = Object.keys({
  person: 1,
  organization: 1,
  media: 1,
  government: 1,
  document: 1,
  anonymous: 1,
} satisfies Record<NamedSourceType, 1>) as NamedSourceType[];

/** Messages the background context answers. */
export const BACKGROUND_MESSAGES = {
  analyzeText: object({ text: str(MAX_TEXT), options: analyzeOptions }),
  /**
   * Where a text's figures are, ahead of its analysis (a page's first marks): the page then sends the
   * same text as analyzeText, whose reply completes them (sources, names, dates).
   */
  figuresFirst: object({ text: str(MAX_TEXT), options: analyzeOptions }),
  /**
   * The names of an analysis the page put together from pieces (lib/shared/name-links.ts): the
   * background links them by the engine's name tables, which the content script does not carry.
   */
  linkNames: object({
    names: array(
      object({ text: str(MAX_NAME_TEXT, 'truncate'), type: oneOf(ENTITY_TYPES), id: optional(int(0)) }),
      MAX_NAMES,
    ),
  }),
  /** The distinct named sources of an analysis, to group by the engine's name-variant rule (the card's counts). */
  groupSources: object({
    names: array(object({ name: str(MAX_NAME_TEXT, 'truncate'), type: oneOf(NAMED_SOURCE_TYPES) }), MAX_NAMES),
  }),
  /** A Japanese page is being read: start loading the dictionary while the page is extracted. */
  prepare: object({}),
  reportStatus: object({ status: oneOf(PAGE_STATUSES), figureCount: int(0) }),
};
export type BackgroundMessage = MessageOf<typeof BACKGROUND_MESSAGES>;

/** Messages the content script answers. */
export const CONTENT_MESSAGES = {
  /** `since`: the revision the asker holds; an unchanged analysis is then not sent again. */
  getPageState: object({ since: optional(int(0)) }),
  runCommand: object({ command: oneOf(PAGE_COMMANDS) }),
  scrollToFigure: object({ index: int(0) }),
  setHighlights: object({ on: bool }),
  analyzeAnyway: object({}),
  showEntity: object({ key: str(500) }),
};
export type ContentMessage = MessageOf<typeof CONTENT_MESSAGES>;

// The derived options type must still be what core's analyze() takes.
type _OptionsFit = Infer<typeof analyzeOptions> extends EngineOptions ? true : never;
const _optionsFit: _OptionsFit = true;
void _optionsFit;

/**
 * Replies travel as values, never as thrown errors (Errors do not survive structured cloning).
 * `unreachable` marks a delivery that failed (no receiver, the worker stopped), not a refusal.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; unreachable?: true };

/**
 * The error of an analysis request that newer requests of the same tab pushed out of the
 * background's queue: the page has moved on, and the content script drops the reply quietly.
 */
export const SUPERSEDED = 'superseded';

/** A figure's place in the analysed text (figuresFirst). */
export interface FigureSpan {
  start: number;
  end: number;
}

/** The reply type of each message. */
export interface Replies {
  analyzeText: Result<Analysis>;
  /** Null when the whole analysis is ready already (cached): ask for it with analyzeText. */
  figuresFirst: Result<FigureSpan[] | null>;
  /** One link per name sent, in its order. */
  linkNames: Result<NameLink[]>;
  groupSources: Result<SourceGrouping>;
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

/** Validates a message for the background; anything else is null and gets ignored. */
export function parseBackgroundMessage(v: unknown): BackgroundMessage | null {
  return parseMessage(BACKGROUND_MESSAGES, v);
}

/** Validates a message for the content script; anything else is null and gets ignored. */
export function parseContentMessage(v: unknown): ContentMessage | null {
  const msg = parseMessage(CONTENT_MESSAGES, v);
  return msg?.type === 'showEntity' && !msg.key ? null : msg;
}

/** Turns a thrown value into a Result's error text. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
