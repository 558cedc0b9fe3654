import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

const texts = (s: string) => figures(s).map((f) => f.text);

describe('bare lengths of time: N年 with no duration word after it', () => {
  it.each([
    ['新店は3年で黒字化した。', '3年'],
    ['この装置は10年で100台ほど売れた。', '10年'],
    ['利用者は20年で約2倍になった。', '20年'],
    ['会員数は15年で倍増した。', '15年'],
    ['漁師一筋、船乗り三十年で初めての不漁だ。', '三十年'],
    ['ブームが去り、10年ほとんど注文がなかった。', '10年'],
    ['父は町工場に30年勤めた。', '30年'],
    ['二人は45年連れ添った。', '45年'],
    ['彼は5年待った。', '5年'],
    ['震災から10年もの間、仮設住宅に住んだ。', '10年'],
    ['完成まで20年もの歳月を要した。', '20年'],
    ['町の銭湯が85年の歴史に幕を下ろした。', '85年'],
    ['開業以来60年、一度も休まなかった。', '60年'],
    ['工期は7年を見込む。', '7年'],
    ['工事は10年も続いた。', '10年'],
    ['20年にもわたる交渉がまとまった。', '20年'],
    ['店は10年たらずで閉じた。', '10年たらず'],
    ['最初の3年は赤字が続いた。', '3年'],
    ['橋は設計寿命の60年を超えて使われている。', '60年を超えて'],
    ['保存期間は30年を上回る見込みだ。', '30年を上回る'],
    ['30年先の人口を推計した。', '30年'],
    ['15年、25年先の姿を描いた。', '15年'],
    ['15年、25年先の姿を描いた。', '25年'],
    ['修理には2日か3日以内かかる。', '2日'],
    ['老舗旅館が歩んだ再建の15年', '15年'],
    ['商店街の挑戦、その20年。', '20年'],
    ['パン屋を開いて今年で12年。', '12年'],
    ['協議は15年に及んだ。', '15年'],
    ['芸歴35年の落語家が語った。', '35年'],
    ['この道50年の左官が仕上げた。', '50年'],
    ['寮には最短2日から泊まれる。', '最短2日'],
    ['修業には最低でも10年はかかる。', '最低でも10年'],
    ['市が子育て支援を掲げて4年。', '4年'],
    ['工房を開いて8年、作品は海外にも届く。', '8年'],
  ])('%s', (text, figure) => {
    expect(texts(text)).toContain(figure);
    expect(figures(text).find((f) => f.text === figure)?.kind).toBe('duration');
  });

  it('leaves the same length said twice (1年、1年が勝負) as each one in turn', () => {
    expect(texts('1年、1年が勝負だと思ってやってきた。')).toEqual(['1年']);
  });

  it('reads a range of years marked as a length of time like one number', () => {
    const f = only('完成まで約2〜3年かかる。');
    expect([f.text, f.min, f.max, f.kind]).toEqual(['約2〜3年', 2, 3, 'duration']);
    expect(only('漁に2、3年出るつもりだった。').text).toBe('2、3年');
    expect(texts('計画は2019〜2020年に実施した。')).toEqual([]);
  });

  it('keeps a length of time after の in kanji (直近の一年間)', () => {
    expect(texts('直近の一年間に出た論文を選ぶ。')).toEqual(['一年間']);
  });

  it('reads what is left of a span as a length of time (残り3日)', () => {
    expect(only('締め切りまで残り5日となった。').kind).toBe('duration');
  });

  it('reads a length of time something is equivalent to (1年相当)', () => {
    const f = only('装置は5年相当の振動に耐えた。');
    expect([f.text, f.value, f.kind]).toEqual(['5年相当', 5, 'duration']);
    expect(only('人工気象室で屋外1年相当の光を当てた。').value).toBe(1);
  });

  it('reads days stressed by もの as a length of time', () => {
    expect(only('停電は5日もの間続いた。').unit).toBe('日');
  });

  it('leaves short years and era years to the dates', () => {
    for (const text of [
      '大会は19年開かれた。',
      '制度は24年では見直されなかった。',
      '平成5年で区切りとした。',
      '平成二十年で区切りとした。',
      '昨年は10年に比べ増えた。',
      '式典は5日開かれた。',
      '受付は10日で締め切る。',
      '24年は増益だった。',
      '2年と3年の生徒が参加した。',
    ]) {
      expect(texts(text)).toEqual([]);
    }
  });
});

describe('years and months written together', () => {
  it.each([
    ['工場の停止から約1年9カ月がたった。', '約1年9カ月', 21],
    ['交渉は2年3か月に及んだ。', '2年3か月', 27],
    ['彼は3年と2カ月、その店で修業した。', '3年と2カ月', 38],
    ['前回の改定から1年11カ月ぶりの見直しとなる。', '1年11カ月ぶり', 23],
    ['祖母は二年三カ月の入院を終えた。', '二年三カ月', 27],
  ])('%s → one duration in months', (text, surface, months) => {
    const f = only(text);
    expect([f.text, f.value, f.unit, f.kind]).toEqual([surface, months, 'カ月', 'duration']);
    expect(f.core).toBe(surface.replace(/^約/, '').replace(/ぶり$/, ''));
  });

  it('reads an age told to the month as one age in months', () => {
    const f = only('1歳2カ月の男児が無事に保護された。');
    expect([f.text, f.value, f.unit, f.kind]).toEqual(['1歳2カ月', 14, 'カ月', 'age']);
  });

  it('does not join a calendar year or an era year to the months after it', () => {
    expect(texts('2024年9カ月ぶりに開いた。')).toEqual(['9カ月ぶり']);
    expect(texts('平成3年3カ月の時点で')).toEqual(['3カ月']);
    // 1年に9カ月 is a rate (nine months a year), not a length of 21 months.
    expect(only('工事は1年に9カ月ほど続く。').value).toBe(9);
  });

  it('keeps two school years joined by と apart', () => {
    expect(texts('2年と3年の生徒が参加した。')).toEqual([]);
  });
});

describe('counted stretches of the calendar', () => {
  it.each([
    ['輸出は5四半期連続で増えた。', '5四半期連続', '四半期'],
    ['同社は3期連続の増益を確保した。', '3期連続', '期'],
    ['上半期と下半期を合わせ、2半期続けて赤字だった。', '2半期', '半期'],
    ['アニメは2週連続で首位に立った。', '2週連続', '週'],
    ['チームは3季ぶりに優勝した。', '3季ぶり', '季'],
    ['彼は海外で2シーズンを過ごした。', '2シーズン', 'シーズン'],
    ['町は3カ年計画をまとめた。', '3カ年', '年'],
  ])('%s → a duration', (text, surface, unit) => {
    const f = only(text);
    expect([f.text, f.unit, f.kind]).toEqual([surface, unit, 'duration']);
  });

  it('leaves a season named by its year to the dates', () => {
    expect(texts('2023シーズン終了後に引退した。')).toEqual([]);
  });

  it('leaves a year of origin (年産, 年製) to the dates: the number is a year, not a count', () => {
    expect(texts('2020年産の小麦は高値で取引された。')).toEqual([]);
    expect(texts('組合は23年産の出荷を早める。')).toEqual([]);
    expect(texts('工場は年産5万台の規模だ。')).toEqual(['5万台']);
  });

  it('leaves ordinals of a period out', () => {
    expect(texts('第3四半期の決算を発表した。')).toEqual([]);
    expect(texts('議員は3期目の当選を果たした。')).toEqual([]);
  });
});

describe('tens in digits before 数', () => {
  it('reads 20数年 as 21 to 29 years, not 数年', () => {
    const f = only('交渉は20数年に及んだ。');
    expect([f.text, f.min, f.max, f.unit]).toEqual(['20数年', 21, 29, '年']);
    expect(only('参加者は10数人だった。').text).toBe('10数人');
  });
});

describe('days: N日で before a quantity, and days counted on a working calendar', () => {
  it.each([
    ['港に避難民殺到　3日で1万人超え', '3日'],
    ['新しい展望台は5日で約2万人を集めた。', '5日'],
    ['出荷量はわずか2日で倍に膨らんだ。', '2日'],
    ['申請から10開庁日で結果が出る。', '10開庁日'],
    ['返金は3営業日以内に行う。', '3営業日以内'],
    ['上場から5取引日で値を下げた。', '5取引日'],
  ])('%s → %s', (text, surface) => {
    const f = figures(text).find((x) => x.unit === '日');
    expect([f?.text, f?.kind]).toEqual([surface, 'duration']);
  });

  it('leaves days of the month alone', () => {
    expect(texts('11月3日で1万人に達した。')).toEqual(['1万人']);
    expect(texts('受け付けは3日で終わる。')).toEqual([]);
    expect(texts('会期は3日で、5万人が来場した。')).toEqual(['5万人']);
    expect(texts('書類は10営業日目に届いた。')).toEqual([]);
  });

  // 運動が始まってから20日で1年を迎えた: years or months reached on a day are an anniversary (the 20th).
  it('leaves the day an anniversary falls on alone', () => {
    expect(texts('抗議運動が始まってから、20日で1年を迎えた。')).toEqual(['1年']);
    expect(texts('新路線は開業から12日で3カ月となる。')).toEqual(['3カ月']);
    expect(texts('店は開店から3日で1000人を集めた。')).toEqual(['3日', '1000人']);
  });
});

describe('days counted back, and days a span noun is', () => {
  it.each([
    ['男は3日前に交番へ届け出た。', '3日'],
    ['点検は事故の5日前に済んでいた。', '5日'],
    ['店主は10日前から行方が分からない。', '10日'],
    ['このウイルスの潜伏期間は14日とされる。', '14日'],
    ['新しい薬の投与の間隔は7日だ。', '7日'],
  ])('%s → %s', (text, surface) => {
    const f = figures(text).find((x) => x.unit === '日');
    expect([f?.text, f?.kind]).toEqual([surface, 'duration']);
  });

  it('reads a range of days a span noun is as one length', () => {
    const f = only('潜伏期間は2〜14日とされる。');
    expect([f.text, f.min, f.max, f.kind]).toEqual(['2〜14日', 2, 14, 'duration']);
  });

  it('leaves days of the month alone', () => {
    expect(texts('申請の期限は15日だ。')).toEqual([]);
    expect(texts('受付期間は14日から20日までだ。')).toEqual([]);
    expect(texts('式典は3日午前に始まる。')).toEqual([]);
    expect(texts('会議は17日前夜に開かれた。')).toEqual([]);
  });
});

describe('fiscal years are never lengths of time', () => {
  it('reads N年度 after から as a year, not the years since', () => {
    expect(texts('売上高は約500億円から28年度には900億円に伸びる見通しだ。')).toEqual(['約500億円', '900億円']);
    expect(texts('工場の稼働から12年を迎えた。')).toEqual(['12年']);
  });
});

describe('a length a rule sets: N年に after a length noun', () => {
  it.each([
    ['免許の更新の間隔を5年に延ばす。', '5年'],
    ['点検義務を緩和、機体更新は3年に　運輸当局', '3年'],
    ['委員の任期は2年に短くなる。', '2年'],
    ['保存期間を7年に改めた。', '7年'],
  ])('%s → %s', (text, surface) => {
    const f = figures(text).find((x) => x.unit === '年');
    expect([f?.text, f?.kind]).toEqual([surface, 'duration']);
  });

  it('leaves a two-digit year alone', () => {
    expect(texts('システムの更新は27年に行う。')).toEqual([]);
  });
});

describe('the gap between two dates: N日 or N年 before being earlier or later', () => {
  it.each([
    ['梅の見頃は例年より6日早い見込みだ。', '6日'],
    ['初雪は平年より9日遅かった。', '9日'],
    ['新庁舎の完成は計画より2年早まった。', '2年'],
    ['ツバメの飛来が去年より4日早く観測された。', '4日'],
    ['紅葉は例年に比べて1週間、落葉は3日遅く進んだ。', '3日'],
    ['開幕を2日遅らせる。', '2日'],
    ['迂回路は従来の航路に比べて5～8日長くかかる。', '5～8日'],
    ['今年の会期は昨年より3日短い。', '3日'],
  ])('%s → %s', (text, surface) => {
    const f = figures(text).find((x) => x.unit === '日' || x.unit === '年');
    expect([f?.text, f?.kind]).toEqual([surface, 'duration']);
  });

  it('leaves late on a day of the month to the dates when nothing is compared', () => {
    expect(texts('知事は8日遅く、談話を出した。')).toEqual([]);
  });
});

describe('at least until a day', () => {
  it('leaves 少なくとも N日まで to the dates, and keeps lengths up to a bound', () => {
    expect(texts('雨は少なくとも18日まで続く見通しだ。')).toEqual([]);
    expect(texts('延長は最長20日まで認める。')).toEqual(['最長20日まで']);
    expect(texts('停電は少なくとも2日間続く。')).toEqual(['少なくとも2日間']);
  });
});

describe('days of a week', () => {
  it('counts N日 after 週 or 週休 (a week has seven days; no date is meant)', () => {
    const f = only('求人は週3日勤務の条件だ。');
    expect([f.text, f.value, f.unit, f.kind]).toEqual(['週3日', 3, '日', 'duration']);
    expect(only('全社で週休3日を導入した。').value).toBe(3);
    expect(texts('会合は3日に開く。')).toEqual([]);
    expect(texts('毎月3日に開く。')).toEqual([]);
  });
});
