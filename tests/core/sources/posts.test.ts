import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

describe('the lines of a post, quoted after the sentence that posted it', () => {
  it('are the poster’s: the subject the posting sentence names', () => {
    const text = [
      '北山製菓は先月、公式Xに新商品の写真を投稿した。',
      '発売から3年、やっと形になりました！',
      '初回は500箱だけの限定です😊',
      'この投稿は2日で1万回以上表示された。',
    ].join('\n');
    expect(namesOf(text, ['3年', '500箱', '1万回以上'])).toEqual(['北山製菓', '北山製菓', '']);
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
    expect(namesOf(a.join('\n'), ['200個'])).toEqual(['東和食品の担当者']);
    const b = ['西浜書店の店主は、閉店を前にSNSに書き込んだ。', '42年間、ありがとうございました'];
    expect(namesOf(b.join('\n'), ['42年間'])).toEqual(['西浜書店の店主']);
  });

  it('are the party the story opened on when the posting sentence, paragraphs later, names no poster', () => {
    const text = [
      '西町の老舗豆腐店「白川屋」の四代目、木村浩二さん（38）は、毎朝4時に店を開ける。',
      '店は1948年に創業した。',
      '商店街の人通りは減り、売り上げは最盛期の半分ほどになった。',
      'それでも大豆の産地は変えなかった。',
      '今年5月、Xにこんな投稿をした。',
      '豆腐、1丁ずつ手で切っています…',
      'でも昨日は20丁しか売れませんでした！',
    ].join('\n');
    expect(namesOf(text, ['20丁'])).toEqual(['木村浩二さん']);
  });

  it('are no one when the last topic, paragraphs back, is not the party the story opened on', () => {
    const text = [
      '西町の老舗豆腐店「白川屋」の四代目、木村浩二さん（38）は、毎朝4時に店を開ける。',
      '妻の木村恵子さんは、店の帳簿をつけている。',
      '商店街の人通りは減り、売り上げは最盛期の半分ほどになった。',
      'それでも大豆の産地は変えなかった。',
      '今年5月、Xにこう投稿した。',
      'でも昨日は20丁しか売れませんでした！',
    ].join('\n');
    expect(namesOf(text, ['20丁'])).toEqual(['']);
  });

  it('take in a post quoted whole in brackets as the paragraph after its posting sentence', () => {
    const text = [
      '東和製菓の山口社長は、先月、公式Xにこう投稿した。',
      '「創業から50年、同じ釜で炊いています。今年は3万箱を届けます」',
      '投稿は3日で10万回以上表示された。',
    ].join('\n');
    expect(namesOf(text, ['50年', '3万箱', '10万回以上'])).toEqual(['東和製菓の山口社長', '東和製菓の山口社長', '']);
  });

  it('follow a verb of writing that points ahead to them (こう書いた, 次のようにつづった), not one that does not', () => {
    const a = [
      '南町書房の店主、石田真理さんは、自身のXにこう書いた。',
      '「閉店まであと30日です」',
      '「42年間ありがとう」',
    ];
    expect(namesOf(a.join('\n'), ['30日', '42年間'])).toEqual(['石田真理さん', '石田真理さん']);
    const b = ['石田真理さんは、ブログに次のようにつづった。', '本は1日に20冊しか売れません…'];
    expect(namesOf(b.join('\n'), ['20冊'])).toEqual(['石田真理さん']);
    const c = ['石田真理さんは、客に手紙を書いた。', '「閉店まであと30日です」'];
    expect(namesOf(c.join('\n'), ['30日'])).toEqual(['']);
  });

  it('stop at the first line that reads as narration', () => {
    const text = [
      '北山製菓は公式Xに投稿した。',
      '今年は2万箱つくりました！',
      '同社の売上高は前年の1.2倍だった。',
      '新工場は5億円をかけて建てた',
    ].join('\n');
    expect(namesOf(text, ['2万箱', '5億円'])).toEqual(['北山製菓', '']);
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
    expect(namesOf(text, ['3種類', '120グラム', '800円', '1万箱'])).toEqual(['', '', '', '']);
    const subhead = ['北山製菓は公式Xに新商品の写真を投稿した。', '出荷は半年で2倍に増えた', '同社は工場を建てる。'];
    expect(namesOf(subhead.join('\n'), ['2倍'])).toEqual(['']);
  });

  it('is not a post when 投稿 qualifies a noun or is itself the subject of the sentence', () => {
    const a = ['北山製菓は老舗だ。', '同社がXに投稿した動画は話題になった。', '再生回数は50万回に'];
    expect(namesOf(a.join('\n'), ['50万回'])).toEqual(['']);
    const b = ['北山製菓は老舗だ。', '写真を投稿したのは2万人を超えた。', '1日で300件も届きました！'];
    expect(namesOf(b.join('\n'), ['300件'])).toEqual(['']);
  });

  it('is not a post when no party is in force to have posted it', () => {
    const text = ['SNSに写真を投稿したところ、反響が広がった。', '5年で200個しか売れませんでした…'];
    expect(namesOf(text.join('\n'), ['200個'])).toEqual(['']);
  });

  it('is not a post when the line sits in the same paragraph as the posting sentence', () => {
    const text = '北山製菓は公式Xに投稿した。今年は2万箱つくりました！';
    expect(namesOf(text, ['2万箱'])).toEqual(['']);
  });
});
