import type { EntityType } from '../types';

/**
 * A possible entity from one evidence source, before the sources are reconciled in merge.ts.
 * `weight` orders conflicting candidates: a title rule (「〜大統領」) beats the tagger's guess.
 */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  source:
    | 'tagger'
    | 'latin'
    | 'gazetteer'
    | 'title'
    | 'suffix'
    | 'acronym'
    | 'paren'
    | 'katakana'
    | 'proper-noun'
    | 'organ'
    | 'trade'
    | 'apposition';
  weight: number;
  /** 0–1; when absent, the rule's own (confidence.ts). */
  confidence?: number;
}

/** A stretch of text that names nothing, whatever a source guessed there: 「電気自動車（ＥＶ）」's ＥＶ. */
export interface Span {
  start: number;
  end: number;
}
