import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

const range = (text: string) => {
  const f = only(text);
  return [f.text, f.value, f.min, f.max];
};

describe('ranges', () => {
  it('applies 万 to both ends: 5〜6万人 → 50,000–60,000', () => {
    expect(range('5〜6万人が集まった。')).toEqual(['5〜6万人', null, 50000, 60000]);
  });
  it('reads 5万〜6万人 and 5万人〜6万人 alike', () => {
    expect(range('5万〜6万人が集まった。')).toEqual(['5万〜6万人', null, 50000, 60000]);
    expect(range('5万人～6万人が集まった。')).toEqual(['5万人～6万人', null, 50000, 60000]);
  });
  it('does not apply the multiplier when it would invert the range (8000〜1万人)', () => {
    expect(range('8000〜1万人が訪れる。')).toEqual(['8000〜1万人', null, 8000, 10000]);
  });
  it('reads hyphen and から ranges', () => {
    expect(range('賛成は20-30%にとどまる。')).toEqual(['20-30%', null, 20, 30]);
    expect(range('水温は18度から22度の間だ。')).toEqual(['18度から22度', null, 18, 22]);
  });
  it('reads a hyphen range of three-digit ends, but not a phone number or a postal code', () => {
    expect(range('客室は約150-240平方メートルの広さだ。')).toEqual(['約150-240平方メートル', null, 150, 240]);
    expect(range('説明会には300-400人が集まった。')).toEqual(['300-400人', null, 300, 400]);
    expect(figures('問い合わせは080-123-4567へ。〒100-0005の窓口まで。')).toEqual([]);
  });
  it('reads a range written with the box-drawing line or the minus sign as a dash', () => {
    expect(range('成長率は2─3%の見通し。')).toEqual(['2─3%', null, 2, 3]);
    expect(range('気温は5−8度だった。')).toEqual(['5−8度', null, 5, 8]);
  });
  it('reads age bands: 20〜30代 → 20–39, 50代 → 50–59', () => {
    expect(range('20〜30代の利用者が多い。')).toEqual(['20〜30代', null, 20, 39]);
    expect(range('50代の男性が搬送された。')).toEqual(['50代', null, 50, 59]);
    // the band may be written with 歳: 70歳代, 20～30歳代
    expect(range('70歳代の男性が搬送された。')).toEqual(['70歳代', null, 70, 79]);
    expect(range('20～30歳代の利用者が多い。')).toEqual(['20～30歳代', null, 20, 39]);
  });
  it('reads the colloquial 四、五人 as 4–5', () => {
    expect(range('四、五人の男が逃げた。')).toEqual(['四、五人', null, 4, 5]);
  });
  it('keeps a change between two figures apart (10人から14人に増えた)', () => {
    expect(figures('定員を10人から14人に増やした。').map((f) => f.value)).toEqual([10, 14]);
  });
  it('keeps a change written with と and a verb of change apart (500円から620円となる), not a range told with と', () => {
    expect(figures('入館料は今の500円から620円となる。').map((f) => f.value)).toEqual([500, 620]);
    expect(figures('会員は80人から120人と増えた。').map((f) => f.value)).toEqual([80, 120]);
    expect(range('参加者は200人から300人とみられる。')).toEqual(['200人から300人', null, 200, 300]);
  });
  it('keeps different units apart (20カ国から500人)', () => {
    expect(figures('20カ国から500人が集まった。').map((f) => f.text)).toEqual(['20カ国', '500人']);
  });
});

describe('vague quantities', () => {
  it.each([
    ['数千人が抗議した。', '数千人', 2000, 9999],
    ['数百万発の弾薬を送った。', '数百万発', 2000000, 9999999],
    ['十数人がけがをした。', '十数人', 11, 19],
    ['数十社が応募した。', '数十社', 20, 99],
    ['百数十人が集まった。', '百数十人', 110, 199],
    ['数十億円の損失が出た。', '数十億円', 2e9, 9999999999],
    ['数カ月以内に始まる。', '数カ月以内', 2, 9],
  ])('%s → %s', (text, surface, min, max) => {
    const f = only(text);
    expect([f.text, f.value, f.min, f.max, f.approx, f.vague]).toEqual([surface, null, min, max, true, true]);
  });
});

describe('more colloquial and signed forms', () => {
  it('reads 2、3日中に as 2–3 days', () => {
    expect(range('2、3日中に返事をする。')).toEqual(['2、3日', null, 2, 3]);
  });
  it('reads 氷点下 as a negative', () => {
    expect(only('氷点下8度を記録した。').value).toBe(-8);
  });
  it('leaves 十数年前 (counted back, a date) alone but keeps 数年 as a duration', () => {
    expect(figures('十数年前に閉店した。')).toEqual([]);
    expect(only('数年かけて整備する。').min).toBe(2);
  });
  it('keeps 数日前 and 数日後 as vague lengths of time: days are not counted back as dates', () => {
    const f = only('事件の数日前に指示を受けた。');
    expect([f.text, f.min, f.max, f.unit, f.kind]).toEqual(['数日', 2, 9, '日', 'duration']);
    expect(only('数日後に荷物が届いた。').max).toBe(9);
  });
});

describe('a number of digits (桁, ケタ)', () => {
  it('spans the numbers with that many digits', () => {
    const f = only('今季は2ケタ勝利を目標に掲げた。');
    expect([f.text, f.value, f.min, f.max, f.approx]).toEqual(['2ケタ', null, 10, 99, true]);
    const g = only('寄付は3桁の件数にとどまった。');
    expect([g.min, g.max]).toEqual([100, 999]);
  });
});

describe('a day of the month before から is a date, not a range’s first end', () => {
  it('reads 8月2日から3日間 as three days from the 2nd', () => {
    expect(figures('見本市は8月2日から3日間開かれる。').map((f) => [f.text, f.value])).toEqual([['3日間', 3]]);
    expect(figures('祭りは八月二日から三日間続いた。').map((f) => [f.text, f.value])).toEqual([['三日間', 3]]);
  });
});

describe('a change from one count to another about as many', () => {
  // 90人から200人規模に増やす: 規模 / 程度 / ほど after the second count still leaves a change, not a range.
  it.each([
    ['2027年までに従業員を現在の約90人から200人規模に増やす。', ['約90人', '200人規模']],
    ['売上高を50億円から100億円程度に伸ばす。', ['50億円', '100億円程度']],
    ['会員を3千人から5千人ほどへ増やす計画だ。', ['3千人', '5千人ほど']],
    ['参加者は100人から200人規模とみられる。', ['100人から200人規模']],
  ])('%s', (text, want) => {
    expect(figures(text).map((f) => f.text)).toEqual(want);
  });
});

describe('a change whose second figure carries a bracketed aside', () => {
  // 620億円から780億円（前期比65%増）に引き上げた: the に after the aside still makes it a change.
  it.each([
    ['今期の純利益見通しを300億円から420億円（前期比2割増）に上方修正した。', ['300億円', '420億円', '前期比2割増']],
    ['定員を40人から55人（現行比15人増）へ増やす。', ['40人', '55人', '15人増']],
  ])('%s', (text, want) => {
    expect(figures(text).map((f) => f.text)).toEqual(want);
  });

  // 気温は20度から25度（平年並み）の見込み: no change after the aside, so it stays a range.
  it('keeps a range whose aside is followed by no change', () => {
    expect(figures('最高気温は20度から25度（平年並み）の見込みだ。').map((f) => f.text)).toEqual(['20度から25度']);
  });
});
