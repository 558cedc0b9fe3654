import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

describe('numbers with counters and units', () => {
  it.each([
    ['会場には1,500人が詰めかけた。', '1,500人', 1500, '人', 'count'],
    ['来場者は２，３００人に達した。', '２，３００人', 2300, '人', 'count'],
    ['港に護衛艦4隻が入った。', '4隻', 4, '隻', 'count'],
    ['避難した住民は十一万人を数える。', '十一万人', 110000, '人', 'count'],
    ['市は補正予算で1億2500万円を計上した。', '1億2500万円', 125000000, '円', 'money'],
    ['同社は3億5千万ドルで買収した。', '3億5千万ドル', 350000000, 'ドル', 'money'],
    ['売上高は43.2万ユーロだった。', '43.2万ユーロ', 432000, 'ユーロ', 'money'],
    ['純利益は11,786百万円となった。', '11,786百万円', 11786000000, '円', 'money'],
    ['中国は200億元を拠出する。', '200億元', 20000000000, '元', 'money'],
    ['賞金は$500万だった。', '$500万', 5000000, 'ドル', 'money'],
    ['失業率は2.6パーセントだった。', '2.6パーセント', 2.6, '%', 'percent'],
    ['支持率は4ポイント下がった。', '4ポイント', 4, 'ポイント', 'percent'],
    ['価格は1.5倍になった。', '1.5倍', 1.5, '倍', 'ratio'],
    ['停戦は72時間続いた。', '72時間', 72, '時間', 'duration'],
    ['改修には9ヶ月かかる。', '9ヶ月', 9, 'カ月', 'duration'],
    ['調査は3週間に及んだ。', '3週間', 3, '週', 'duration'],
    ['亡くなったのは91歳の男性だ。', '91歳', 91, '歳', 'age'],
    ['同県は全国で12位だった。', '12位', 12, '位', 'rank'],
    ['小麦を20万トン輸入した。', '20万トン', 200000, 'トン', 'measure'],
    ['水槽の容量は250mlだ。', '250ml', 250, 'ml', 'measure'],
    ['長さは１２ｍある。', '１２ｍ', 12, 'm', 'measure'],
    ['ゼロ本塁打に終わった。', 'ゼロ本塁打', 0, '本塁打', 'count'],
    ['観測史上初めて40℃を超えた。', '40℃を超えた', 40, '℃', 'measure'],
    ['台風の中心気圧は９５５ヘクトパスカルだ。', '９５５ヘクトパスカル', 955, 'hPa', 'measure'],
    ['県は沿岸の５市町に避難指示を出した。', '５市町', 5, '市町', 'count'],
    ['全日空の国内線86便が欠航した。', '86便', 86, '便', 'count'],
    ['欠航は計120便に上った。', '計120便', 120, '便', 'count'],
    ['契約数は712万回線となった。', '712万回線', 7120000, '回線', 'count'],
    ['市内のホテルは約3万5千室ある。', '約3万5千室', 35000, '室', 'count'],
  ])('%s → %s', (text, surface, value, unit, kind) => {
    const f = only(text);
    expect([f.text, f.value, f.unit, f.kind]).toEqual([surface, value, unit, kind]);
  });

  it('a flight named by its airline is no count: 日航123便', () => {
    expect(figures('日航123便の事故から40年がたった。').map((f) => f.text)).toEqual(['40年']);
  });

  it('reads キロ as km for a range and as kg for a weight', () => {
    expect(only('射程500キロのミサイルを発射した。').unit).toBe('km');
    expect(only('体重は80キロに増えた。').unit).toBe('kg');
    expect(only('コメ10キロの店頭価格が上がった。').unit).toBe('kg');
    expect(only('小麦20キロを輸入した。').unit).toBe('kg');
    // a length named after the weight word, nearer the number, makes it km
    const plane = figures('新しい貨物機は積載量が約90トン、航続距離は8千キロとなる。');
    expect(plane.map((f) => [f.text, f.unit])).toEqual([
      ['約90トン', 'トン'],
      ['8千キロ', 'km'],
    ]);
    expect(only('列車は時速320キロで走る。').unit).toBe('km/h');
    // the prefix says what the speed is per: a second, a minute
    expect(only('最大瞬間風速は秒速41.2メートルだった。').unit).toBe('m/s');
    expect(only('探査機は秒速7.9キロで周回する。').unit).toBe('km/s');
    expect(only('人は分速80メートルで歩く。').unit).toBe('m/min');
    // meters right after a wind's speed are meters a second; a height after it stays meters
    expect(figures('最大風速は45メートル、波の高さは7メートル。').map((f) => f.unit)).toEqual(['m/s', 'm']);
    expect(only('最大瞬間風速32.8メートルを観測した。').unit).toBe('m/s');
    expect(only('風速計を高さ10メートルに置いた。').unit).toBe('m');
  });

  it('reads a year or a day count as a duration only with a marker (3年以上, 4年連続, 約3年)', () => {
    expect(only('交渉は5年以上続いた。').value).toBe(5);
    expect(only('売上高は6年連続で増えた。').text).toBe('6年連続');
    expect(only('完成まで約3年かかる。').value).toBe(3);
    expect(only('交渉は2年半に及んだ。').value).toBe(2.5);
    expect(only('工事は7日間続く。').unit).toBe('日');
  });

  it('keeps the counters apart in a list', () => {
    expect(figures('装甲車30両と無人機15機を送った。').map((f) => f.value)).toEqual([30, 15]);
  });

  it('gives each dimension the unit written after the last one', () => {
    expect(figures('外形は120×80×45mmだ。').map((f) => [f.value, f.unit])).toEqual([
      [120, 'mm'],
      [80, 'mm'],
      [45, 'mm'],
    ]);
  });
});

describe('compound amounts', () => {
  it('adds a smaller unit written after the first (円/銭, 懲役 年/月)', () => {
    expect(only('1ドル＝148円50銭をつけた。').value).toBe(148.5);
    expect(only('懲役2年6月の判決を受けた。').value).toBe(2.5);
    expect(only('禁錮3年を言い渡した。').value).toBe(3);
  });

  it('reads a range of sen on one yen as a range of yen (1ドル＝151円20～30銭)', () => {
    const f = only('円相場は1ドル＝151円20～30銭で推移した。');
    expect([f.value, f.min, f.max, f.unit]).toEqual([null, 151.2, 151.3, '円']);
    // an upper end below the lower is no range of sen
    expect(figures('151円20～10銭').every((x) => x.max !== 151.1)).toBe(true);
  });

  it('does not count 1人暮らし', () => {
    expect(figures('1人暮らしの学生が増えた。')).toEqual([]);
  });
});

describe('labels and rates', () => {
  it('reads a value after a label colon but not the minutes of a clock time', () => {
    expect(only('価格：1万2980円').value).toBe(12980);
    expect(figures('開始は10:45だ。')).toEqual([]);
  });
  it('reads an exchange rate after 1ドル=', () => {
    // 台 is the band of the last digit written: 152円台 is 152.00–152.99 yen.
    const f = only('1ドル=152円台で推移した。');
    expect([f.value, f.min, f.max, f.unit]).toEqual([null, 152, 152.99, '円']);
  });
  it('drops a per-person denominator with no number after it (一人当たりのGDP)', () => {
    expect(figures('一人当たりのGDPが伸びた。')).toEqual([]);
  });
  // 応募者1人に対して何人の枠があるか: the one a rate is defined per, its numerator asked after.
  it('drops the one a rate is told per with に対して when the rate is asked after', () => {
    expect(figures('求人倍率は、求職者1人に対して何件の求人があるかを示す。')).toEqual([]);
    expect(figures('入居者1人に対していくらの補助が出るのか。')).toEqual([]);
  });
  it('keeps a count of one told with に対して otherwise (1社に対して命令, 3人に対して)', () => {
    expect(figures('県は1社に対して営業停止を命じた。').map((f) => f.text)).toEqual(['1社']);
    expect(figures('遺族は3人に対して賠償を求めた。').map((f) => f.text)).toEqual(['3人']);
    expect(figures('生徒1人に対して2台の端末を配る。').map((f) => [f.text, f.value])).toEqual([['1人に対して2台', 2]]);
  });
});

describe('days and per-one rates', () => {
  it('reads more than 31 days as a count of days, not a date', () => {
    expect(only('在任日数は1500日に達した。').value).toBe(1500);
    expect(figures('式典は15日に開かれた。')).toEqual([]);
  });
  it('reads 1人3000円 as a rate per person', () => {
    expect(only('参加費は1人3000円だ。').text).toBe('1人3000円');
  });
  it('marks a share price move (1,200円安) as a change', () => {
    expect(only('終値は1,200円安だった。').change).toBe('decrease');
  });
});

describe('degrees of a day named by its temperature', () => {
  it('reads 度 before 猛暑日 or 真夏日 as a temperature, and as a count elsewhere', () => {
    const kind = (text: string) => [only(text).unit, only(text).kind];
    expect(kind('県内は36度以上の猛暑日が続く。')).toEqual(['度', 'measure']);
    expect(kind('30度を超える真夏日になった。')).toEqual(['度', 'measure']);
    expect(kind('警報は3度の見直しを経た。')).toEqual(['度', 'count']);
  });
});

describe('currencies the world over are money', () => {
  it.each([
    ['漁獲の輸出額は95億クローネだった。', '95億クローネ', 9500000000, 'クローネ'],
    ['電力会社は40億ランドを投じる。', '40億ランド', 4000000000, 'ランド'],
    ['政府は150億ズロチの基金を設けた。', '150億ズロチ', 15000000000, 'ズロチ'],
    ['港湾公社は2億ディルハムを借り入れた。', '2億ディルハム', 200000000, 'ディルハム'],
    ['中銀は1兆テンゲを供給した。', '1兆テンゲ', 1000000000000, 'テンゲ'],
  ])('%s → %s', (text, surface, value, unit) => {
    const f = only(text);
    expect([f.text, f.value, f.unit, f.kind]).toEqual([surface, value, unit, 'money']);
  });

  it('types a yen conversion after a foreign sum alike, so it reads as a conversion', () => {
    const [a, b] = figures('投資額は30億クローナ（約450億円）に上る。');
    expect([a?.kind, b?.kind]).toEqual(['money', 'money']);
  });
});
