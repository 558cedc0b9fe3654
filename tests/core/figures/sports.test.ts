import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

describe('a results line', () => {
  it('reads a score written between the two sides', () => {
    const f = only('◇パ・リーグ　ロッテ4―2日本ハム（ZOZOマリン）');
    expect([f.text, f.kind, f.score]).toEqual(['4―2', 'score', [4, 2]]);
    expect(only('◇J1　鹿島1-2浦和').score).toEqual([1, 2]);
    expect(only('日本3対0ドイツ').score).toEqual([3, 0]);
  });

  it('reads a score written in kanji around 対, but not 一対一 (one-on-one)', () => {
    expect(only('議案は六対四の賛成多数で可決された。').score).toEqual([6, 4]);
    expect(only('決勝は三対一で勝った。').score).toEqual([3, 1]);
    expect(texts('一対一の面談で説明した。')).toEqual([]);
  });

  it('does not read an address or a road written with dashes as a score', () => {
    expect(texts('所在地は千代田区1-2丁目')).toEqual([]);
    expect(texts('東京1-2-3の事務所')).toEqual([]);
  });
});

describe('match minutes', () => {
  it('does not read the minute of a half as a length of time', () => {
    expect(texts('前半12分に先制し、後半38分に突き放した。')).toEqual([]);
    expect(only('会議は前半の20分を質疑に充てた。').text).toBe('20分');
  });

  it('does not read the game clock as a length of time', () => {
    expect(texts('残り3分で同点に追いついた。')).toEqual([]);
    expect(texts('残り1分20秒で勝ち越した。')).toEqual([]);
    expect(texts('残り8秒で決勝点を挙げた。')).toEqual([]);
    // what is left of other things still counts
    expect(texts('会期は残り4日となった。')).toEqual(['4日']);
  });
});

describe('scores in headlines', () => {
  it('reads a score the headline closes with a space or the line end', () => {
    expect(figures('浜松が3連勝　静岡に88―80　主将が30得点').map((f) => [f.text, f.score ?? f.value])).toEqual([
      ['3連勝', 3],
      ['88―80', [88, 80]],
      ['30得点', 30],
    ]);
    expect(only('快勝のチーム、甲府に2対0\n').score).toEqual([2, 0]);
  });

  it('reads no score from digits around a hyphen before a space', () => {
    expect(texts('窓口は2-3　番です。')).toEqual([]);
  });
});

describe('points that name a kind of shot', () => {
  it('does not count the points a shot is worth (3点シュート), but counts margins and shots', () => {
    expect(texts('3点シュートを5本沈めた。')).toEqual(['5本']);
    expect(texts('3ポイントシュートの成功率は40%だった。')).toEqual(['40%']);
    expect(texts('3点差を追いつけなかった。')).toEqual(['3点']);
    expect(texts('この試合で3点を奪った。')).toEqual(['3点']);
  });
});

describe('innings', () => {
  it('does not count an inning named as a place in the game', () => {
    expect(texts('同点の8回、山田が勝ち越しの適時打を放った。')).toEqual([]);
    expect(texts('延長十回、代打が起死回生の一発を放った。')).toEqual([]);
    expect(texts('試合は延長12回に決着した。')).toEqual([]);
    expect(texts('王者は7回TKO勝ちで防衛した。')).toEqual([]);
    expect(texts('鈴木は2回にも左前安打を打った。')).toEqual([]);
    expect(texts('1点を追う9回の満塁の好機で代打が倒れた。')).toEqual(['1点']);
    // a home run or a called game makes the report a baseball one too
    expect(texts('4番の田村が3回に2ランホームランを放った。')).toEqual([]);
    expect(texts('北高は5回コールドで初戦を突破した。')).toEqual([]);
    // a solo career is no baseball: 1回も stays a count
    expect(texts('バンドは1回もライブを開かず、各自のソロ活動に移った。')).toEqual(['1回']);
  });

  it('counts innings pitched and times', () => {
    expect(texts('先発の佐藤は7回を投げて5安打1失点だった。')).toEqual(['7回', '5安打', '1失点']);
    expect(texts('先発は6回2失点で降板した。')).toEqual(['6回', '2失点']);
    expect(texts('救援陣は8回無失点でつないだ。')).toEqual(['8回']);
    expect(only('投手陣は年2回の合宿を開く。').text).toBe('年2回');
  });

  it('counts times outside a baseball report', () => {
    expect(only('委員会は8回の会合を重ねた。').text).toBe('8回');
    expect(only('同点の判定が3回、覆った。').text).toBe('3回');
  });
});

describe('a counter the article used, then a bare number', () => {
  it('reads the number after the counter’s name as that count', () => {
    const fs = figures('西武は5連勝を飾った。連勝は昨季の最長に並んだが、楽天は連勝が3で止まった。');
    expect(fs.map((f) => [f.text, f.unit])).toEqual([
      ['5連勝', '連勝'],
      ['3', '連勝'],
    ]);
    const g = figures('山田は2打点を挙げ、打点（64）でリーグ首位に立った。').at(-1);
    expect([g?.text, g?.value, g?.unit]).toEqual(['64', 64, '打点']);
  });

  it('reads it in kanji too, a numeral with a place word after a particle (columns)', () => {
    const fs = figures('空き店舗は三百十二と、全千二百店舗の四分の一を超えた。');
    expect(fs.slice(0, 2).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['三百十二', 312, '店舗'],
      ['千二百店舗', 1200, '店舗'],
    ]);
    expect(texts('全三十店舗のうち店舗は七で止まった。')).toEqual(['三十店舗']);
  });

  it('leaves a bare number alone when the article never used the name as a counter', () => {
    expect(texts('首位とのゲーム差は4で変わらない。')).toEqual([]);
    expect(texts('5人が参加した。日本人が3で最多だった。')).toEqual(['5人']);
  });
});

describe('a record line of counts written together', () => {
  it('reads each count of a win-loss record, none of them a rate (1敗28ホールド is two counts)', () => {
    const season = figures('中継ぎとして今季は2勝1敗17ホールドを記録した。');
    expect(season.map((f) => [f.text, f.value])).toEqual([
      ['2勝', 2],
      ['1敗', 1],
      ['17ホールド', 17],
    ]);
    expect(texts('通算成績は1勝3敗となった。')).toEqual(['1勝', '3敗']);
    expect(texts('この日は4打数1安打2打点だった。')).toEqual(['4打数', '1安打', '2打点']);
    expect(texts('先発して1安打1失点と好投した。')).toEqual(['1安打', '1失点']);
    expect(texts('リーグ戦は5勝1敗1分けで終えた。')).toEqual(['5勝', '1敗', '1分け']);
    // IPADIC reads 奪 and 被 as prefixes: 9奪三振 and 6被安打 are counts all the same
    expect(texts('先発は9奪三振、6被安打で完投した。')).toEqual(['9奪三振', '6被安打']);
  });

  it('still reads one of something with a price or a count after it as a rate', () => {
    expect(only('弁当は1個500円で売った。').value).toBe(500);
    expect(only('配布は1人2枚までとした。').text).toBe('1人2枚まで');
  });
});

describe('one and its counter said twice', () => {
  it('is "one at a time", no count (1試合1試合, 一歩一歩)', () => {
    expect(texts('監督は「1試合1試合を全力で戦う」と話した。')).toEqual([]);
    expect(texts('1球1球に気持ちを込めて投げた。')).toEqual([]);
    expect(texts('復興に向けて一歩一歩進んでいる。')).toEqual([]);
    // one and then another count is still a rate
    expect(texts('1日に3試合を戦った。')).toEqual(['1日に3試合']);
  });
});

describe('a tally of names and counts', () => {
  it('reads each bare number after a name in a list of two or more', () => {
    // 改選過半数 is the threshold the tally is read against, no figure of its own.
    expect(texts('【速報】参院選　自民45、立民22　与党が改選過半数')).toEqual(['45', '22']);
    expect(figures('獲得メダルは日本18、米国39、中国38だった。').map((f) => f.value)).toEqual([18, 39, 38]);
  });

  it('reads the sides of a vote as a tally with no party named', () => {
    expect(figures('議案は賛成多数（賛成24、反対9）で可決された。').map((f) => [f.value, f.kind])).toEqual([
      [24, 'count'],
      [9, 'count'],
    ]);
    // one side alone, or a side and a common noun, is no tally
    expect(texts('賛成は多く、反対3にとどまる見方だ。')).toEqual([]);
    expect(texts('賛成24、会場3で')).toEqual([]);
  });

  it('reads no tally from names of models or single pairs', () => {
    expect(texts('G7、G20の首脳が集まった。')).toEqual([]);
    expect(texts('第1、第2会場で開く。')).toEqual([]);
    expect(texts('東京5の会場')).toEqual([]);
    expect(texts('新型はラグナ3、カングー2に続く。')).toEqual([]);
    expect(texts('ソニー6758、任天堂7974が上げた。')).toEqual([]);
  });
});

describe('times and scores of individual sports', () => {
  it('reads a time to the second as one figure, exact in its smallest unit', () => {
    const f = only('女子マラソンは2時間21分30秒で優勝した。');
    expect([f.text, f.unit, f.value]).toEqual(['2時間21分30秒', '秒', 8490]);
    const g = only('会議は1時間30分続いた。');
    expect([g.unit, g.value]).toEqual(['分', 90]);
    expect(only('決勝は4分5秒で決着した。').text).toBe('4分5秒');
    expect(only('勝ち時計は1分58秒4だった。').value).toBe(118.4);
    const h = only('片道はおよそ３時間１５分かかる。');
    expect([h.value, h.unit, h.approx]).toEqual([195, '分', true]);
    expect([only('記録は2時間9分以内が条件だ。').value, only('2時間9分以内が条件だ。').bound]).toEqual([129, 'max']);
    // 半 is no unit: 1時間半 stays in hours
    expect([only('最長で1時間半待った。').value, only('最長で1時間半待った。').unit]).toEqual([1.5, '時間']);
  });

  it('reads a bare number recorded (66をマーク)', () => {
    expect(only('最終日に67をマークした。').value).toBe(67);
    expect(texts('2019を記録した。')).toEqual([]);
  });
});

describe('a score in brackets after its match', () => {
  it('reads the score closing the brackets', () => {
    const f = only('唯一の黒星（9月の大阪ガンバーズ戦、17―24）が転機になった。');
    expect([f.text, f.kind, f.score]).toEqual(['17―24', 'score', [17, 24]]);
    expect(only('決勝（2−1）は延長までもつれた。').score).toEqual([2, 1]);
    expect(only('開幕戦（3－2）を落とした。').score).toEqual([3, 2]);
    expect(only('日本は初戦（1‐0）を制した。').score).toEqual([1, 0]);
  });

  it('reads no score from three digits after a hyphen (channels, pages), but does after a long dash', () => {
    expect(texts('放送はBSの141-143の各チャンネルで行う。')).toEqual([]);
    expect(only('チームは112-97で快勝した。').score).toEqual([112, 97]);
    expect(only('チームは97―112で敗れた。').score).toEqual([97, 112]);
  });

  it('reads no score from other numbers in brackets', () => {
    expect(texts('詳しくは資料（図1-3）を参照。')).toEqual([]);
    expect(texts('本文（12-15）に記載がある。')).toEqual([]);
    expect(texts('彼の挑戦、3-1）')).toEqual([]);
  });
});

describe('batting averages and streaks', () => {
  // 3割1分2厘 is one figure, and a 厘 may follow 割 with no 分 written (3割2厘 → 0.302).
  it.each([
    ['打率は3割1分2厘で、リーグ3位につける。', '3割1分2厘', 0.312],
    ['今季は打率2割8分5厘を記録した。', '2割8分5厘', 0.285],
    ['通算打率は３割２厘だった。', '３割２厘', 0.302],
    ['勝率は6割2分5厘と高い。', '6割2分5厘', 0.625],
  ])('reads the average in %s as one figure', (text, surface, value) => {
    const f = figures(text).find((x) => x.text === surface);
    expect(f?.value).toBe(value);
    expect(texts(text).filter((t) => /[分厘]$/.test(t) && t !== surface)).toEqual([]);
  });

  // 仙台3連勝: a streak counts after the team's name, as after a particle (仙台が3連勝).
  it.each([
    ['仙台3連勝、首位と1.5差', '3連勝'],
    ['大阪５連敗、最下位に後退', '５連敗'],
    ['チーム2連覇へ弾み', '2連覇'],
    ['先発の山田は7回を投げ13三振を奪った。', '13三振'],
    ['投手陣は12四球を与えた。', '12四球'],
  ])('reads the count in %s', (text, surface) => {
    expect(texts(text)).toContain(surface);
  });

  it('reads no streak in a name glued to a word beginning with 連', () => {
    expect(texts('ルート3連絡橋の工事が進む。')).toEqual([]);
  });
});
