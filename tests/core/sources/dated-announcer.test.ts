import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// …ことが分かった。配給の東和映画が25日発表した。: a sentence that is only who announced it and when,
// the day written right before the verb with no comma, names the party of the finding before it.
describe('a bare announcement with its day right before the verb names the announcer of the sentence before', () => {
  const finding = '映画の興行収入が、24日までに80億円を突破したことが分かった。';
  it.each([
    [`${finding}配給の東和映画が25日発表した。`, '東和映画'],
    [`${finding}東和映画が25日、発表した。`, '東和映画'],
  ])('%s', (text, name) => {
    expect(nameOf(text, '80億円')).toContain(name);
  });

  it.each([
    // The day of a content sentence, not a bare announcement: 25日発表した新作は… goes on.
    `${finding}東和映画が25日発表した新作も好調だ。`,
    // No day before the verb: a plain が-clause says nothing of who made the figure known.
    `${finding}映画の人気が広がった。`,
  ])('none: %s', (text) => {
    expect(nameOf(text, '80億円')).toBe('');
  });
});
