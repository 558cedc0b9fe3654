import { beforeAll, describe, expect, it } from 'vitest';
import { type AttributedFigure, findByline } from '../../../core/sources';
import { sourcesInForce } from '../../../core/sources/in-force';
import { splitSentences } from '../../../core/text/sentences';
import { tokenizeText } from '../../../core/text/tokens';
import { loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

/** The sources in force in each sentence of `text`, with figures written as `surfaces`, by name. */
function inForce(text: string, surfaces: readonly string[] = []) {
  const figures: AttributedFigure[] = surfaces.map((s) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, value: null, min: null, max: null, unit: '', kind: 'count' };
  });
  const tokens = tokenizeText(text, realTokenizer());
  const sentences = splitSentences(text);
  const read = sourcesInForce({ text, tokens, sentences, figures, entities: [], byline: findByline(text) });
  return read.sentences.map((s) => ({
    text: s.view.sentence.text,
    scoped: s.scoped?.name ?? null,
    announced: s.announced?.name ?? null,
    after: s.after?.name ?? null,
    lastNamed: s.lastNamed?.name ?? null,
  }));
}

describe('sources in force, sentence by sentence', () => {
  it('holds an according-to that opens a sentence for the rest of its paragraph, and no further', () => {
    const read = inForce(
      '県警によりますと、男は午前9時ごろ店に入りました。店内には客が3人いました。\n店の前には20人が集まりました。',
      ['3人', '20人'],
    );
    expect(read.map((s) => s.scoped)).toEqual([null, '県警', null]);
    // …but それによりますと could still point back to it in the next paragraph.
    expect(read[2]?.lastNamed).toBe('県警');
  });

  it('carries an announcement of a dated lede into the next paragraph', () => {
    const read = inForce('東和電機は10日、新しい掃除機を発表した。\n価格は3万円になる。', ['3万円']);
    expect(read.map((s) => s.announced)).toEqual([null, '東和電機']);
  });

  it('keeps a speaker written after the words for the sentences before them', () => {
    const read = inForce('売上高は850億円だった。海外向けが好調だったと、広報担当者は説明した。', ['850億円']);
    expect(read.map((s) => s.after)).toEqual([null, '広報担当者']);
  });

  it('gives a sentence with a figure of its own no speaker for the sentences before', () => {
    const read = inForce('売上高は850億円だった。利益は3割増えたと、広報担当者は説明した。', ['850億円', '3割']);
    expect(read.map((s) => s.after)).toEqual([null, null]);
  });
});
