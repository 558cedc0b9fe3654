import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { NameReadings, nameHash, namePairHash } from '../../../core/entities/name-readings';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const readingOf = (text: string, name: string): string | null | undefined =>
  findEntities(text, tokenizeText(text, tokenizer)).find((e) => e.text === name)?.reading;

describe('NameReadings', () => {
  it('confirms listed pairs only', () => {
    const nr = NameReadings.build(
      [namePairHash('山本', 'ヤマモト')],
      [namePairHash('花子', 'ハナコ')],
      [nameHash('山本一太')],
    );
    expect(nr.isSurname('山本', 'ヤマモト')).toBe(true);
    expect(nr.isSurname('山本', 'サンボン')).toBe(false);
    expect(nr.isGiven('花子', 'ハナコ')).toBe(true);
    expect(nr.isGiven('花子', 'カコ')).toBe(false);
    expect(nr.isMisread('山本一太')).toBe(true);
    expect(nr.isMisread('山本花子')).toBe(false);
  });
});

describe('people’s readings come from a names dictionary, or there is none', () => {
  it('a listed surname, and a listed surname with a given name IPADIC knows (山本, 山田花子)', () => {
    expect(readingOf('山本氏は語った。', '山本')).toBe('ヤマモト');
    expect(readingOf('山田花子さんが受賞した。', '山田花子')).toBe('ヤマダハナコ');
  });
  it('no reading stitched from single kanji (森暢平 is not モリトオルタイラ)', () => {
    expect(readingOf('成城大の森暢平教授は語った。', '森暢平')).toBeNull();
  });
  it('no reading for a person the dictionary reads otherwise (山本一太 is not ヤマモトカズタ)', () => {
    expect(readingOf('群馬県の山本一太知事は語った。', '山本一太')).toBeNull();
  });
  it('katakana names read as written; places and organisations as before', () => {
    expect(readingOf('ウラジーミル・プーチン大統領が語った。', 'ウラジーミル・プーチン')).toBe(
      'ウラジーミル・プーチン',
    );
    expect(readingOf('愛知県の工場を視察した。', '愛知県')).toBe('アイチケン');
  });
});

describe('places read as listed', () => {
  it('two listed names written together: 岩手県北上市 is イワテケンキタカミシ (not ホクジョウ)', () => {
    expect(readingOf('岩手県北上市の工場が稼働した。', '岩手県北上市')).toBe('イワテケンキタカミシ');
  });
});

describe('names no list holds are read only from parts that know their reading', () => {
  it('dictionary words and fixed suffixes: 厚生労働省, 近畿財務局', () => {
    expect(readingOf('厚生労働省が発表した。', '厚生労働省')).toBe('コウセイロウドウショウ');
    expect(readingOf('近畿財務局が決めた。', '近畿財務局')).toBe('キンキザイムキョク');
  });
  it('none where a part is read several ways in names (日本維新の会 ニッポン, 日本航空 ニホン) or the suffix varies (祭)', () => {
    expect(readingOf('日本維新の会の幹部が述べた。', '日本維新の会')).toBeNull();
    expect(readingOf('青森ねぶた祭が開かれた。', '青森ねぶた祭') ?? null).toBeNull();
  });
  it('none for a person of one kanji and one kanji, often a Chinese name (毛寧 is not モウヤスシ)', () => {
    expect(readingOf('毛寧報道官は述べた。', '毛寧') ?? null).toBeNull();
  });
});
