import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf, namesOf } from './helpers';

beforeAll(loadTokenizer);

// Police and accident reports in our own words: the police's account holds for its paragraph.
describe('an according-to at the head of a paragraph', () => {
  it('holds for the rest of the paragraph, ages included', () => {
    const text =
      '警察によりますと、12日午後、市内の住宅で無職の男性（78）が倒れているのが見つかりました。' +
      '男性は胸を2カ所刺されていて、その場で死亡が確認されました。';
    expect(namesOf(text, ['78', '2カ所'])).toEqual(['警察', '警察']);
  });

  it('gives hearsay in its paragraph the frame, not a suspect quoted in it', () => {
    const text =
      '県警によると、男は「金が欲しかった」と供述している。男は去年から10件ほどの盗みを繰り返していたとみられる。';
    expect(nameOf(text, '10件')).toBe('県警');
  });

  it('does not reach into the next paragraph', () => {
    const text = '警察によりますと、男性はけがをしました。\n現場は駅から500メートルの住宅街です。';
    expect(nameOf(text, '500メートル')).toBe('');
  });

  it('in the middle of a sentence it holds for that sentence only', () => {
    const text = '男は逃げたが、警察によると、約1時間後に確保された。現場には300人が集まった。';
    expect(namesOf(text, ['約1時間', '300人'])).toEqual(['警察', '']);
  });
});

describe('調べによりますと with no owner', () => {
  it('is the investigation of the police the article has named', () => {
    const text =
      '住人から警察に通報がありました。\n調べによりますと、男性は近くに住む会社員（45）で、頭に1カ所けがをしていました。';
    expect(namesOf(text, ['45', '1カ所'])).toEqual(['警察', '警察']);
    const officer = '通報を受けた警察官が駆けつけた。\n調べによりますと、けが人は3人でした。';
    expect(nameOf(officer, '3人')).toBe('警察');
  });

  it('prefers the force named (大阪府警) to the police in general', () => {
    const text = '大阪府警は男を逮捕した。住人が警察に通報していた。調べでは、被害は20万円にのぼる。';
    expect(nameOf(text, '20万円')).toBe('大阪府警');
  });

  it('names no one when no police have been named', () => {
    expect(nameOf('調べによりますと、けが人は3人でした。', '3人')).toBe('');
  });
});

describe('a person’s age in parentheses', () => {
  it('is the outlet’s identification unless the police are the source', () => {
    expect(nameOf('関係者によると、店主の田中一郎さん（45）は店を閉めた。', '45')).toBe('');
  });

  it('of a suspect is the police’s when they are cited at the head of the next sentence', () => {
    const text =
      '逮捕されたのは、東和市に住む無職の山内繁夫容疑者（82）です。東和署によりますと、山内容疑者は容疑を認めているということです。';
    expect(nameOf(text, '82')).toBe('東和署');
    // Not with no police cited after it, nor for someone who is not the suspect.
    expect(nameOf('逮捕されたのは、無職の田中一郎容疑者（45）です。田中容疑者は容疑を認めています。', '45')).toBe('');
    const victim =
      'けがをしたのは、近くに住む田中花子さん（45）です。東和署によりますと、命に別条はないということです。';
    expect(nameOf(victim, '45')).toBe('');
    expect(nameOf('球団は、監督（55）の退任を発表した。', '55')).toBe('');
    expect(nameOf('県警によると、逮捕されたのは会社員の男（34）。', '34')).toBe('県警');
  });

  it('of someone the outlet quotes at first hand is its own, under the police’s paragraph too', () => {
    const text =
      '南浜署によると、この家に住む夫婦と連絡が取れていない。近所の女性（65）は「煙が見えて119番した」と話した。';
    expect(nameOf(text, '65')).toBe('');
    // Words the police relay (…ということです) keep the age theirs.
    const relayed = '南浜署によりますと、男性（78）は「財布を盗まれた」と話しているということです。';
    expect(nameOf(relayed, '78')).toBe('南浜署');
  });
});

describe('what the investigators did, told with them as the topic', () => {
  it('is known from them', () => {
    expect(nameOf('県警は、防犯カメラ約200台の映像を解析するなどして、男を特定した。', '約200台')).toBe('県警');
    expect(nameOf('警視庁は約100人の捜査員を投入した。', '約100人')).toBe('警視庁');
  });

  it('but not what another party did, nor a sentence with a cue of its own', () => {
    expect(nameOf('市は、防犯カメラ約200台を設置した。', '約200台')).toBe('');
    expect(nameOf('県警は、被害は約30件にのぼると発表した。', '約30件')).toBe('県警');
    expect(nameOf('県警によると、店の防犯カメラは4台あった。', '4台')).toBe('県警');
  });
});

describe('…ことがXへの取材で分かった: the party asked, in the figure’s own sentence', () => {
  it('outranks a subject of the clause and the investigators acting in it', () => {
    const text = '県警が逮捕した男2人が偽名の口座を4つ持っていたことが捜査関係者への取材で分かりました。';
    expect(namesOf(text, ['2人', '4つ'])).toEqual(['捜査関係者', '捜査関係者']);
  });

  it('outranks the investigators named in the sentence before and after', () => {
    const text =
      '東署は、店から現金を奪ったとして男2人を逮捕しました。' +
      '逮捕された2人は、別の店でも3回盗みを繰り返していたことが警察への取材でわかりました。' +
      '東署は、余罪を調べる方針です。';
    expect(namesOf(text, ['2人', '2人', '3回'])).toEqual(['東署', '警察', '警察']);
  });

  it('with the cue first (取材で、…) it is the party asked too', () => {
    const text = '関係者への取材で、男が5年前から店に勤めていたことがわかった。';
    expect(nameOf(text, '5年')).toBe('関係者');
  });
});
