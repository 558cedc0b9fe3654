import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a party and its report noun written right at a figure credit it', () => {
  it.each([
    ['花火大会には約12万人（主催者発表）が訪れた。', '12万人', '主催者'],
    // NHK register, full-width digits
    ['沿道には約３万人（主催者発表）が詰めかけました。', '３万人', '主催者'],
    ['集会には約5千人（警察発表）が参加した。', '5千人', '警察'],
    ['祭りの人出は約40万人（実行委員会調べ）で、過去最多だった。', '40万人', '実行委員会'],
    ['県内の感染者は累計約8万人（県まとめ）に上る。', '8万人', '県'],
    // the credit as one note of several
    ['来場者は約1万人（前年比2割増、県調べ）だった。', '1万人', '県'],
    ['視聴率は15.2％（ビデオリサーチ調べ、関東地区）だった。', '15.2％', 'ビデオリサーチ'],
    // before the figure, with で / では
    ['デモには主催者発表で約2万人、警察発表で約8千人が参加した。', '2万人', '主催者'],
    ['デモには主催者発表で約2万人、警察発表で約8千人が参加した。', '8千人', '警察'],
    ['警察発表では約5千人が参加した。', '5千人', '警察'],
    // closing the sentence, after its predicate: every figure of the sentence
    ['同日は同球場に約5200人の観客が詰めかけた（大会本部発表）。', '5200人', '大会本部'],
    ['集会には約3000人が参加したという（主催者発表）。', '3000人', '主催者'],
    ['この日は４万２０００人の観衆が見守りました（球団発表）。', '４万２０００人', '球団'],
    ['出走は約1万2000人で、沿道には約40万人が詰めかけた（実行委員会発表）。', '1万2000人', '実行委員会'],
    ['投票率は38.2%で、前回を3ポイント下回った（市選管まとめ）。', '3ポイント', '市選管'],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });

  it.each([
    // a note of the writer's, not a credit
    ['売上高は約30億円（前年比12%増）だった。', '30億円'],
    ['新庁舎の事業費は約86億円（税込み）に上る。', '86億円'],
    ['参加者は約200人（定員250人）だった。', '200人'],
    // a party named only through the article is left to the sentence's reading
    ['今年の出荷量は約1200トン（同組合調べ）と前年並みだった。', '1200トン'],
    // a note closing the sentence that is no credit
    ['東和電機は新工場に約300億円を投じる（写真は完成予想図）。', '300億円'],
    ['支持率は42.5%だった（小数点以下は四捨五入）。', '42.5%'],
  ])('%s stays unattributed', (text, surface) => {
    expect(nameOf(text, surface)).toBe('');
  });
});
