import { describe, expect, it } from 'vitest';
import { parseBackgroundMessage, parseContentMessage } from '../../lib/messages';

describe('messages added for the reading experience', () => {
  it('accepts showEntity with a key and rejects anything else', () => {
    expect(parseContentMessage({ type: 'showEntity', key: '#3' })).toEqual({ type: 'showEntity', key: '#3' });
    expect(parseContentMessage({ type: 'showEntity', key: '' })).toBeNull();
    expect(parseContentMessage({ type: 'showEntity', key: 3 })).toBeNull();
    expect(parseContentMessage({ type: 'showEntity', key: 'x'.repeat(501) })).toBeNull();
  });
  it('accepts the on-request status report', () => {
    expect(parseBackgroundMessage({ type: 'reportStatus', status: 'on-request', figureCount: 0 })).toEqual({
      type: 'reportStatus',
      status: 'on-request',
      figureCount: 0,
    });
    expect(parseBackgroundMessage({ type: 'reportStatus', status: 'sleeping', figureCount: 0 })).toBeNull();
    expect(parseBackgroundMessage({ type: 'prepare', text: 'ignored' })).toEqual({ type: 'prepare' });
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
