import { beforeAll, describe, expect, it } from 'vitest';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import { loadTokenizer, realTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

// With the article's entities, as the CLI reads it: the tagger's bodies and places are antecedents too.
const nameOf = (text: string, figure: string) =>
  sourcesOf(text, [figure], findEntities(text, tokenizeText(text, realTokenizer())))[0]?.name ?? '';

// 同X with a head no table lists: it points back to the body named before whose name ends in X.
describe('同 + any head resolves to the body named before whose name ends in it', () => {
  it.each([
    // paper
    [
      '西浜町消防本部は9日、台風による被害をまとめた。同本部によると、倒れた木は約40本に上った。',
      '約40本',
      '西浜町消防本部',
    ],
    // broadcaster, です/ます
    [
      '市立ひかり台動物園は、この夏の来園者数を発表しました。同園によりますと、来園者はおよそ12万人でした。',
      'およそ12万人',
      'ひかり台動物園',
    ],
    // wire
    [
      '東和県農業共済組合は15日、ひょう害の被害額を公表した。同組合の集計では、被害は約3億円に達した。',
      '約3億円',
      '東和県農業共済組合',
    ],
    ['私立北嶺学院高校は入試の結果を発表した。同校によると、志願者は前年より120人多かった。', '120人', '北嶺学院高校'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('a head that ends no body named before (同容疑者, 同施設) leaves the phrase as written', () => {
    const text = '北浜署は山田一郎容疑者を逮捕した。同容疑者によると、現金は約50万円だったという。';
    expect(nameOf(text, '約50万円')).not.toBe('北浜署');
  });

  it('the nearest such body wins: 同本部 after two bodies with that head', () => {
    const text =
      '南川市消防本部は応援を要請した。北川市消防本部は10日、出動の件数をまとめた。同本部によると、出動は延べ85回だった。';
    expect(nameOf(text, '延べ85回')).toBe('北川市消防本部');
  });
});

describe('a body’s head alone (園は, 本部は) points back to the one body the article named with it', () => {
  it.each([
    [
      '市立ひかり台動物園は来園者の調査をまとめた。園は来年度までに売店を3カ所増やすとしている。',
      '3カ所',
      'ひかり台動物園',
    ],
    [
      '東和市消防本部は出動件数をまとめた。本部は、救急の出動が約4千件だったと明らかにした。',
      '約4千件',
      '東和市消防本部',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('two bodies with that head named before: the head alone stays as written', () => {
    const text =
      '南川市消防本部は応援を求めた。北川市消防本部は隊員を送った。本部は、参加したのは約200人だったと明らかにした。';
    expect(nameOf(text, '約200人')).not.toMatch(/川市消防本部/);
  });
});

describe('a zoo or botanical garden named as a park (動物公園, 植物公園) acts as the body that runs it', () => {
  it.each([
    [
      '北浜市の市立ひかり台動物公園は、春に実施した来園者アンケートの結果をまとめた。回答した960人のうち72%が「また来たい」と答えた。',
      '72%',
    ],
    ['ひかり台植物公園は、来園者アンケートの結果をまとめました。回答した人の8割が満足と答えました。', '8割'],
  ])('%s', (text, figure) => {
    expect(nameOf(text, figure)).toMatch(/ひかり台(?:動物|植物)公園$/);
  });
});

// 同ラボの担当者: a 同X no table lists, qualifying a role, is resolved in place as 同社の担当者 is.
describe('同X of a head no table lists, before の and a role, names the body', () => {
  it.each([
    [
      '調査会社のソラマメ・ラボによると、利用者は増えた。同ラボの担当者は「利用者の約3割が若者だ」と話している。',
      '約3割',
      'ソラマメ・ラボ',
    ],
    ['北川動物園は、飼育数を発表した。同園の飼育員は「あと20頭は増やしたい」と話した。', '20頭', '北川動物園'],
    [
      '東和市消防本部は、火災の件数をまとめた。同本部の担当者によると、住宅火災は12件だった。',
      '12件',
      '東和市消防本部',
    ],
    [
      '市場調査のミライ総研の調べでは、販売は12万本だった。同総研の担当者は「前年の1.5倍のペースだ」と話した。',
      '1.5倍',
      'ミライ総研',
    ],
  ])('%s', (text, figure, name) => {
    expect(nameOf(text, figure)).toContain(name);
  });

  it('a 同X no body before ends in stays as written (同容疑者の弁護士)', () => {
    expect(nameOf('北山署は男を逮捕した。同容疑者の弁護士は「3回は面会した」と話した。', '3回')).toBe(
      '同容疑者の弁護士',
    );
  });
});
