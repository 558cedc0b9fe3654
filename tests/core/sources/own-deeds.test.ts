import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf, namesOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a body telling its own deeds by hearsay (Xは…という)', () => {
  it('the company as topic of a …という sentence tells it, 同社 resolved', () => {
    const text =
      '金属加工の東和製作所は新潟県にある。同社は昨年から初任給を月額23万円に上げ、今春は計6人が入社する予定だという。';
    expect(namesOf(text, ['23万円', '計6人'])).toEqual(['金属加工の東和製作所', '金属加工の東和製作所']);
  });

  it('a government body tells its own too', () => {
    expect(namesOf('北山市は来年度、保育士を20人増やすとのことだ。', ['20人'])).toEqual(['北山市']);
  });

  it('a person’s deeds told by hearsay name no teller (a suspect’s are the police’s account)', () => {
    expect(namesOf('山田太郎容疑者は現金10万円を奪ったという。', ['10万円'])).toEqual(['']);
    expect(namesOf('田中一郎さんは昨年、3回入院したという。', ['3回'])).toEqual(['']);
  });

  it('the outlet’s own description of the company stays the outlet’s', () => {
    const text = '従業員45人の東和製作所が注目を集めている。同社の売上高は約12億円に伸びた。';
    expect(namesOf(text, ['45人', '約12億円'])).toEqual(['', '']);
  });

  it('an estimate (…とみられる) or a topic known by its role names no teller', () => {
    expect(namesOf('東和製作所は来年、工場を2棟増やすとみられる。', ['2棟'])).toEqual(['']);
    expect(namesOf('男は現金3万円を奪って逃げたという。', ['3万円'])).toEqual(['']);
  });

  it('what a party calls its own (自社ブランド) is no antecedent of 同社', () => {
    const text = '東和製作所は刃物の会社だ。自社ブランドの比率は6割に達した。同社は今春、計3人を採用したという。';
    expect(namesOf(text, ['6割', '計3人'])).toEqual(['', '東和製作所']);
  });

  it('a source the paragraph cites comes first', () => {
    const text = '業界団体によると、同社は昨年、輸出を2倍に増やしたという。';
    expect(namesOf(text, ['2倍'])).toEqual(['業界団体']);
  });
});

describe('a company named in a round-up of companies', () => {
  const org = (text: string, name: string) => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, type: 'organization' as const };
  };
  const text =
    '主要企業の回答が出そろった。個別の企業では、東和電機が月額1万2000円の要求に満額で回答しました。' +
    '日本製鉄は、要求を上回る月額3万円の賃上げで応じ、賃上げ率は12%になるということです。';
  const entities = [org(text, '東和電機'), org(text, '日本製鉄')];
  const figures = ['1万2000円', '3万円', '12%'];

  it('answers for itself: a kind of body with では (個別の企業では) only sets the scene', () => {
    expect(sourcesOf(text, figures, entities)[0]?.name).toBe('東和電機');
  });

  it('tells its own deeds by hearsay, though another company answered before it', () => {
    expect(sourcesOf(text, figures, entities).map((s) => s?.name)).toEqual(['東和電機', '日本製鉄', '日本製鉄']);
  });
});

describe('a body the paragraph is about', () => {
  it('tells the hearsay of the next sentence, which names no one (研究チームは…考案した。…延びたという。)', () => {
    const text = [
      '北山大学の研究チームは14日、劣化を抑える技術を開発したと発表した。',
      '全固体電池は安全性が高い。一方で寿命が短く、課題があった。',
      '研究チームは、電極に膜を作る手法を考案した。試験では、容量を保てる時間が約2000時間へと10倍に延びたという。',
    ].join('\n');
    expect(namesOf(text, ['約2000時間', '10倍'])).toEqual(['研究チーム', '研究チーム']);
  });

  it('but a person the paragraph is about is no teller of it (a suspect’s deeds are someone’s account)', () => {
    const text = '事件は昼に起きた。\n山田容疑者は、店に入った。約30万円を奪ったという。';
    expect(namesOf(text, ['約30万円'])).toEqual(['']);
  });
});

describe('a body’s own deeds across a chain of clauses (県は…しており、…した)', () => {
  it('the body as topic is the source of every clause its sentence chains', () => {
    const text = '北川県は昨年度、避難所を120カ所設定しており、職員約900人を動員した。';
    expect(namesOf(text, ['120カ所', '約900人'])).toEqual(['北川県', '北川県']);
    // The first clause made a report: a later clause of its own topic is what the report found.
    const report = '学生支援機構は調査結果をまとめており、奨学金の利用者は約8万人だった。';
    expect(namesOf(report, ['約8万人'])).toEqual(['学生支援機構']);
    expect(namesOf('東和食品は昨年、工場を新設し、従業員を約300人増やした。', ['約300人'])).toEqual(['東和食品']);
    // 同社 is the company named before, not a kind of body.
    const again =
      '東和電力は、予備率を5%確保できると発表した。同社は発電所2基の運転を再開し、供給力を約120万キロワット増やした。';
    expect(namesOf(again, ['2基', '約120万キロワット'])).toEqual(['東和電力', '東和電力']);
  });

  it('but not one clause alone, a plan, a state named by its place, or a later clause of another topic', () => {
    expect(namesOf('北川県は昨年度、避難所を120カ所設定した。', ['120カ所'])).toEqual(['']);
    expect(namesOf('北川県は提言を受け、年内に20億円の予算を組むか検討する。', ['20億円'])).toEqual(['']);
    expect(namesOf('北山国は昨年11月に兵士1万人を派遣しており、多くが前線に送られた。', ['1万人'])).toEqual(['']);
    expect(namesOf('東和電機は新製品を発表し、株価は5%上昇した。', ['5%'])).toEqual(['']);
    // A national government's acts are the outlet's narration of events, as a state's are.
    expect(namesOf('北山政府は輸入枠を見直し、小麦の関税を約2割下げた。', ['約2割'])).toEqual(['']);
    expect(namesOf('北川県は避難所を設置し、南浜市は職員約200人を派遣した。', ['約200人'])).toEqual(['']);
  });

  it('nor a later clause with a counted subject of its own: what befell them, not the body’s deed', () => {
    expect(namesOf('東和化学は工場で爆発事故を起こし、従業員3人が死亡した。', ['3人'])).toEqual(['']);
    expect(namesOf('東和電機は新工場を建設し、約500人が新たに雇用された。', ['約500人'])).toEqual(['']);
    // A report's findings stay the body's (the first clause made the report).
    const report = '学生支援機構は調査結果をまとめており、約8万人が奨学金を利用していた。';
    expect(namesOf(report, ['約8万人'])).toEqual(['学生支援機構']);
    // A subject with no count in it, inside a clause on the object, leaves the body's deed its own.
    const relative = '北川県は昨年度、避難所を設定しており、住民が使える施設を約120カ所確保した。';
    expect(namesOf(relative, ['約120カ所'])).toEqual(['北川県']);
  });

  it('nor what befell the body, with no object of its own (a team’s result is the outlet’s report)', () => {
    expect(namesOf('東和ペンギンズ球団は北山球場で南浜に敗れ、4連敗となった。', ['4連敗'])).toEqual(['']);
    // A team named by its name alone plays: its results are no account of its own.
    expect(namesOf('東和ペンギンズは今季、選手5人を補強し、開幕から10連勝した。', ['5人', '10連勝'])).toEqual(['', '']);
  });
});

describe('a thing as the topic is no party (新型GPUは2万基が出荷された)', () => {
  it('a product whose count is its clause’s subject tells nothing: the body in force does', () => {
    const text = '東和電機は10日、決算を発表した。新型GPUは2万基が出荷されたという。';
    expect(namesOf(text, ['2万基'])).toEqual(['東和電機']);
    expect(namesOf('新型ドローンは約500台が売れたという。', ['約500台'])).toEqual(['']);
  });
});

describe('a body filing with an authority makes what it files known (リコールを国土交通省に届け出た)', () => {
  it.each([
    [
      '自動車メーカーの「東和モーターズ」は、部品に不具合があるとして、乗用車3車種、合わせて約12万台のリコールを国土交通省に届け出ました。',
      '約12万台',
      '東和モーターズ',
    ],
    [
      '北山市で10日、道の駅が開業した。二輪車大手の北辰工業は10日、燃料ポンプの不具合で約４万５０００台のリコールを国交省に届け出た。',
      '約４万５０００台',
      '北辰工業',
    ],
    [
      '東和モーターズは12日、ハンドルの不具合で5車種の計約8万台について、国土交通省にリコールを届け出た。',
      '計約8万台',
      '東和モーターズ',
    ],
  ])('%s → %s', (text, figure, who) => {
    expect(nameOf(text, figure)).toContain(who);
  });

  it('while a person filing with the city publishes nothing', () => {
    const text = '北山市の山田一郎さんは、約200平方メートルの倉庫を建てるため、市に開発を届け出た。';
    expect(nameOf(text, '約200平方メートル')).toBe('');
  });
});
