import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf } from './helpers';

beforeAll(loadTokenizer);

// Someone known by whom they are close to (友人, 知人, 同僚) speaks as kin (妻, 長男) do: the figures of
// their quote are theirs, not the paragraph's police or coast guard.
describe('a friend or colleague quoted as the subject', () => {
  it.each([
    ['一緒に釣りをしていた友人が「2人が流された」と話した。', '2人', '友人'],
    ['男性の知人が「借金は500万円ほどあった」と証言した。', '500万円ほど', '男性の知人'],
    ['職場の同僚が「3日前から連絡が取れない」と心配している。', '3日前', '職場の同僚'],
  ])('%s', (text, figure, speaker) => {
    expect(nameOf(text, figure)).toBe(speaker);
  });

  it('not a friend who is only the content: 友人3人と泳いでいた stays with the police', () => {
    expect(nameOf('北浜署によると、男性は友人3人と沖合で泳いでいた。', '友人3人')).toBe('北浜署');
  });
});
