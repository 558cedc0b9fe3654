import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { isInterview } from '../../../../lib/content/page/interview';
import { fixture, paragraphs } from './load';

describe('isInterview: questions each answered by the paragraph after it', () => {
  it('―― questions over answers under the speaker’s name, three times at least', () => {
    const dashed = [
      '市内で唯一の銭湯を継いだ田島さんは「毎日来る人の顔が支えです」と話す。',
      '――継ごうと思ったのは。',
      '田島　父の体が弱ってきて、誰かがやらないと店がなくなるからです。',
      '――お客さんの数は。',
      '田島　1日に120人ほどです。半分は近所のお年寄りですね。',
      '――今後については。',
      '田島　薪で沸かす釜を、なんとか残していきたいと考えています。',
    ];
    expect(isInterview(paragraphs(dashed))).toBe(true);
    // Box-drawing dashes and a Q with its stop, full-width or not, mark the questions too.
    const boxed = ['──値段は。', '一つ300円です。', '──売れ筋は。', '塩パンです。', '──休みは。', '月曜です。'];
    expect(isInterview(paragraphs(boxed))).toBe(true);
    const lettered = [
      'Ｑ．狙いは？',
      'Ａ．若い客です。',
      'Q: 時期は？',
      'A: 春です。',
      'Ｑ　規模は？',
      'Ａ　20店です。',
    ];
    expect(isInterview(paragraphs(lettered))).toBe(true);
  });

  it('not two exchanges, nor questions left unanswered, nor a single dash or a word opening with Q', () => {
    const two = ['――時期は。', '来春です。', '――費用は。', '約2億円です。', '工事は秋に始まる。'];
    expect(isInterview(paragraphs(two))).toBe(false);
    const unanswered = ['――時期は。', '――費用は。', '――場所は。', '――規模は。'];
    expect(isInterview(paragraphs(unanswered))).toBe(false);
    const story = [
      '―町の図書館が新しくなった。',
      '開館は来月1日。',
      'QRコードで本を借りられる。',
      '貸し出しは1人10冊まで。',
      'Q市の担当者は「便利になる」と話した。',
      '利用者は増える見込みだ。',
    ];
    expect(isInterview(paragraphs(story))).toBe(false);
  });
});

describe('articleVerdict: an interview under a website stamp, dated only under its headline', () => {
  it('reads as an article when a lead reports its speaker', () => {
    const page = extractArticle(fixture('interview-qa-website-text-date'));
    expect(page.reason).toBe('ok');
  });

  it('a FAQ in the same layout reports no one and stays no article', () => {
    const page = extractArticle(fixture('faq-qa-website-dated'));
    expect(page.reason).toBe('not-article');
  });
});
