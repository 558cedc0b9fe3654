import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

describe('official values framed with で (公表値で, 速報値では, メーカー公称値で)', () => {
  it('a bracketed official value is its owner’s, 同社 resolved; the rest of the sentence is not', () => {
    const text =
      '東和電機は新型の扇風機を発売した。\n弱運転（同社公表値で約25デシベル）なら寝室でも使える。筆者が測ると約31デシベルだった。';
    expect(namesOf(text, ['約25デシベル', '約31デシベル'])).toEqual(['東和電機', '']);
    const beside = '「静音」モード（同社公表値で約40デシベル）を選べば、3時間ほど動かしても気にならない。';
    const both = `北辰電機は老舗の家電メーカーだ。\n${beside}`;
    expect(namesOf(both, ['約40デシベル', '3時間'])).toEqual(['北辰電機', '']);
  });

  it('an owner written before it, with or without の', () => {
    expect(namesOf('気象庁の速報値では、最大震度は4だった。', ['4'])).toEqual(['気象庁']);
    expect(sourcesOf('気象庁の速報値では、最大震度は4だった。', ['4'])[0]?.type).toBe('government');
    expect(namesOf('メーカー公称値で最長10時間動く。', ['最長10時間'])).toEqual(['メーカー']);
  });

  it('with no owner written, the party the paragraph is about', () => {
    const text = '北辰家電によると、新型は前の型より軽い。カタログ値では重さ1.2kgだ。';
    expect(namesOf(text, ['1.2kg'])).toEqual(['北辰家電']);
  });

  it('a measured value (実測値, 測定値) is whoever measured, not an official figure', () => {
    expect(namesOf('筆者の実測値で約1.5kgだった。', ['約1.5kg'])).toEqual(['']);
    expect(namesOf('価格は2万円で、1日の電気代は20円ほど。', ['2万円', '20円'])).toEqual(['', '']);
  });
});
