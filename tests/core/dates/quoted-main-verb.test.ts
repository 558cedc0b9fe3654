import { describe, expect, it } from 'vitest';
import { tokenDates } from './helpers';

const read = tokenDates();

/**
 * A date in a quote whose verb goes on with a comma takes the tense of the quote's own last predicate,
 * not of the reporting verb after 」: 「４月末までに法案を通し、…示したい」と語った → the coming April.
 */
describe("a quote's main verb", () => {
  it.each([
    ['議員は「４月末までに法案を通し、改革の道筋を示したい」と語った。', '2024-04'],
    ['市長は「１１月に新庁舎を開き、窓口をまとめる」と話した。', '2024-11'],
  ])('reads the quote, not the reporter, in %s', (text, value) => {
    expect(read(text, '2024-02-19')[0]?.[1]).toBe(value);
  });

  it.each([
    ['社長は「１１月に工場を開き、生産を始めた」と語った。', '2023-11'],
    ['同社は１１月に工場を開き、生産を始めたと発表した。', '2023-11'],
  ])('keeps a past told by the quote or the sentence in %s', (text, value) => {
    expect(read(text, '2024-02-19')[0]?.[1]).toBe(value);
  });
});
