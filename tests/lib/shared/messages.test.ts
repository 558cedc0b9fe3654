import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_MESSAGES,
  CONTENT_MESSAGES,
  capInput,
  MAX_NAME,
  MAX_NAMES,
  MAX_TEXT,
  MAX_TITLE,
  parseBackgroundMessage,
  parseContentMessage,
} from '../../../lib/shared/messages';
import { deliver } from '../../../lib/shared/messaging';

describe('messages: one schema per message', () => {
  it('accepts showEntity with a key and rejects anything else', () => {
    expect(parseContentMessage({ type: 'showEntity', key: '#3' })).toEqual({ type: 'showEntity', key: '#3' });
    expect(parseContentMessage({ type: 'showEntity', key: '' })).toBeNull();
    expect(parseContentMessage({ type: 'showEntity', key: 3 })).toBeNull();
    expect(parseContentMessage({ type: 'showEntity', key: 'x'.repeat(501) })).toBeNull();
  });

  it('accepts getPageState with or without the revision the popup holds, and nothing else as one', () => {
    expect(parseContentMessage({ type: 'getPageState' })).toEqual({ type: 'getPageState' });
    expect(parseContentMessage({ type: 'getPageState', since: 0 })).toEqual({ type: 'getPageState', since: 0 });
    expect(parseContentMessage({ type: 'getPageState', since: 12 })).toEqual({ type: 'getPageState', since: 12 });
    for (const since of [-1, 1.5, '3', null, Number.NaN]) {
      expect(parseContentMessage({ type: 'getPageState', since })).toBeNull();
    }
  });

  it('accepts the on-request status report and drops fields no schema declares', () => {
    expect(parseBackgroundMessage({ type: 'reportStatus', status: 'on-request', figureCount: 0 })).toEqual({
      type: 'reportStatus',
      status: 'on-request',
      figureCount: 0,
    });
    expect(parseBackgroundMessage({ type: 'reportStatus', status: 'sleeping', figureCount: 0 })).toBeNull();
    expect(parseBackgroundMessage({ type: 'reportStatus', status: 'ready', figureCount: -1 })).toBeNull();
    expect(parseBackgroundMessage({ type: 'prepare', text: 'ignored' })).toEqual({ type: 'prepare' });
    expect(parseContentMessage({ type: 'setHighlights', on: true, extra: { a: 1 } })).toEqual({
      type: 'setHighlights',
      on: true,
    });
  });

  it('checks every name a page sends to the name tables, and cuts an overlong one', () => {
    const names = [
      { text: '李成権', type: 'person', id: 1, extra: 'dropped' },
      { text: 'リー', type: 'person' },
    ];
    expect(parseBackgroundMessage({ type: 'linkNames', names })).toEqual({
      type: 'linkNames',
      names: [
        { text: '李成権', type: 'person', id: 1 },
        { text: 'リー', type: 'person' },
      ],
    });
    // One bad name rejects the list: the links come back by position.
    expect(parseBackgroundMessage({ type: 'linkNames', names: [...names, { text: 'x', type: 'alien' }] })).toBeNull();
    expect(parseBackgroundMessage({ type: 'linkNames', names: [{ text: 'x', type: 'place', id: -1 }] })).toBeNull();
    expect(parseBackgroundMessage({ type: 'linkNames', names: 'リー' })).toBeNull();
    const many = Array.from({ length: MAX_NAMES + 1 }, () => ({ name: 'CSIS', type: 'organization' }));
    expect(parseBackgroundMessage({ type: 'groupSources', names: many })).toBeNull();
    // A byline is no named source.
    expect(parseBackgroundMessage({ type: 'groupSources', names: [{ name: '本紙', type: 'byline' }] })).toBeNull();
    const long = parseBackgroundMessage({ type: 'groupSources', names: [{ name: 'あ'.repeat(5000), type: 'person' }] });
    expect((long as Extract<typeof long, { type: 'groupSources' }>).names[0]?.name).toHaveLength(500);
  });

  it('rejects unknown types, inherited names and non-objects', () => {
    for (const v of [null, 'analyzeText', 3, [], { type: 'toString' }, { type: '__proto__' }, { type: 'nope' }]) {
      expect(parseBackgroundMessage(v)).toBeNull();
      expect(parseContentMessage(v)).toBeNull();
    }
    expect(parseContentMessage({ type: 'runCommand', command: 'format-disk' })).toBeNull();
    expect(parseContentMessage({ type: 'scrollToFigure', index: 1.5 })).toBeNull();
  });

  it('every message type has a schema (the union type is derived from the same table)', () => {
    expect(Object.keys(BACKGROUND_MESSAGES).sort()).toEqual([
      'analyzeText',
      'figuresFirst',
      'groupSources',
      'linkNames',
      'prepare',
      'reportStatus',
    ]);
    expect(Object.keys(CONTENT_MESSAGES).sort()).toEqual([
      'analyzeAnyway',
      'getPageState',
      'runCommand',
      'scrollToFigure',
      'setHighlights',
      'showEntity',
    ]);
  });

  it('caps page metadata instead of carrying a 500,000-character og:title or author', () => {
    const huge = 'あ'.repeat(500_000);
    const msg = parseBackgroundMessage({
      type: 'analyzeText',
      text: '本文。',
      options: { byline: huge, author: huge, published: '2025-07-03' },
    });
    expect(msg?.type).toBe('analyzeText');
    const options = (msg as Extract<typeof msg, { type: 'analyzeText' }>).options;
    expect(options.byline).toHaveLength(MAX_NAME);
    expect(options.author).toHaveLength(MAX_NAME);
    // The figures-first request of the same text is held to the same caps.
    const first = parseBackgroundMessage({ type: 'figuresFirst', text: '本文。', options: { byline: huge } });
    expect((first as Extract<typeof first, { type: 'figuresFirst' }>).options.byline).toHaveLength(MAX_NAME);
    expect(parseBackgroundMessage({ type: 'figuresFirst', text: 'あ'.repeat(MAX_TEXT + 1), options: {} })).toBeNull();
    // What the tab sends and what it keeps beside the analysis are cut before anything travels.
    const capped = capInput({
      options: { byline: huge, published: null },
      facts: { title: huge, isJapanese: true, isArticle: true },
    });
    expect(capped.options.byline).toHaveLength(MAX_NAME);
    expect(capped.facts.title).toHaveLength(MAX_TITLE);
    // The text itself is not cut (that would change the analysis): too long is refused.
    expect(parseBackgroundMessage({ type: 'analyzeText', text: 'x'.repeat(MAX_TEXT + 1), options: {} })).toBeNull();
    expect(parseBackgroundMessage({ type: 'analyzeText', text: '本文', options: { byline: 3 } })).toBeNull();
  });

  it('sends no page facts: the title and the page verdict stay in the tab', () => {
    const msg = parseBackgroundMessage({
      type: 'analyzeText',
      text: '本文。',
      options: { title: '見出し', isJapanese: false, isArticle: false, published: '2025-07-03' },
    });
    expect((msg as Extract<typeof msg, { type: 'analyzeText' }>).options).toEqual({ published: '2025-07-03' });
  });
});

describe('deliver: a worker that stops is sent the message again', () => {
  const noWait = () => Promise.resolve();
  const closed = () =>
    new Error(
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    );

  it('retries a failed delivery and returns the reply', async () => {
    let calls = 0;
    const send = async () => {
      calls++;
      if (calls < 3) throw closed();
      return { ok: true, value: 42 };
    };
    expect(await deliver(send, [1, 1, 1], noWait)).toEqual({ ok: true, value: 42 });
    expect(calls).toBe(3);
  });

  it('gives up after its bound, as unreachable; no retry for an orphaned script or a refusal', async () => {
    let calls = 0;
    const always = async () => {
      calls++;
      throw closed();
    };
    const r = await deliver(always, [1, 1, 1], noWait);
    expect(r).toMatchObject({ ok: false, unreachable: true });
    expect(calls).toBe(4);

    calls = 0;
    const orphan = async () => {
      calls++;
      throw new Error('Extension context invalidated.');
    };
    expect(await deliver(orphan, [1, 1, 1], noWait)).toMatchObject({ ok: false, unreachable: true });
    expect(calls).toBe(1);

    calls = 0;
    const refuses = async () => {
      calls++;
      return { ok: false, error: 'engine failed' };
    };
    expect(await deliver(refuses, [1, 1, 1], noWait)).toEqual({ ok: false, error: 'engine failed' });
    expect(calls).toBe(1);
  });
});

describe('analyzeText options', () => {
  it('carries the author of a signed column, a string or null, nothing else', () => {
    const msg = (author: unknown) => ({
      type: 'analyzeText',
      text: '本文。',
      options: { byline: '北浜タイムズ', author },
    });
    expect(parseBackgroundMessage(msg('村井 千尋'))).toEqual(msg('村井 千尋'));
    expect(parseBackgroundMessage(msg(null))).toEqual(msg(null));
    expect(parseBackgroundMessage(msg({ name: '村井 千尋' }))).toBeNull();
  });
});
