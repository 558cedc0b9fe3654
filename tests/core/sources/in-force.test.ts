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

  it('puts no announcement in force before it is made (10日にも発表する, 公表する予定だ)', () => {
    const soon = inForce('東和電機と北山工業は合併する方針だ。10日にも発表する。\n統合後の売上高は約2兆円となる。', [
      '約2兆円',
    ]);
    expect(soon.map((s) => s.announced)).toEqual([null, null, null]);
    const planned = inForce('南浜精機は新工場の計画を月内に公表する予定だ。\n投資額は約300億円になる。', ['約300億円']);
    expect(planned.map((s) => s.announced)).toEqual([null, null]);
    // …while a target held now (目標を掲げる) and one made (公表した) are in force
    const made = inForce('南浜精機は9日、新工場の計画を公表した。\n投資額は約300億円になる。', ['約300億円']);
    expect(made.map((s) => s.announced)).toEqual([null, '南浜精機']);
  });

  it('keeps no announcement for a sentence about what another party did', () => {
    const read = inForce(
      '選挙管理委員会は8日、市議選の投票率を発表した。\n全40議席のうち、緑の党は21議席を獲得した。一方、市民党は9議席にとどまった。',
      ['40議席', '21議席', '9議席'],
    );
    expect(read.map((s) => s.announced)).toEqual([null, null, null]);
    const deal = inForce('北町電機は20日、決算を発表した。部品大手の南山工業は同社に部品を400億円分供給する。', [
      '400億円',
    ]);
    expect(deal.map((s) => s.announced)).toEqual([null, null]);
  });

  it('nor, once a paragraph tells another party’s deeds, for its subjectless sentences after', () => {
    const read = inForce(
      '東和FCは3日、FW川村が海外クラブへ移籍すると発表した。\n川村は5年前に入団し、通算110試合に出た。昨季もリーグ戦で12得点を挙げた。',
      ['110試合', '12得点'],
    );
    expect(read.map((s) => s.announced)).toEqual([null, null, null]);
  });

  it('still carries the announcement into a sentence about its data', () => {
    const read = inForce(
      '統計局は1日、人口推計を発表した。\n東京都の人口は1400万人を超えた。同局は毎月、推計を公表している。',
      ['1400万人'],
    );
    expect(read.map((s) => s.announced)).toEqual([null, '統計局', null]);
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
