import { describe, expect, it } from 'vitest';
import type { Block, BlockKind } from '../../../../lib/content/page/blocks';
import { readProse } from '../../../../lib/content/page/prose-reading';

// Lines as extraction gives them: one text node each (readProse reads only their text and kind).
const line = (text: string, kind: BlockKind = 'paragraph'): Block => ({
  kind,
  nodes: [{ data: text } as Text],
  chars: text.length,
  linked: false,
});
const read = (...paragraphs: string[]) => readProse(paragraphs.map((p) => line(p)));

describe('readProse: what a page’s prose reads as', () => {
  it('a local story: reported, narrated, dated and peopled', () => {
    const r = read(
      '　北山町の駅前通りに今月、古い蔵を改装した図書室が開いた。地元の有志が1年かけて準備した。',
      '　運営する会の代表、森田和夫さん（64）は「子どもが放課後に寄れる場所にしたい」と話す。',
      '　初日の5日には親子連れら約40人が訪れた。',
    );
    expect(r).toMatchObject({ kind: 'story', ages: 1 });
    expect(r.reporting).toBeGreaterThanOrEqual(1);
  });

  it('the progressive narrates, its て voiced or not; the non-past of a plan or a habit does not', () => {
    expect(read('駅前のビルの建設が進んでいます。', '住民の多くが工事の音に悩んでいる。').narrated).toBe(2);
    expect(read('図書館は毎週月曜に休む。', '会員は夜9時まで本を読める。').narrated).toBe(0);
  });

  it('a feature’s quote given to its speaker with no verb reports; a line of a story that ends on a noun does not', () => {
    expect(read('「雨の翌日は迫力が違いますよ」と、保存会の小池和夫会長。').reporting).toBe(1);
    expect(read('「村の人が守ってきた寺です」と岡本住職。').reporting).toBe(1);
    expect(read('「また来てね」と母。', '紅葉は11月上旬から色づく。', '滝の名は伝説から。').reporting).toBe(0);
  });

  it('a news photo’s caption dates and places its shot; a product shot’s or a paragraph’s does not count', () => {
    const captions = (...texts: string[]) => readProse(texts.map((t) => line(t, 'caption'))).photoDatelines;
    expect(captions('一面に咲いたひまわりの中を歩く家族連れ＝27日、北山市西原')).toBe(1);
    expect(captions('会見する知事＝2025年7月12日午後、県庁')).toBe(1);
    expect(captions('夏みかんゼリー（1個380円）', '新しい駅舎＝北山市')).toBe(0);
    expect(read('ひまわりの中を歩く家族連れ＝27日、北山市西原。').photoDatelines).toBe(0);
  });

  it('a police brief that reports no one, but gives the day and a person’s age', () => {
    const r = read(
      '北山市の国道で5日午前、乗用車とトラックが衝突した。',
      '乗用車を運転していた会社員の男性（45）が軽いけがをした。',
      '警察が事故の原因を調べている。',
    );
    expect(r).toMatchObject({ kind: 'story', reporting: 0 });
  });

  it('an easy-Japanese story with its words spaced out, and a quoted instruction that instructs no one', () => {
    const r = read(
      '10月 5日、 北山市 で 子ども の ための 交通 安全 教室 が ありました。',
      '子ども が 60人 ぐらい 来ました。 道 の 渡り方 を 習いました。',
      '警察 の 人 は 「道 を 渡る 前 に 右 と 左 を 見て ください」 と 話しました。',
    );
    expect(r).toMatchObject({ kind: 'story', instructions: 0 });
  });

  it("a city office's procedure: the reader is told what to do, nobody reports anything", () => {
    const r = read(
      '市外から引っ越してきたときは、転入の届け出が必要です。',
      '住み始めた日から14日以内に届け出てください。',
      '代理の方が届け出る場合は、委任状をお持ちください。',
      '郵送で届け出ることはできません。',
    );
    expect(r.kind).toBe('procedure');
  });

  it('a dictionary entry: a headword with its reading, and definitions', () => {
    const r = readProse([
      line('ゆうだち‐ぐも〔ユフダチグモ〕【夕立雲】', 'heading'),
      line('夏の午後に急に発達し、にわか雨を降らせる雲のこと。積乱雲の一種で、雷を伴うことが多い。'),
      line('地表が強く熱せられた日に生じやすく、数十分で消えることもある。'),
    ]);
    expect(r.kind).toBe('definition');
  });

  it('a glossary entry: 「…とは」 over a definition', () => {
    const r = readProse([
      line('夕立雲とは', 'heading'),
      line('夏の午後に急に発達し、にわか雨を降らせる雲のこと。積乱雲の一種で、雷を伴うことが多い。'),
      line('地表が強く熱せられた日に生じやすく、数十分で消えることもある。'),
    ]);
    expect(r.kind).toBe('definition');
  });

  it('a diary: the writer speaks as I, with family and talk', () => {
    const r = read(
      '朝から雨。妻とスーパーへ行った。',
      '僕は昼寝をして過ごした。夕方に晴れたので散歩したかな。',
      '夜は息子の好きなカレーにした。おいしかったよ。',
    );
    expect(r.kind).toBe('personal');
  });

  it('an essay reports nothing and reads as plain prose; so do fewer than three sentences', () => {
    expect(
      read(
        '　秋になると、川べりの道を歩きたくなる。',
        '　落ち葉を踏む音が、夏の間に忘れていた何かを思い出させる。',
        '　次の休みには、少し遠くまで足を延ばしてみようと思う。',
      ).kind,
    ).toBe('plain');
    expect(read('北山市は5日、新しい計画を発表した。市長は「急ぎたい」と話した。').kind).toBe('plain');
  });

  it('私立 and 私鉄 are no first person', () => {
    expect(read('県内の私立高校で5日、入試が始まった。私鉄各社は臨時便を出した。').personal).toBe(0);
  });
});
