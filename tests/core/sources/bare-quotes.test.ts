import { beforeAll, describe, expect, it } from 'vitest';
import { isBareQuote, isQuestion } from '../../../core/sources/bare-quotes';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a paragraph that is nothing but a quote, with no speaker', () => {
  it('is the person quoted last, across the writer’s paragraphs between', () => {
    const text = [
      '中日の山田一郎監督は「選手を信じて任せる」と話した。',
      '最後まで信念を貫いた。',
      '「2年契約だったが、1年ごとが勝負だと思ってやってきた」',
    ].join('\n');
    expect(namesOf(text, ['2年契約'])).toEqual(['中日の山田一郎監督']);
  });

  it('is no one’s when no person was quoted before, or a body was', () => {
    expect(namesOf('最後まで信念を貫いた。\n「2年契約だったが、悔いはない」', ['2年契約'])).toEqual(['']);
    const body = '東和電機は「売り上げは伸びている」とコメントした。\n「新型は5万台売れた」';
    expect(namesOf(body, ['5万台'])).toEqual(['']);
  });

  it('in a Q&A, the person the lead-in interviewed answers; the questions are the outlet’s', () => {
    const text = [
      'サッカーの佐藤健二選手（24）に、新しい季節への思いを聞いた。',
      '――昨季は30試合で9得点。手応えは。',
      '「9得点は自信になった。チームが7位だったのは悔しい」',
      '――今季の目標は。',
      '2桁得点です。チームは5位以内を目指します。',
    ].join('\n');
    expect(namesOf(text, ['30試合', '9得点', '9得点', '7位', '5位以内'])).toEqual([
      '',
      '',
      'サッカーの佐藤健二選手',
      'サッカーの佐藤健二選手',
      'サッカーの佐藤健二選手',
    ]);
  });

  it('the one who answered the interview (…のインタビューに応じた) answers the single-bar questions', () => {
    const text = [
      'バスケットボールＢリーグの北川翔太選手（27）が、本紙のインタビューに応じた。今季は12試合に出場した。',
      '―今季は平均15得点。好調の理由は。',
      '体重を3キロ落として、動きが軽くなった。',
      '―チームは8勝4敗。',
      '「残りの20試合は全部勝ちたい」',
    ].join('\n');
    expect(namesOf(text, ['12試合', '15得点', '3キロ', '8勝', '4敗', '20試合'])).toEqual([
      '',
      '',
      'バスケットボールＢリーグの北川翔太選手',
      '',
      '',
      'バスケットボールＢリーグの北川翔太選手',
    ]);
  });

  it('hearsay with no speaker after an interview lead-in relays the one interviewed', () => {
    // The interviewee is a body, or one of its people; narration between does not end the interview.
    const body = [
      '老舗の缶詰メーカー、マルハニチロに話を聞いた。',
      '同社は地元の漁港のそばに工場を構える。',
      '10年間で200缶ほどしか売れなかった商品がこの1年で一番伸びたそうで、800缶ほど売れたとのことだ。',
    ].join('\n');
    expect(namesOf(body, ['10年間', '200缶ほど', '800缶ほど'])).toEqual([
      'マルハニチロ',
      'マルハニチロ',
      'マルハニチロ',
    ]);
    const staff = [
      '東和電機の広報担当者に取材した。',
      '新型の扇風機は発売から1カ月で5万台売れたという。',
      '例年の2倍のペースだそうだ。',
    ].join('\n');
    expect(namesOf(staff, ['1カ月', '5万台', '2倍'])).toEqual([
      '東和電機の広報担当者',
      '東和電機の広報担当者',
      '東和電機の広報担当者',
    ]);
  });

  it('speech relayed with そうだ / とのことだ reaches back past narration to the party quoted last', () => {
    const quoted = [
      '缶詰メーカーのマルハニチロでは、サバ缶の注文が相次いでいる。',
      '同社の広報担当者は「例年の3倍の注文がある」と話す。',
      'サバ缶は健康志向の高まりで人気が出ている。',
      '別の商品もこの1年で伸びたそうで、800缶ほど売れたとのことだ。',
    ].join('\n');
    expect(namesOf(quoted, ['3倍', '800缶ほど'])).toEqual(['同社の広報担当者', '同社の広報担当者']);
    // 同社 in the lead-in is the company named before.
    const anaphor = [
      '缶詰メーカーのマルハニチロが新商品を発売した。',
      '編集部は同社に話を聞いた。',
      '別の商品もこの1年で伸びたそうで、800缶ほど売れたとのことだ。',
    ].join('\n');
    expect(namesOf(anaphor, ['800缶ほど'])).toEqual(['缶詰メーカーのマルハニチロ']);
    // …という tells background as well: past narration it carries no one.
    const told = [
      '同社の広報担当者は「例年の3倍の注文がある」と話す。',
      'サバ缶は健康志向の高まりで人気が出ている。',
      '漁港の水揚げは昨年の半分ほどだったという。',
    ].join('\n');
    expect(namesOf(told, ['半分ほど'])).toEqual(['']);
  });

  it('but another voice cited after the interview is the one relayed, and with no one cited hearsay stays unattributed', () => {
    const other = [
      'マルハニチロに話を聞いた。',
      '一方、北山大学の田中教授は「缶詰の市場は広がっている」と話す。',
      '同社は地元の漁港のそばに工場を構える。',
      '市場はこの1年で2割伸びたそうだ。',
    ].join('\n');
    expect(namesOf(other, ['2割'])).toEqual(['北山大学の田中教授']);
    const none = ['市内の人口は約8万人だ。', 'この1年で観光客が増えたそうで、500人ほど多かったとのことだ。'].join('\n');
    expect(namesOf(none, ['500人ほど'])).toEqual(['']);
  });

  it('answering a question or a request is no interview; a single bar without one is no question', () => {
    const asked = ['山田社長は市の要請に応じた。', '―新工場は3カ所。', '生産は2割増えた。'].join('\n');
    expect(namesOf(asked, ['3カ所', '2割'])).toEqual(['', '']);
    const listed = [
      '県の田中課長は「対策を急ぐ」と述べた。',
      '―県内の避難所は30カ所。',
      '避難者は120人に上った。',
    ].join('\n');
    expect(namesOf(listed, ['30カ所', '120人'])).toEqual(['', '']);
  });

  it('is named by a plain verb of speaking in the sentence right after it, with no こう / そう', () => {
    const same = '「去年の3倍の予約が入っている」。旅館の女将、佐藤恵子さんはうれしそうに話す。';
    expect(namesOf(same, ['3倍'])).toEqual(['佐藤恵子さん']);
    const next = ['「去年の3倍の予約が入っている」', '旅館の女将、佐藤恵子さんは笑顔で話す。'].join('\n');
    expect(namesOf(next, ['3倍'])).toEqual(['佐藤恵子さん']);
    // Not a sentence of the writer's with a figure, nor a quote with a speaker of its own.
    expect(namesOf('予約は去年の3倍に増えた。佐藤恵子さんは笑顔で話す。', ['3倍'])).toEqual(['']);
    const own = ['「去年の3倍の予約が入っている」と話す人もいる。', '佐藤恵子さんは笑顔で話す。'].join('\n');
    expect(namesOf(own, ['3倍'])).toEqual(['']);
    // A gesture is no speaking.
    expect(namesOf('「去年の3倍の予約が入っている」。佐藤恵子さんは目を細めた。', ['3倍'])).toEqual(['']);
  });

  it('and so is an idiom of speaking closing the next sentence (…は力を込めた)', () => {
    expect(namesOf('「チームの目標は優勝。20勝はしたい」。エースの田中投手は力を込めた。', ['20勝'])).toEqual([
      'エースの田中投手',
    ]);
    const next = ['「来季は3割を打ちたい」', '山田選手は胸を張った。'].join('\n');
    expect(namesOf(next, ['3割'])).toEqual(['山田選手']);
    // After the writer's own sentence an idiom names no speaker for it.
    expect(namesOf('チームは20勝を挙げた。エースの田中投手は胸を張った。', ['20勝'])).toEqual(['']);
  });

  it('reads the idiom that closes the sentence, not one written earlier in it (looked for near the end)', () => {
    // 胸を張 twice: the last one closes the sentence, as it did when the whole sentence was searched.
    const twice = '「来季は3割を打ちたい」。胸を張るほどの成績ではないが、山田選手は胸を張った。';
    expect(namesOf(twice, ['3割'])).toEqual(['山田選手']);
    // Far from the end it closes nothing: 胸を張った後、球場を後にした is no speech cue.
    const early = '「来季は3割を打ちたい」。山田選手は胸を張った後、静かに球場を後にした。';
    expect(namesOf(early, ['3割'])).toEqual(['']);
  });

  it('is named by the words pointing back at it from the head of the next paragraph', () => {
    const cleft = [
      '市内の灯油価格が上がっている。',
      '「ここ1カ月で仕入れ値が10円近く上がった」',
      'こう話すのは、市内で燃料店を営む山本一郎さんです。',
    ].join('\n');
    expect(namesOf(cleft, ['1カ月', '10円近く'])).toEqual(['山本一郎さん', '山本一郎さん']);
    const said = ['「40年以上この仕事をしてきたが、初めてだ」', '店主の田中次郎さんは、そう言って肩を落とした。'].join(
      '\n',
    );
    expect(namesOf(said, ['40年以上'])).toEqual(['店主の田中次郎さん']);
    // そう言えば (“come to think of it”) points at nothing; a pointer two paragraphs on is too far.
    const idiom = ['「40年以上この仕事をしてきた」', 'そう言えば、田中さんは店を継ぐという。'].join('\n');
    expect(namesOf(idiom, ['40年以上'])).toEqual(['']);
    const far = ['「40年以上この仕事をしてきた」', '店は駅前にある。', '田中さんはそう話した。'].join('\n');
    expect(namesOf(far, ['40年以上'])).toEqual(['']);
  });

  it('a sentence of the writer’s with quoted words in it is no bare quote', () => {
    expect(isBareQuote('「2年契約だったが、悔いはない」')).toBe(true);
    expect(isBareQuote('「一つ目」「二つ目」。')).toBe(true);
    expect(isBareQuote('「攻め」と「守り」の違いは3点ある。')).toBe(false);
    expect(isBareQuote('「悔いはない」と話した。')).toBe(false);
    expect(isQuestion('――今季の目標は。')).toBe(true);
    expect(isQuestion('Ｑ　今季の目標は')).toBe(true);
    expect(isQuestion('今季の目標は5位以内だ。')).toBe(false);
    expect(isQuestion('－3月に工場を増やす')).toBe(false);
    expect(isQuestion('―けがの期間はどう過ごした。')).toBe(false);
    expect(isQuestion('―けがの期間はどう過ごした。', true)).toBe(true);
    expect(isQuestion('―3月に工場を増やす。', true)).toBe(false);
    expect(isQuestion('―新型車―', true)).toBe(false);
  });
});
