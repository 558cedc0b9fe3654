import { describe, expect, it } from 'vitest';
import { articleBodyPieces, locateRoot } from '../../../../lib/content/page/locate';
import { PageIndex } from '../../../../lib/content/page/page-index';
import { textNodesUnder } from '../../../../lib/content/page/text-map';
import { parse } from './load';

const doc = parse(`<html><body>
  <div id="page"><ul id="nav"><li>トップ</li><li>地域</li></ul>
    <div id="story"><p>市の人口は今年、初めて8万人を下回った。</p><p>市は移住の支援を拡充する方針だ。</p>
      <p>担当者は「若い世帯を呼び込みたい」と話した。</p></div>
    <div id="other"><p>別の記事の見出しです。</p></div></div></body></html>`);
const index = new PageIndex(textNodesUnder(doc.body));

describe('locateRoot', () => {
  it('finds the tightest element holding the paragraphs, white space ignored', () => {
    const root = locateRoot(index, [
      '市の人口は今年、 初めて8万人を 下回った。',
      '市は移住の支援を拡充する方針だ。',
      '担当者は「若い世帯を呼び込みたい」と話した。',
    ]);
    expect(root?.id).toBe('story');
  });

  it('gives up when too little of the text is on the page', () => {
    expect(locateRoot(index, ['この文はページのどこにもありません。', 'これもページにない別の段落です。'])).toBeNull();
  });
});

describe('articleBodyPieces', () => {
  it('cuts a JSON-LD articleBody by line and sentence', () => {
    expect(articleBodyPieces('市は発表した。人口は減った。\n次の段落「増えた。」と話した')).toEqual([
      '市は発表した。',
      '人口は減った。',
      '次の段落「増えた。」',
      'と話した',
    ]);
  });
});
