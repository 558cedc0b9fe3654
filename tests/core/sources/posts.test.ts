import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' ? '' : s.name));

describe('the lines of a post, quoted after the sentence that posted it', () => {
  it('are the poster’s: the subject the posting sentence names', () => {
    const text = [
      '北山製菓は先月、公式Xに新商品の写真を投稿した。',
      '発売から3年、やっと形になりました！',
      '初回は500箱だけの限定です😊',
      'この投稿は2日で1万回以上表示された。',
    ].join('\n');
    expect(names(text, ['3年', '500箱', '1万回以上'])).toEqual(['北山製菓', '北山製菓', '']);
  });

  it('are the company the story is about when the posting sentence leaves the poster unsaid', () => {
    const text = [
      '南町製菓は創業60年の菓子メーカーだ。',
      '在庫を整理する前に、記念としてSNSに商品の写真を添えて投稿したところ、注文が殺到した。',
      '自慢の味なんです…',
      'でも3年で150箱しか売れませんでした…',
      '倉庫に残っていたのは40箱。注文は1週間で2千件を超えた。',
    ].join('\n');
    const at = text.indexOf('南町製菓');
    const firm = { text: '南町製菓', start: at, end: at + 4, type: 'organization' as const };
    const found = sourcesOf(text, ['3年', '150箱', '40箱'], [firm]).map((s) => s?.name ?? '');
    expect(found).toEqual(['南町製菓', '南町製菓', '']);
  });

  it('resolve 同社 in the poster, and follow ツイート / すると / 書き込む', () => {
    const a = [
      '東和食品は冷凍パンの会社だ。',
      '同社の担当者がXでツイートしたところ、反響があった。',
      '1日に200個焼いています！',
    ];
    expect(names(a.join('\n'), ['200個'])).toEqual(['東和食品の担当者']);
    const b = ['西浜書店の店主は、閉店を前にSNSに書き込んだ。', '42年間、ありがとうございました'];
    expect(names(b.join('\n'), ['42年間'])).toEqual(['西浜書店の店主']);
  });

  it('stop at the first line that reads as narration', () => {
    const text = [
      '北山製菓は公式Xに投稿した。',
      '今年は2万箱つくりました！',
      '同社の売上高は前年の1.2倍だった。',
      '新工場は5億円をかけて建てた',
    ].join('\n');
    expect(names(text, ['2万箱', '5億円'])).toEqual(['北山製菓', '']);
  });
});

describe('what follows a sentence that merely mentions a post', () => {
  it('is not a post: a headline, a caption, a list of specs, bullet points, Q&A', () => {
    const text = [
      '北山製菓は公式Xに新商品の写真を投稿した。',
      '■新商品は3種類',
      '（写真：北山製菓提供）',
      '内容量：120グラム',
      '・価格は1箱800円',
      'Q 何個作るのか',
      '売り上げ目標1万箱',
    ].join('\n');
    expect(names(text, ['3種類', '120グラム', '800円', '1万箱'])).toEqual(['', '', '', '']);
    const subhead = ['北山製菓は公式Xに新商品の写真を投稿した。', '出荷は半年で2倍に増えた', '同社は工場を建てる。'];
    expect(names(subhead.join('\n'), ['2倍'])).toEqual(['']);
  });

  it('is not a post when 投稿 qualifies a noun or is itself the subject of the sentence', () => {
    const a = ['北山製菓は老舗だ。', '同社がXに投稿した動画は話題になった。', '再生回数は50万回に'];
    expect(names(a.join('\n'), ['50万回'])).toEqual(['']);
    const b = ['北山製菓は老舗だ。', '写真を投稿したのは2万人を超えた。', '1日で300件も届きました！'];
    expect(names(b.join('\n'), ['300件'])).toEqual(['']);
  });

  it('is not a post when no party is in force to have posted it', () => {
    const text = ['SNSに写真を投稿したところ、反響が広がった。', '5年で200個しか売れませんでした…'];
    expect(names(text.join('\n'), ['200個'])).toEqual(['']);
  });

  it('is not a post when the line sits in the same paragraph as the posting sentence', () => {
    const text = '北山製菓は公式Xに投稿した。今年は2万箱つくりました！';
    expect(names(text, ['2万箱'])).toEqual(['']);
  });
});
