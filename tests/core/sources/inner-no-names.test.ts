import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// Each sentence stands under a headline, as in an article.
const inArticle = (sentence: string) => `きょうの話題\n${sentence}`;

describe('a name may hold an の of its own (緑の森財団) under a person’s role after it', () => {
  it.each([
    ['緑の森財団の担当者によると、巣の数は48%減った。', '48%', '緑の森財団'],
    ['海の子ネットワークの代表は、参加者が約2300人だったと明らかにした。', '2300人', '海の子ネットワーク'],
    ['星の砂研究所の調査員によりますと、漂着ごみは去年の1.5倍に増えたということです。', '1.5倍', '星の砂研究所'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(inArticle(text), figure)).toContain(source);
  });

  it.each([
    // A body's own one-character word before の owns what follows: the phrase keeps its one owner.
    ['県の森林組合の担当者によると、伐採量は前年より12%減った。', '12%', '森林組合の担当者'],
    ['市の子育て支援課の担当者は、待機児童が42人だったと説明した。', '42人', '子育て支援課の担当者'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(inArticle(text), figure)).toBe(source);
  });
});
