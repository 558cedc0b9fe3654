import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf, sourceOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

// A body that drafts a proposal, a report or a plan is the source of the figures in it. Our own sentences.
describe('a body compiles a proposal with the figure in it', () => {
  it.each([
    ['与党の作業部会は8月、補助金の2割を減らすことを柱とする改正の骨子案をまとめている。', '2割', '与党の作業部会'],
    ['政府の有識者会議は、保育士を3年で5万人増やす提言を取りまとめた。', '5万人', '政府の有識者会議'],
    ['県の検討会は、入館料を4割引き下げる報告書を作成した。', '4割', '県の検討会'],
    ['東和党のプロジェクトチームは、基金を30億円積み増す改正案を提出した。', '30億円', '東和党のプロジェクトチーム'],
    ['市の審議会が、職員を12人増やす計画を示した。', '12人', '市の審議会'],
    ['協議会は、料金を8%下げる基本方針を決定した。', '8%', '協議会'],
    ['政府は、介護職員の賃金を月1万円引き上げる方針を固めました。', '1万円', '政府'],
    ['県は、バスを12路線に減らす計画を決めた。', '12路線', '県'],
    ['観光庁は、訪日客を年6000万人にする目標を掲げた。', '6000万人', '観光庁'],
    ['商工会議所は、融資枠を2倍にするよう求める要望書を提出した。', '2倍', '商工会議所'],
    // Where it went between the plan and the verb: …改正案を市議会3月定例会に提出した.
    ['東和市は、料金を平均22%引き上げる条例改正案を市議会3月定例会に提出した。', '22%', '東和市'],
    ['県の検討会は、定員を3割減らす報告書を知事に提出した。', '3割', '県の検討会'],
  ])('%s → %s', (text, figure, who) => {
    expect(nameOf(text, figure)).toBe(who);
  });

  it('gives the compiling verb as the cue', () => {
    const s = sourceOf('県の検討会は、入館料を4割引き下げる報告書を作成した。', '4割');
    expect(s?.cue).toContain('作成');
  });

  it('a value a body decides to set is the decider’s: 金利を0.5%に引き上げることを決めた', () => {
    expect(nameOf('東和銀行は、預金金利を0.5%に引き上げることを決めた。', '0.5%')).toBe('東和銀行');
    expect(nameOf('北山市は、来年度から保育料を月額2万円に引き下げることを決めました。', '月額2万円')).toBe('北山市');
    // A person setting a value tells a deed, not a body's decision.
    expect(nameOf('山田選手は、練習量を1日3時間に増やすことを決めた。', '1日3時間')).toBe('');
  });

  it('a plan someone only received, discussed or opposed is not theirs', () => {
    expect(nameOf('市長は、運賃を2割上げる改正案に反対した。', '2割')).toBe('');
    expect(nameOf('議会は、職員を12人増やす計画を審議した。', '12人')).toBe('');
    expect(nameOf('市長は、運賃を2割上げる改正案を議会で否決した。', '2割')).toBe('');
  });

  it('an object that is no report or plan makes no announcement: 書類をまとめた', () => {
    expect(nameOf('検討会は、段ボール3箱分の書類をまとめた。', '3箱')).toBe('');
  });
});

describe('a plan or report made known (…の原案が明らかになった)', () => {
  it('gives the sentences after it to the plan’s owner', () => {
    const text =
      '政府がまとめる物価対策の原案が12日、明らかになった。電気代を月2000円補助する。規模は3兆円程度となる。';
    expect(sourcesOf(text, ['2000円', '3兆円']).map((s) => s?.name)).toEqual(['政府', '政府']);
  });

  it('the owner along a chain of の, or the subject of the verb before the plan', () => {
    expect(nameOf('県の観光振興策の素案が判明した。宿泊費を1泊5000円補助する。', '5000円')).toBe('県');
    expect(nameOf('与党の作業部会がまとめた骨子案が分かった。手当の3割を削る。', '3割')).toBe('与党の作業部会');
  });

  it('what became known that is no plan or report says nothing of its owner', () => {
    expect(nameOf('男の身元が判明した。男は40歳だった。', '40歳')).toBe('');
    expect(nameOf('市の原案が明らかになった。\n別の市では、料金を2割上げた。', '2割')).toBe('');
  });
});

describe('a body decides or orders, and what it decides or orders is its own', () => {
  it('…とすることを決めた: the decision, and the plain sentence after it', () => {
    const text =
      '東和県の審議会は2日、補助金の上限を1件あたり50万円とすることを決めた。\n' +
      '上限は地域で3段階に分けられ、山間部を60万円、市街地を40万円とした。';
    expect(sourcesOf(text, ['50万円', '3段階', '60万円', '40万円']).map((s) => s?.name)).toEqual(
      Array(4).fill('東和県の審議会'),
    );
  });

  it('…に計2億円の返還を命じた / 改善を勧告した: the authority’s order', () => {
    const text = '東和県の監査委員会は12日、建設会社7社に改善命令を出し、うち5社に計2億円の返還を命じた。';
    expect(sourcesOf(text, ['7社', '5社', '計2億円']).map((s) => s?.name)).toEqual(Array(3).fill('東和県の監査委員会'));
    expect(nameOf('東和市は、事業者3社に設備の改善を勧告した。', '3社')).toBe('東和市');
  });

  it('…の賃上げを求めている / 月1万円を提示した: a party’s demand or offer is its own position', () => {
    expect(nameOf('北斗精工の労組は、基本給の月2万4千円引き上げを求めている。', '月2万4千円')).toBe('北斗精工の労組');
    expect(nameOf('会社側は、夏の賞与として月1万1千円の上乗せを提示した。', '月1万1千円')).toBe('会社側');
    expect(nameOf('東和市は国に約3億円の補助を要望した。', '約3億円')).toBe('東和市');
  });

  it('but one seeking something, or a demand of no named party, names no one', () => {
    expect(nameOf('仕事を求めて約2万人が沿岸部の都市へ移った。', '約2万人')).toBe('');
    expect(nameOf('住民の約7割が運行本数の維持を求めている。', '約7割')).toBe('');
    expect(nameOf('東和建設は計8千万円の支払いを求められた。', '計8千万円')).toBe('');
  });

  it('but one who was ordered, or a decision no body made, names no one', () => {
    expect(nameOf('東和建設は、5社とともに計2億円の返還を命じられた。', '計2億円')).toBe('');
    expect(nameOf('運賃を200円とすることが決まった。', '200円')).toBe('');
  });
});

describe('a research team’s study (…との研究結果を、Xのチームがまとめた)', () => {
  const lede = '睡眠が短い人は認知症になるリスクが約1.3倍高いとの研究結果を、東和大学などのチームがまとめた。\n';

  it('the result set before the team as its subject is the team’s', () => {
    expect(nameOf(lede, '約1.3倍')).toBe('東和大学などのチーム');
  });

  it('and so is what the team did for the study, in the paragraphs after', () => {
    const text = `${lede}チームは2008年から、男女約3万1千人を平均10.2年間追跡した。期間中に1205人が認知症と診断された。`;
    expect(sourcesOf(text, ['約3万1千人', '10.2年間', '1205人']).map((s) => s?.name)).toEqual([
      '東和大学などのチーム',
      '東和大学などのチーム',
      '東和大学などのチーム',
    ]);
  });

  it('and with the team as a subject set apart by a comma (Xのチームが、…研究結果をまとめた)', () => {
    const text = '東和大学などの研究チームが、認知症になるリスクが約1.3倍高いとの研究結果をまとめた。';
    expect(nameOf(text, '約1.3倍')).toBe('東和大学などの研究チーム');
  });

  it('while a company group’s past deeds stay background (東和グループは過去に…)', () => {
    const text = '東和グループは10日、新型端末を発売すると発表した。\n東和グループは過去にも約90万台を回収した。';
    expect(nameOf(text, '約90万台')).toBe('');
  });
});

describe('parties coming to terms (…ことで合意した) and the terms after, subject left out', () => {
  const lede =
    '与党と野党の緑風党は4日、新たな交付金を創設することで合意した。規模は年600億円程度とし、来年度から4年間続ける。';

  it('are the parties’', () => {
    expect(sourcesOf(lede, ['年600億円', '4年間']).map((s) => s?.name)).toEqual([
      '与党と野党の緑風党',
      '与党と野党の緑風党',
    ]);
  });

  it('both sides of it, when one is the party agreed with (東和労組と経営側は…で妥結した)', () => {
    const text = '東和労組と経営側は、月額1万2000円の賃上げで妥結した。一時金は5カ月分とする。';
    expect(sourcesOf(text, ['1万2000円', '5カ月分']).map((s) => s?.name)).toEqual([
      '東和労組と経営側',
      '東和労組と経営側',
    ]);
  });

  it('but a plain fact the outlet states of a party is no claim of theirs', () => {
    expect(nameOf(`${lede}\n衆院で与党は過半数に7議席足りず、緑風党の協力が欠かせない。`, '7議席')).toBe('');
  });

  it('nor is what was agreed in the passive, by no one named', () => {
    expect(nameOf('会合では、支援額を約20億円とすることで合意された。', '約20億円')).toBe('');
  });
});
