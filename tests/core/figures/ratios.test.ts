import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

describe('ratios', () => {
  it.each([
    ['回答者の4割が賛成した。', '4割', 0.4],
    ['打率は3割1分だった。', '3割1分', 0.31],
    ['打率3割2分5厘で首位に立つ。', '3割2分5厘', 0.325],
    ['予算の4分の1を削った。', '4分の1', 0.25],
    ['議席の三分の二を占める。', '三分の二', 0.6667],
    ['若者の5人に1人が利用する。', '5人に1人', 0.2],
    ['住民の3人に1人が高齢者だ。', '3人に1人', 0.3333],
    ['取引先の四社に一社が値上げした。', '四社に一社', 0.25],
    ['回答の6分の1以下にとどまった。', '6分の1以下', 0.1667],
    ['社員の半数が在宅勤務だ。', '半数', 0.5],
    ['ほぼ半数が反対した。', 'ほぼ半数', 0.5],
    ['回答者の過半数が賛成した。', '過半数', 0.5],
    ['利益は半減した。', '半減', 0.5],
    ['受注は倍増した。', '倍増', 2],
  ])('%s → %s', (text, surface, value) => {
    const f = only(text);
    expect([f.text, f.value, f.kind]).toEqual([surface, value, 'ratio']);
  });

  // 8000分の1 keeps four significant digits (0.000125); N人に1人 and 1/N are read by other
  // grammars and must not fall back to four places, where a rare share rounds to 0.0001 or 0.
  it('keeps a small share whichever way it is written (2万人に1人, 1/300)', () => {
    expect(only('患者は2万人に1人の割合で見つかる。').value).toBe(0.00005);
    expect(only('発症するのは1万7000人に1人とされる。').value).toBe(0.00005882);
    expect(only('不良品は全体の1/300だった。').value).toBe(0.003333);
  });

  it('takes the whole N人に1人 as its core', () => {
    expect(only('投票者の7人に1人が白票だった。').core).toBe('7人に1人');
    expect(only('町の三世帯に一世帯が空き家を持つ。').core).toBe('三世帯に一世帯');
  });

  it('marks 半減 as a decrease and 過半数 as over', () => {
    expect(only('利益は半減した。').change).toBe('decrease');
    expect(only('回答者の過半数が賛成した。').bound).toBe('over');
  });

  it('reads 過半数 as a share of a group only, not as the threshold of a vote', () => {
    expect(texts('与党が過半数を確保した。')).toEqual([]);
    expect(texts('緑の党が単独過半数に届いた。')).toEqual([]);
    expect(texts('緑の党は全40議席の過半数を占めた。')).toEqual(['40議席']);
    expect(texts('社員の過半数が在宅勤務を望んだ。')).toEqual(['過半数']);
  });

  it('does not read 大半 or 半減期 as figures', () => {
    expect(() => only('大半の店が閉まった。')).toThrow(/got none/);
    expect(() => only('半減期が長い物質だ。')).toThrow(/got none/);
  });

  it('reads 3分 as minutes when no number follows 分の', () => {
    expect(only('3分の遅れが出た。').unit).toBe('分');
  });
});

describe('rates', () => {
  it('spans a per-unit denominator but reports the numerator', () => {
    const f = only('1人当たり5万円を配る。');
    expect([f.text, f.value, f.unit]).toEqual(['1人当たり5万円', 50000, '円']);
    expect(only('1時間に50ミリの雨が降った。').value).toBe(50);
    expect(only('薬は1日2回飲む。').text).toBe('1日2回');
  });
});

describe('durations written without digits', () => {
  it.each([
    ['交渉は半年に及んだ。', '半年', 0.5],
    ['四半世紀ぶりの優勝だ。', '四半世紀ぶり', 25],
    ['創業から半世紀が経った。', '半世紀', 50],
  ])('%s → %s', (text, surface, value) => {
    const f = only(text);
    expect([f.text, f.value, f.unit, f.kind]).toEqual([surface, value, '年', 'duration']);
  });

  it('reads 半日 as half a day, not inside 半日本的', () => {
    const f = only('点検は半日ほどで済んだ。');
    expect([f.text, f.value, f.unit, f.kind, f.approx]).toEqual(['半日ほど', 0.5, '日', 'duration', true]);
    expect(texts('半日本的な言動が問題になった。')).toEqual([]);
  });
});

describe('decimals in kanji and without a whole part', () => {
  it.each([
    ['物価は前年より〇・八%上がった。', '〇・八%', 0.8],
    ['輸出額は一・五倍に伸びた。', '一・五倍', 1.5],
    ['国の予算は一・五兆円に上る。', '一・五兆円', 1.5e12],
    ['出生率は一・二六と過去最低だった。', '一・二六', 1.26],
    ['人口を保つには二・〇七が要る。', '二・〇七', 2.07],
    ['回答者の三四・五％が賛成した。', '三四・五％', 34.5],
  ])('%s → %s', (text, surface, value) => {
    const f = only(text);
    expect([f.text, f.value]).toEqual([surface, value]);
  });

  it('reads neighbouring kanji digits joined by a middle dot as a list, not a decimal', () => {
    const f = only('会場には三・四人しかいなかった。');
    expect([f.text, f.min, f.max, f.approx]).toEqual(['三・四人', 3, 4, true]);
    expect(texts('一・二審とも有罪とした。')).toEqual([]);
  });

  it('does not read a month and day written like a decimal (三・一一) as a value', () => {
    expect(texts('三・一一と阪神大震災の教訓')).toEqual([]);
    expect(texts('九・一一の後に法律が変わった。')).toEqual([]);
  });

  it('reads a batting average written from the point (.248)', () => {
    const f = only('チームの打率は.263で最下位だ。');
    expect([f.text, f.value, f.kind]).toEqual(['.263', 0.263, 'ratio']);
    expect(only('打率．３１０と好調だ。').value).toBe(0.31);
    expect(texts('v1.248に更新した。')).toEqual([]);
    expect(texts('詳しくは example.com/248 を見る。')).toEqual([]);
  });
});

describe('半分', () => {
  it('is a figure where it compares or results', () => {
    expect(only('来場者は昨年の半分程度だった。').text).toBe('半分程度');
    expect(only('若者の半分以下が投票した。').bound).toBe('max');
    expect(only('約半分が反対した。').approx).toBe(true);
    expect(only('受注は半分に減った。').value).toBe(0.5);
    const short = only('集まった署名は目標の半分に満たなかった。');
    expect([short.text, short.bound]).toEqual(['半分に満たなかった', 'under']);
    expect(only('出席者は30人に満たない。').bound).toBe('under');
  });

  it('takes 以下 as an inclusive bound (at most half), 未満 and に満たない as exclusive — on every word-fraction', () => {
    const at = (s: string) => [only(s).text, only(s).value, only(s).bound];
    expect(at('売り上げは前年の半分以下に落ち込んだ。')).toEqual(['半分以下', 0.5, 'max']);
    expect(at('賛成は半分未満にとどまった。')).toEqual(['半分未満', 0.5, 'under']);
    expect(at('回答者の3分の1以下が支持した。')).toEqual(['3分の1以下', 0.3333, 'max']);
    expect(at('投票率は4割以下に沈んだ。')).toEqual(['4割以下', 0.4, 'max']);
    expect(at('出席者は半数以下だった。')).toEqual(['半数以下', 0.5, 'max']);
  });

  it('is a figure where a verb takes it as a share: 半分は, 半分が, 半分を', () => {
    expect(only('給料の増えた分は、半分は貯金に回す。').value).toBe(0.5);
    expect(only('回答した人の半分が賛成した。').text).toBe('半分');
    expect(only('町が費用の半分を負担する。').text).toBe('半分');
  });

  it('is no figure in everyday use', () => {
    expect(texts('ケーキを半分に切って分けた。')).toEqual([]);
    expect(texts('半分冗談で言ったつもりだった。')).toEqual([]);
    // a side of something, not a share of it
    expect(texts('町は島の北半分を占める。画面の右半分が消えた。')).toEqual([]);
  });
});

describe('倍 alone', () => {
  it('is twice where it is qualified or a result', () => {
    const f = only('利用者は倍近くに増えた。');
    expect([f.text, f.value, f.bound]).toEqual(['倍近く', 2, 'under']);
    expect(only('費用は倍に膨らんだ。').value).toBe(2);
    expect(only('差は倍以上に開いた。').text).toBe('倍以上');
  });

  it('is no figure inside other words or after a number', () => {
    expect(texts('彼は人一倍努力した。')).toEqual([]);
    expect(texts('倍率は高い。倍返しだ。')).toEqual([]);
    expect(only('売上は3倍になった。').text).toBe('3倍');
  });
});

describe('a range of tenths (3〜4割)', () => {
  it.each([
    ['住民の3〜4割が賛成に回った。', '3〜4割', 0.3, 0.4],
    ['工事費の6-8割を国が負担する。', '6-8割', 0.6, 0.8],
    ['来店客は平日の2から3割程度だ。', '2から3割程度', 0.2, 0.3],
    ['客の二、三割が常連だという。', '二、三割', 0.2, 0.3],
  ])('%s → %s', (text, surface, min, max) => {
    const f = only(text);
    expect([f.text, f.value, f.min, f.max, f.unit, f.kind]).toEqual([surface, null, min, max, '割', 'ratio']);
  });

  it('reads no range where the ends are no neighbours, run backwards or change', () => {
    expect(texts('売上は5〜3割の幅で動く。')).toEqual(['3割']);
    expect(texts('支持は3から4割に増えた。')).toEqual(['4割']);
    expect(texts('回答者の2、5割という記載は誤りだ。')).toEqual(['5割']);
  });
});

describe('N対M as a ratio or a score, by the words around it', () => {
  it.each([
    ['新会社への出資比率は60対40とする。', '60対40', [60, 40]],
    ['審査会の採決では賛成と反対が2対5に割れた。', '2対5', [2, 5]],
    ['看護学科の男女比は1対9だった。', '1対9', [1, 9]],
    ['男性と女性の比は4対6だ。', '4対6', [4, 6]],
    ['米と水を1対1.2の割合で炊く。', '1対1.2', [1, 1.2]],
    ['塩と砂糖を2対1の比で混ぜる。', '2対1', [2, 1]],
    ['両社の持ち株比率はおよそ7対3になる。', '7対3', [7, 3]],
  ])('%s → a ratio %s', (text, surface, sides) => {
    const f = only(text);
    expect([f.text.replace(/^およそ/, ''), f.kind, f.score]).toEqual([surface, 'ratio', sides]);
  });

  it.each([
    ['西浦FCは4対2で勝った。', [4, 2]],
    ['東陵高校は2対1の接戦を制した。', [2, 1]],
    ['試合は1対3で敗れた。', [1, 3]],
    // a ratio word nearby, but the match's result follows
    ['ボール支配率で上回り、2対0で勝った。', [2, 0]],
  ])('%s stays a score', (text, sides) => {
    const f = only(text);
    expect([f.kind, f.score]).toEqual(['score', sides]);
  });

  it('takes 比較 for no ratio noun', () => {
    expect(figures('両校の戦績は3対2の比較的小さな差だった。').map((f) => f.kind)).not.toContain('ratio');
  });
});
