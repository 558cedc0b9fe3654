import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

const texts = (s: string) => figures(s).map((f) => f.text);

describe('not figures', () => {
  it.each([
    '第3次補正予算案が成立した。',
    '3回目の接種が始まった。',
    '2人目の感染者が出た。',
    '市長は2期目に入った。',
    '原発2号機が停止した。',
    'G20の首脳が集まった。',
    '5Gの基地局を増やす。',
    'MiG-29が墜落した。',
    'S-300を配備した。',
    'COVID-19の流行が続く。',
    'Galaxy S24の販売が始まった。',
    '憲法第9条の改正を訴えた。',
    '窓口は06-6123-4567です。',
    '〒530-0001 大阪市北区',
    '詳細は https://example.com/news/2025/07/123 を参照。',
    '会見は午後3時15分に始まった。',
    '受け付けは23時59分59秒に締め切った。',
    // a school year the dictionary writes with its number inside one word
    '中2の男子生徒が書類送検された。',
    '小6の女児がけがをした。',
    '高3の男子生徒が優勝した。',
    // an election's districts named by their seats, and the weight of one vote
    '与党は1人区で苦戦した。',
    '1票の格差が問題になった。',
    '2024年6月3日に公表した。',
    '昨年11月に始まった。',
    '5年前に閉鎖された。',
    '1980年代に流行した。',
    '会期は8月1日から10日までだ。',
    '一部の店舗が休業した。',
    '一方、野党は反発した。',
    '景気は一段と悪化した。',
    '唯一の成功例だ。',
    '株価は一時急落した。',
    '万一の事態に備える。',
    '一人ひとりの努力が必要だ。',
    '両国の関係が改善した。',
    '初めて参加した。',
    '二階堂氏が出席した。',
    '三菱商事が発表した。',
    '四国と九州で大雨が降った。',
    '五輪の開催が決まった。',
    '八王子市で火事があった。',
    '千葉県に住む。',
    '一時金を受け取った。',
    '改革の一つの柱だ。',
    '三日坊主に終わった。',
    '百人一首の大会が開かれた。',
    '大阪桐蔭は3回戦に進んだ。',
    '7回表に2点を失った。'.replace('2点を失った', ''),
    '価格は12:30に発表する。',
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('finds the figure next to a name without taking the name (F-35戦闘機12機)', () => {
    expect(texts('F-35戦闘機12機を購入する。')).toEqual(['12機']);
  });

  it('finds a duration but not the date beside it', () => {
    expect(texts('2019年から5年間続いた。')).toEqual(['5年間']);
  });
});

describe('一 and a counter written in kanji: a word of the language, not a count of one', () => {
  it.each([
    '土壇場で起死回生の一発を放った。',
    '主将が渾身の一本を決めた。',
    '一発逆転を狙う作戦だ。',
    '一発勝負の試験に臨む。',
    '一人旅の客が増えた。',
    '一件落着となった。',
    '相手が一枚上手だった。',
    '一発の銃弾が命を奪った。',
    '一枚の写真が話題になった。',
    '新型は従来より一回り大きい。',
    '注文が一度に殺到した。',
    '在庫が一気になくなった。',
    '村には病院が一軒もない。',
    '応募者は一人もいなかった。',
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it.each([
    ['ホームランを一発打った。', '一発'],
    ['熊を一発で仕留めた。', '一発'],
    ['ものの一分で完売した。', '一分'],
    ['一年契約を結んだ。', '一年'],
    ['一票差で否決された。', '一票'],
    ['一時間半かかった。', '一時間半'],
    ['三人の男が逮捕された。', '三人'],
    ['ホームラン1発で逆転した。', '1発'],
    ['1発の銃弾が見つかった。', '1発'],
    // a unit of measure before or after の is a length or a weight, never "a"
    ['イノシシは体長約一メートルの雄とみられる。', '約一メートル'],
    ['重さ一トンの岩が崩れ落ちた。', '一トン'],
    ['川沿いに一キロの遊歩道を整備する。', '一キロ'],
  ])('keeps a count: %s', (text, figure) => {
    expect(texts(text)).toEqual([figure]);
  });
});

describe('coins, notes and shops named by their face value', () => {
  it.each([
    ['来年、新しい1万円札が出回る。'],
    ['息子は500円玉貯金を続けている。'],
    ['駅前に100円ショップが開店した。'],
    ['記念の1000円硬貨が発行される。'],
  ])('names no sum: %s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps a sum glued to what it buys', () => {
    expect(texts('1万円分の商品券を配る。')).toEqual(['1万円分']);
  });
});

describe('a number naming a kind of system or a rating (7人制, 5つ星)', () => {
  it.each([
    ['7人制ラグビーの代表に選ばれた。'],
    ['高校は2学期制を採っている。'],
    ['工場は3交代制で動く。'],
    ['5つ星ホテルの料理長を務めた。'],
    ['大会は9〜11人制で行う。'],
  ])('counts nothing: %s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps a count before a word that only starts like the suffix', () => {
    expect(texts('入場は5人制限の形で再開した。')).toEqual(['5人']);
  });
});

describe('idioms of one written in digits', () => {
  it.each([
    ['彼女は1人っ子として育った。'],
    ['市場は同社の1人勝ちだ。'],
    ['郊外の1戸建てに引っ越した。'],
    ['1晩中、救助を待った。'],
    ['1人1人に声をかけた。'],
    ['書類を1つ1つ確かめた。'],
  ])('counts nothing: %s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('leaves one thing to each person as how a thing is shared out, and keeps a count of two', () => {
    expect(texts('選挙は1人1票で行う。')).toEqual([]);
    expect(texts('全員に1人1台の端末を配る。一人一品を持ち寄った。')).toEqual([]);
    expect(texts('株主は1人2票を持つ。')).toEqual(['1人2票']);
    expect(texts('定員は1人。1台ずつ配る。')).toEqual(['1人', '1台']);
    expect(texts('2人きりで話した。')).toEqual(['2人']);
  });
});

describe('labels written with a number', () => {
  it.each([['この作品は15禁に指定された。'], ['18禁のゲームを販売した。']])('counts nothing: %s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps the age of 20歳未満禁止 as an age under a bound', () => {
    const f = only('店内は20歳未満禁止とした。');
    expect([f.text, f.kind, f.bound]).toEqual(['20歳未満', 'age', 'under']);
  });
});

describe('names, bases and idioms made with a number', () => {
  // 1都3県 names a region, 法人2税 a pair of taxes, 2人以上の世帯 a survey's class; 1試合平均 is the base of
  // an average and 1票を投じる casting a vote. Real counts around them stay.
  it.each([
    ['1都3県の知事が会談した。', []],
    ['2府4県で大雨の恐れがある。', []],
    ['法人2税の税収が伸びた。', []],
    ['地方法人2税の見直しを求めた。', []],
    ['主催試合の1試合平均観客数は2万人だった。', ['2万人']],
    ['1日平均の乗客は3万人だった。', ['3万人']],
    ['議員は反対の1票を投じた。', []],
    ['住民は一票を投じた。', []],
    ['2人以上の世帯の消費支出は3%減った。', ['3%減']],
    ['1戸当たりの補助は50万円だ。', ['50万円']],
    ['関東の3県で調査した。', ['3県']],
    ['全国の9都府県で出た。', ['9都府県']],
    ['3票を投じた議員もいた。', ['3票']],
    ['賛成は1票差だった。', ['1票']],
    ['3日分の食料を備えた。', ['3日分']],
  ])('%s', (text, want) => {
    expect(figures(text).map((f) => f.text)).toEqual(want);
  });
});

describe('native counting words in kanji', () => {
  // 三つの報告: IPADIC keeps 三つ whole; 二つ to 九つ count, 一つ (mostly "a") and 三つ目 (an order) do not.
  it.each([
    ['人手不足をめぐる三つの報告が公表された。', ['三つ']],
    ['二つの案を比べた。', ['二つ']],
    ['新たに五つの店舗を開く。', ['五つ']],
    ['課題は三つある。', ['三つ']],
    ['一つの方法がある。', []],
    ['三つ目は人材の報告だ。', []],
    ['一つ一つ確かめた。', []],
    ['保守が真っ二つに割れた。', []],
  ])('%s', (text, want) => {
    expect(figures(text).map((f) => f.text)).toEqual(want);
  });
});

describe('one that defines, and bases listed side by side', () => {
  // 1人の女性が生涯に産む子ども, 一人が生み出す価値: one as the subject of a non-past clause qualifying a
  // noun defines that thing; 1日分と1回分 set side by side are the bases a dose is told in.
  it.each([
    ['1人の女性が生涯に産む子どもの数に相当する出生率は1.13だった。', ['1.13']],
    ['人を増やせないなら、一人が生み出す価値を上げるしかない。', []],
    ['主治医が投与量を入力する際、1日分と1回分の量を取り違えた。', []],
    ['1回分や１日分の量を示す。', []],
    ['1人が出席する見通しだ。', ['1人']],
    ['事故で1人が重傷を負った。', ['1人']],
    ['70代の女性1人が骨盤を折る重傷だった。', ['70代', '1人']],
    // a clause before a noun of a thing that happened tells who it befell: a count
    ['国道で1人が死亡する事故があった。', ['1人']],
    ['1人が死亡する交通事故が起きた。', ['1人']],
    ['一人が軽いけがをする騒ぎがあった。', ['一人']],
    ['1日分の食料を配った。', ['1日分']],
    ['1カ月分の平年雨量を1日足らずで上回った。', ['1カ月分', '1日足らず']],
  ])('%s', (text, want) => {
    expect(figures(text).map((f) => f.text)).toEqual(want);
  });

  // 半分 as the result of a verb that cuts down or raises (半分に縮める) is a share; 半分に切る is a manner.
  it.each([
    ['顧客の近くで生産することで、納期を半分に縮められる。', ['半分']],
    ['費用を半分に抑える。', ['半分']],
    ['紙を半分に切る。', []],
    ['リンゴを半分に分けた。', []],
  ])('%s', (text, want) => {
    expect(figures(text).map((f) => f.text)).toEqual(want);
  });
});
