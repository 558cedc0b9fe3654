import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

// Two kinds of line whose markup misleads: a photo story's text blocks by each photo (markup of a caption, prose
// of the story) and a live feed's minute-stamped entries under a match report (markup of paragraphs, no story).

const page = (body: string) =>
  parse(
    '<html lang="ja"><head><meta charset="utf-8"><title>南浜の港、秋の一日 | 南浜新報</title>' +
      '<meta property="og:type" content="article"><meta property="og:title" content="南浜の港、秋の一日"><meta property="article:published_time" content="2025-10-05T08:00:00+09:00">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"南浜の港、秋の一日"}</script></head><body><header><a href="/">南浜新報</a></header><main><article><h1>南浜の港、秋の一日</h1>' +
      `<p class="date">2025年10月5日 8時00分</p>${body}</article></main></body></html>`,
  );

const body = (doc: Document) => {
  const p = extractArticle(doc);
  expect(p.reason).toBe('ok');
  return p.lines.filter((l) => l.kind === 'paragraph').map((l) => p.map.text.slice(l.start, l.end));
};

const photo = (n: number, credit: string, text: string) =>
  `<figure><img src="/p/${n}.jpg" alt=""><figcaption><span>${n}/4</span><span>${credit}</span>` +
  `${text ? `<p class="ps-text">${text}</p>` : ''}</figcaption></figure>`;

const shots = [
  '夜明け前の港に、最初の船が戻ってきた。網の中で銀色の魚が跳ねる。',
  '競りは午前6時に始まる。仲買人の声が市場に響き、値が次々に決まっていく。',
  '市場で働く人は年々減っている。組合によると、10年前の半分ほどだという。',
  '競りが終わると、港は急に静かになった。「明日も海が穏やかなら」。漁師の西田和夫さん（61）は網を片付け始めた。',
];

describe('a photo story told in the text by each photo', () => {
  it('reads each photo text as a paragraph, credits and counters left captions', () => {
    const lead =
      '<p class="lead">午前4時、南浜港に漁船の灯りがともる。秋の漁が最盛期を迎え、港は夜明け前から慌ただしく動き出す。水揚げから競り、出荷まで、港で働く人たちの秋の一日を写真で追った。</p>';
    const doc = page(
      lead + shots.map((t, i) => photo(i + 1, `港に戻る船＝4日午前5時、南浜港（撮影・北村亮）`, t)).join(''),
    );
    const lines = body(doc);
    for (const t of shots) expect(lines).toContain(t);
    expect(lines.join('')).not.toContain('撮影');
  });

  it('keeps a story’s short photo captions out of its body', () => {
    const prose =
      '<p>南浜市の南浜港で4日、秋の大漁祭りが開かれ、市内外から約8千人が訪れた。漁協の組合員が水揚げしたばかりの魚を振る舞った。</p>' +
      '<p>会場では地元の高校生による太鼓演奏もあり、家族連れらが足を止めて聞き入った。実行委員長の大野正樹さん（55）は「港の元気を伝えたい」と話した。</p>' +
      '<p>祭りは今年で30回目。漁協は来年以降も続ける方針だ。</p>';
    const doc = page(prose + photo(1, '太鼓を演奏する高校生たち＝4日、南浜港', '') + photo(2, '振る舞われた魚', ''));
    const lines = body(doc);
    expect(lines).toHaveLength(3);
    expect(lines.join('')).not.toMatch(/太鼓を演奏する|振る舞われた魚/);
  });

  it('leaves a one-sentence caption a caption though the story is short', () => {
    const doc = page(
      '<p>南浜市の南浜港で4日、秋の大漁祭りが開かれ、市内外から約8千人が訪れた。漁協の組合員が水揚げしたばかりの魚を振る舞った。祭りは今年で30回目。</p>' +
        '<p>実行委員長の大野正樹さん（55）は「港の元気を伝えたい」と話した。漁協は来年以降も続ける方針で、会場の拡張も検討するという。</p>' +
        photo(1, '', '会場では地元の高校生による太鼓演奏もあった。'),
    );
    expect(body(doc).join('')).not.toContain('太鼓演奏');
  });
});

const report =
  '<p>サッカーの南浜リーグは4日、第12節を行い、南浜FCは敵地で西浦SCに2―1で勝った。連勝で勝ち点を25に伸ばし、3位に浮上した。</p>' +
  '<p>前半18分に先制を許したが、後半は両サイドからの攻撃で押し込み、同25分にMF石井健太のヘディングで追いついた。</p>' +
  '<p>決勝点は後半40分。途中出場のFW中島翼が右足で決めた。試合後、中島は「最後まで走り切れた」と笑顔を見せた。</p>';

describe('a match report with a live feed under it', () => {
  it('leaves the minute-stamped entries out of the body', () => {
    const feed =
      '<h2>テキスト速報</h2><ol><li><span>90+3分</span><span>試合終了。南浜FCが逆転勝ち。</span></li>' +
      '<li><span>85分</span><span>交代</span><span>西浦：小川 → 森</span></li>' +
      '<li><span>45+1分</span><span>前半終了。</span></li><li><span>1分</span><span>キックオフ。</span></li></ol>';
    const lines = body(page(report + feed));
    expect(lines).toHaveLength(3);
    expect(lines.join('')).not.toContain('キックオフ');
  });

  it('leaves a clock-stamped feed out too', () => {
    const feed = '<ul><li>19:03 試合開始。</li><li>19:21 西浦が先制。</li><li>20:10 南浜が同点。</li></ul>';
    expect(body(page(report + feed))).toHaveLength(3);
  });

  it('keeps paragraphs that open on a minute, each a sentence of the story', () => {
    const story =
      '<p>サッカーの南浜リーグは4日、第12節を行い、南浜FCは敵地で西浦SCに2―1で勝った。連勝で勝ち点を25に伸ばした。</p>' +
      '<p>18分、西浦のFW小川が右からのクロスを頭で合わせて先制した。南浜は前半、シュート1本に終わった。</p>' +
      '<p>60分、南浜は途中出場の中島のゴールで追いついた。左サイドを崩し、ゴール前でこぼれ球を押し込んだ。</p>' +
      '<p>88分、再び中島が決めて逆転した。試合後、中島は「最後まで走り切れた」と笑顔を見せた。</p>';
    expect(body(page(story))).toHaveLength(4);
  });

  it('keeps two stamped lines, too few for a feed', () => {
    const lines = body(page(`${report}<ul><li>90分 試合終了。</li><li>45分 前半終了。</li></ul>`));
    expect(lines).toHaveLength(5);
  });
});
