import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFeatures } from '../../scripts/dictionary-image/features';
import { buildTrie, compareLetters, lookupLetters } from '../../scripts/dictionary-image/trie';
import { FeatureReader } from '../../tokenizer/features';
import { type DictionaryImage, readImage, SECTION_NAMES, SECTIONS, writeImage } from '../../tokenizer/image';

/** An image whose sections are all empty but `given` (for reader and decoder tests). */
function image(given: Partial<Record<keyof typeof SECTIONS, ArrayBufferView>>): Uint8Array {
  const sections = Object.fromEntries(
    SECTION_NAMES.map((n) => [n, given[n] ?? new SECTIONS[n](n === 'meta' ? 6 : 0)]),
  ) as Record<keyof typeof SECTIONS, ArrayBufferView>;
  return writeImage(sections);
}

describe('the image format', () => {
  it('reads back every section as a view of the buffer, aligned', () => {
    const bytes = image({ costs: Int16Array.of(-5, 7, 300), posTable: new TextEncoder().encode('名詞,一般') });
    const d = readImage(bytes.buffer as ArrayBuffer);
    expect([...d.costs]).toEqual([-5, 7, 300]);
    expect(new TextDecoder().decode(d.posTable)).toBe('名詞,一般');
    for (const n of SECTION_NAMES) {
      expect(d[n].buffer).toBe(bytes.buffer);
      expect(d[n].byteOffset % 8).toBe(0);
    }
  });

  it('refuses a buffer that is not an image of this version, or is cut short', () => {
    const bytes = image({});
    expect(() => readImage(new ArrayBuffer(64))).toThrow(/not a Shutten dictionary image/);
    const old = bytes.slice();
    new Uint32Array(old.buffer, 4, 1)[0] = 999;
    expect(() => readImage(old.buffer)).toThrow(/version 999/);
    const big = image({ features: new Uint8Array(4096) });
    expect(() => readImage(big.slice(0, big.length - 100).buffer)).toThrow(/out of place/);
  });
});

describe('feature records', () => {
  const entries = [
    { surface: '東京', basic: '東京', reading: 'トウキョウ', pronunciation: 'トーキョー' },
    { surface: '書か', basic: '書く', reading: 'カカ', pronunciation: 'カカ' },
    { surface: 'ＣＮＮ', basic: 'ＣＮＮ', reading: 'シーエヌエヌ', pronunciation: 'シーエヌエヌ' },
    { surface: 'ゐる', basic: '居る', reading: 'ヰル', pronunciation: 'イル' },
  ];

  it('give back each entry’s basic form, reading and pronunciation, from any entry of a block', () => {
    // Enough entries to span several index blocks, with rare characters written as two-byte escapes.
    const many = Array.from({ length: 40 }, (_, i) => entries[i % entries.length] as (typeof entries)[number]);
    const { features, featureIndex, featureChars } = encodeFeatures(many);
    const d = readImage(image({ features, featureIndex, featureChars }).buffer as ArrayBuffer) as DictionaryImage;
    const reader = new FeatureReader(d);
    many.forEach((e, i) => {
      expect(reader.known(i, e.surface)).toEqual({
        basic: e.basic,
        reading: e.reading,
        pronunciation: e.pronunciation,
      });
    });
  });

  it('round-trip arbitrary strings, including characters outside the one-byte table', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            surface: fc.string({ minLength: 1, maxLength: 8 }),
            basic: fc.string({ maxLength: 8 }),
            reading: fc.string({ maxLength: 12 }),
            pronunciation: fc.string({ maxLength: 12 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (list) => {
          const { features, featureIndex, featureChars } = encodeFeatures(list);
          const reader = new FeatureReader(
            readImage(image({ features, featureIndex, featureChars }).buffer as ArrayBuffer),
          );
          list.forEach((e, i) => {
            expect(reader.known(i, e.surface)).toEqual({
              basic: e.basic,
              reading: e.reading,
              pronunciation: e.pronunciation,
            });
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the letter trie', () => {
  it('finds every key and nothing else, prefixes and leaves alike', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }), {
          selector: (k) => k.join(','),
          maxLength: 200,
        }),
        (raw) => {
          const keys = raw
            .map((k, i) => ({ letters: Uint16Array.from(k), value: i * 7 }))
            .sort((a, b) => compareLetters(a.letters, b.letters));
          const trie = buildTrie(keys);
          for (const k of keys) expect(lookupLetters(trie, k.letters)).toBe(k.value);
          const present = new Set(raw.map((k) => k.join(',')));
          // Every proper prefix that is not a key, and one letter more than each key, are absent.
          for (const k of raw) {
            for (let n = 1; n < k.length; n++)
              if (!present.has(k.slice(0, n).join(',')))
                expect(lookupLetters(trie, Uint16Array.from(k.slice(0, n)))).toBe(-1);
            if (!present.has([...k, 41].join(','))) expect(lookupLetters(trie, Uint16Array.from([...k, 41]))).toBe(-1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
