import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

// Round 7's page kinds: briefs shorter than 80 characters, pages of short sentences, and pages that are
// no news though they declare "article" (named pages, fiction, notices, exhibitions, digests). Each rule is
// checked on a page it must take and on a near neighbour it must leave (tests/fixtures/pages has the full pages).

const page = (head: string, body: string) =>
  parse(
    `<html lang="ja"><head><meta charset="utf-8">${head}</head><body><header><a href="/">北山日日新聞</a></header>${body}</body></html>`,
  );
const og = (title: string, extra = '') =>
  `<title>${title} | 北山日日新聞</title><meta property="og:type" content="article"><meta property="og:title" content="${title}">${extra}`;
const dated = '<meta property="article:published_time" content="2025-12-01T19:42:00+09:00">';
const verdict = (head: string, body: string) => extractArticle(page(head, body)).reason;

describe('a dated two-sentence brief under its declared headline', () => {
  const title = '県道で車2台衝突、2人けが';
  const story = (sentences: string) => `<main><h1>${title}</h1><p>2025/12/1 19:42</p><p>${sentences}</p></main>`;

  it('is an article at 50–80 characters when it reads as news (past tense, a day, someone reporting)', () => {
    const brief =
      '1日午後5時ごろ、川北町の県道で車2台が衝突し、2人が病院に運ばれた。警察によると、2人とも軽いけがだという。';
    expect(verdict(og(title, dated), story(brief))).toBe('ok');
    const aged =
      '1日午後5時ごろ、川北町の県道で乗用車2台が正面衝突した。運転していた男性（45）が首などに軽いけがをした。';
    expect(verdict(og(title, dated), story(aged))).toBe('ok');
  });

  it('is not when it tells no news, is undated, or is shorter still', () => {
    const notice = 'この記事は会員限定です。続きはログインしてお読みください。会員登録は無料です。';
    expect(verdict(og(title, dated), story(notice))).not.toBe('ok');
    const brief =
      '1日午後5時ごろ、川北町の県道で車2台が衝突し、2人が病院に運ばれた。警察によると、2人とも軽いけがだという。';
    expect(verdict(og(title), story(brief).replace('<p>2025/12/1 19:42</p>', ''))).toBe('no-text');
    expect(verdict(og(title, dated), story('1日、車2台が衝突した。警察によると、けが人はいない。'))).toBe('no-text');
  });
});

describe('four short sentences are complete prose', () => {
  const title = '町のプールが新しくなりました';
  const easy = (ps: string[]) =>
    `<main><h1>${title}</h1><p class="date">2025年7月1日</p>${ps.map((p) => `<p>${p}</p>`).join('')}</main>`;
  const website = `<title>${title}</title><meta property="og:type" content="website">`;

  it('an easy-Japanese page of four spaced sentences (63 characters) is read', () => {
    const four = [
      '市の　南に　ある　プールが　新しく　なりました。',
      '7月5日から　使う　ことが　できます。',
      '子どもは　100円、大人は　300円です。',
      '月曜日は　休みです。',
    ];
    expect(verdict(website, easy(four))).toBe('ok');
    expect(verdict(website, easy(four.slice(0, 3)))).toBe('no-text');
  });
});

describe('a page whose headline names it is no story, whatever it declares', () => {
  const body = (h1: string) =>
    `<main><h1>${h1}</h1><p>2025年12月3日 7時15分 更新</p><p>大雪の影響により、北浜市交通局は本線の北浜駅〜山口駅間で始発から運転を見合わせています。運転再開は10時ごろを見込んでいます。</p><p>お客さまには大変ご迷惑をおかけしております。お急ぎのところ申し訳ございません。</p><p>港線では一部の列車に遅れが出ています。</p></main>`;

  it('「運行情報」 heads a status page; 「本線、始発から運転見合わせ」 heads a report of it', () => {
    expect(verdict(og('運行情報'), body('運行情報'))).toBe('not-article');
    expect(verdict(og('本線、始発から運転見合わせ'), body('本線、始発から運転見合わせ'))).toBe('ok');
  });

  it('a terse headline over prose that reads as a story is kept (「衆院解散」)', () => {
    const story = `<main><h1>衆院解散</h1><p>2025年12月1日 19:42</p><p>首相は1日、衆院を解散した。政府は臨時閣議で、総選挙の日程を決めた。与党幹部は「信を問う」と話した。</p></main>`;
    expect(verdict(og('衆院解散', dated), story)).toBe('ok');
  });
});

describe('fiction: narrated, with lines of dialogue, and nobody reporting', () => {
  const chapter = (quoteLines: string[]) =>
    `<main><h1>第12話　港の灯り</h1><p>2025年11月30日 21時00分 投稿</p><p>夕方になると、港には冷たい風が吹き込んだ。リナは最後の荷物を抱えて、坂道を駆け下りた。</p>${quoteLines.map((q) => `<p>${q}</p>`).join('')}<p>じいさんは箱を受け取ると、にやりと笑った。海の向こうで、灯台の灯りがゆっくりと回り始めた。</p></main>`;
  const head = og('第12話　港の灯り', dated);

  it('two dialogue lines make a chapter', () => {
    expect(verdict(head, chapter(['「遅いぞ、リナ。船はもう出ちまう」', '「これ、灯台守のおばあさんに」']))).toBe(
      'not-article',
    );
  });

  it('a report quoting two people on lines of their own, and saying who spoke, is news', () => {
    const report = `<main><h1>港の灯台、100年ぶりに改修</h1><p>2025年11月30日 21時00分</p><p>北浜港の灯台が30日、100年ぶりの改修を終えた。市によると、費用は約2億円。</p><p>「灯りが戻ってうれしい」</p><p>「孫にも見せたい」</p><p>見物に来た住民はそう話した。</p></main>`;
    expect(verdict(og('港の灯台、100年ぶりに改修', dated), report)).toBe('ok');
  });
});

describe('a notice that only tells the reader what to do', () => {
  const head = og('年末年始の営業時間のお知らせ', dated);
  const notice = (extra = '') =>
    `<main><h1>年末年始の営業時間のお知らせ</h1><p class="date">2025.12.01</p><p>いつもご利用いただき、誠にありがとうございます。年末年始の営業時間を下記の通りとさせていただきます。</p><p>お客さまにはご不便をおかけしますが、ご理解くださいますようお願い申し上げます。</p><p>※一部店舗では営業時間が異なります。詳しくは各店舗にお問い合わせください。</p>${extra}</main>`;

  it('is no article however dated', () => {
    expect(verdict(head, notice())).toBe('not-article');
  });

  it('a city’s event item that names its day and recounts last year is kept, its instructions notwithstanding', () => {
    const item = `<main><h1>防災フェアを11月16日に開催します</h1><p>更新日：2025年10月28日</p><p>市は11月16日、市民体育館で防災フェアを開きます。今年で5回目です。</p><p>昨年は親子連れなど約1200人が訪れました。</p><p>参加は無料です。当日は公共交通機関をご利用ください。</p></main>`;
    expect(verdict(og('防災フェアを11月16日に開催します'), item)).toBe('ok');
  });
});

describe('a digest: sections each closed by the same short link', () => {
  const section = (h: string, p: string, more: string) =>
    `<section><h2>${h}</h2><p>${p}</p><p><a href="/a/${h.length}">${more}</a></p></section>`;
  const sections = (more: string) =>
    [
      section('市議会、補正予算案を可決', '北山市議会は3日、補正予算案を賛成多数で可決した。総額は約12億円。', more),
      section('駅前に保育施設', '駅前の再開発ビルに、定員60人の保育施設が来年4月に開所する。市が3日発表した。', more),
      section('高校駅伝、北山工が2位', '地区大会が3日開かれ、北山工は2位に入った。優勝まで18秒差だった。', more),
    ].join('');
  const head = og('朝刊ダイジェスト　12月4日', dated);

  it('three sections closed by 「続きを読む」 are a list of stories', () => {
    expect(
      verdict(
        head,
        `<main><h1>朝刊ダイジェスト　12月4日</h1><p>2025年12月4日 6:00</p>${sections('続きを読む')}</main>`,
      ),
    ).toBe('not-article');
  });

  it('a story with subheads whose photos carry an 「拡大」 link inside the sections is one story', () => {
    const photo = (p: string) =>
      `<p>${p}</p><p><a href="/img/1">拡大する</a></p><p>市によると、工事は来年3月に終わる予定だという。</p>`;
    const story = `<main><h1>駅前再開発、3棟が着工</h1><p>2025年12月4日 6:00</p><h2>商業棟</h2>${photo('北山駅前の再開発で3日、商業棟の工事が始まった。')}<h2>住宅棟</h2>${photo('住宅棟には約200戸が入る。')}<h2>保育施設</h2>${photo('保育施設の定員は60人になった。')}</main>`;
    expect(verdict(og('駅前再開発、3棟が着工', dated), story)).toBe('ok');
  });
});

describe('an exhibition’s sheet: its run, its hours and its price', () => {
  it('会期・開館時間・休館日・観覧料 make an event page of an undated exhibition page', () => {
    const sheet =
      '<table><tr><th>会期</th><td>10月4日〜12月14日</td></tr><tr><th>開館時間</th><td>9時〜17時</td></tr><tr><th>休館日</th><td>月曜日</td></tr><tr><th>観覧料</th><td>一般1,000円</td></tr></table>';
    const body = `<main><h1>企画展「海をわたった器」</h1><p>2025年10月4日（土）〜12月14日（日）</p><p>江戸時代、県内の窯で焼かれた器は、港から船で遠くヨーロッパまで運ばれました。本展では、里帰り品を中心に約120点を紹介します。</p><p>器に描かれた異国の風景から、職人たちの工夫をたどります。</p>${sheet}</main>`;
    expect(verdict(og('企画展「海をわたった器」'), body)).toBe('not-article');
  });
});

describe('a roster: line after line opening with a person and their age', () => {
  const notices = [
    '山田ハナさん（94）＝本町。3日死去。葬儀は5日午前10時から北山斎場で。',
    '鈴木正さん（81）＝南町。2日死去。葬儀は4日午後1時から自宅で。',
    '佐藤トミ子さん（90）＝東町。3日死去。葬儀は6日午前11時から西斎場で。',
    '高橋勇さん（77）＝上川。2日死去。葬儀は4日午前10時から川北会館で。',
  ];
  const body = (ps: string[]) =>
    `<main><h1>おくやみ（12月4日）</h1><p class="date">2025年12月4日 5:00</p>${ps.map((p) => `<p>${p}</p>`).join('')}</main>`;
  const head = og('おくやみ（12月4日）', dated);

  it('four death notices are a list, not a story', () => {
    expect(verdict(head, body(notices))).toBe('not-article');
  });

  it('three are not enough, and a story naming people with their ages in its sentences is one', () => {
    const told = '北山で3人が死去';
    expect(verdict(og(told, dated), body(notices.slice(0, 3)).replace('おくやみ（12月4日）', told))).toBe('ok');
    // Under the section's name and day, three are its edition all the same (edition.ts).
    expect(verdict(head, body(notices.slice(0, 3)))).toBe('not-article');
    const story = [
      '北山市本町の住宅で3日未明、火事があり、木造2階建てが全焼した。',
      '警察によると、この家に住む山田ハナさん（94）が逃げ遅れ、病院に運ばれた。',
      '隣に住む鈴木正さん（81）は「煙が見えて驚いた」と話した。',
      '火は約2時間後に消し止められた。',
    ];
    expect(
      verdict(og('住宅全焼、1人けが', dated), body(story).replace('おくやみ（12月4日）', '住宅全焼、1人けが')),
    ).toBe('ok');
  });
});

describe('a story under a "website" stamp, its day and hour after the body', () => {
  const title = '老舗旅館が廃業へ　創業140年';
  const head = `<title>${title}｜みなみTV NEWS</title><meta property="og:type" content="website"><meta property="og:title" content="${title}">`;
  const story = `<p>南浜温泉の老舗旅館が、来年3月末で廃業することになりました。後を継ぐ人が見つからなかったということです。</p><p>5代目の主人、井上孝さん（78）によりますと、ここ数年は従業員も集まらなかったということです。</p><p>井上さんは「最後まで心を込めてもてなしたい」と話していました。</p>`;

  it('is an article when its prose reads as a story', () => {
    expect(verdict(head, `<main><h1>${title}</h1>${story}<p class="time">12月3日(水) 18:15配信</p></main>`)).toBe('ok');
  });

  it('is not without the stamp', () => {
    expect(verdict(head, `<main><h1>${title}</h1>${story}</main>`)).not.toBe('ok');
  });
});

describe('a short story on a page declaring nothing, under its title and a dateline with the hour', () => {
  const title = '元県知事の村井正雄さん死去　88歳';
  const body = (stamp: string) =>
    `<div class="main"><h1>${title}</h1><p class="time">${stamp}</p><div class="body"><p>元県知事の村井正雄さんが20日、肺炎のため県内の病院で死去した。88歳だった。葬儀は近親者で営む。</p><p>県職員から副知事を経て1995年に初当選し、3期12年務めた。</p></div></div>`;
  const head = `<title>${title} | 中央タイムズ</title>`;

  it('is an article at 80 characters and more (an obituary of four sentences)', () => {
    expect(verdict(head, body('2025年11月22日 10:05'))).toBe('ok');
  });

  it('is not without the hour: a date alone vouches for less', () => {
    expect(verdict(head, body('2025年11月22日'))).toBe('no-text');
  });
});

describe('a page declaring nothing that dates its prose under the title it declares', () => {
  const title = '駅前の古書店が喫茶を併設してリニューアル';
  const head = `<title>${title} - 北山経済新聞</title>`;
  const body = (ps: string[]) =>
    `<div class="main"><h2 class="headline">${title}</h2><p class="date">2025.07.08</p>${ps.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const shop = [
    '北山駅前の古書店「月見堂」が6月末、店内に喫茶スペースを設けてリニューアルオープンした。',
    '店は1970年代から続き、郷土史や文学の古書を中心に約2万冊をそろえる。改装で棚の一部を減らし、窓際に8席のカウンターを設けた。工事には約1カ月かかった。',
    'コーヒーは地元の焙煎所の豆を使い、焼き菓子は近くの洋菓子店から仕入れる。店主は買った本をその場で読める店を目指したといい、今後は月に一度、古書の市や読書会も開く予定だという。',
  ];

  it('is an article when its long prose is no diary', () => {
    expect(verdict(head, body(shop))).toBe('ok');
  });

  it('is not when the prose is written as I (a blog post under a dated heading)', () => {
    const diary = [
      '今日は駅前の古書店に行ってきました。私は昔からこの店が好きで、学生のころはよく通っていました。',
      '店の奥に喫茶スペースができていて、僕もさっそくコーヒーを頼んでみました。とても落ち着く場所でしたよ。',
      '次の休みにも行きたいなあ。今度は妻と一緒に行こうかな。',
    ];
    expect(verdict(head, body(diary))).not.toBe('ok');
  });
});

describe('a page of a company’s careers site is no news, however it is typed', () => {
  const title = '「産地と食卓をつなぐ仕事」';
  const answers = [
    '祖父母が果樹園を営んでいて、作り手の苦労を身近に見て育ちました。作る人と食べる人をつなぐ仕事がしたいと考えました。',
    '県内の農協から果物を仕入れ、首都圏のスーパーに提案しています。旬の時期には産地に通い、収穫を自分の目で確かめます。',
    '規格外のミカンを飲料メーカーにつないだとき、生産者の方から「捨てずに済んだ」と言ってもらえました。',
  ];
  const body = (crumbs = '') =>
    `${crumbs}<article><h1>${title}</h1>${answers.map((a, i) => `<h2>質問${i + 1}</h2><p>${a}</p>`).join('')}</article>`;
  const head = (titleTail: string, extra = '') =>
    `<title>${title}｜${titleTail}</title><meta property="og:type" content="article">${dated}${extra}`;

  it('is no news on a company’s own site either: the company publishes it about itself (self-published.ts)', () => {
    expect(verdict(head('株式会社みなと物産'), body())).toBe('not-article');
  });

  it('is not when its title, its breadcrumb or its address names the careers site', () => {
    expect(verdict(head('先輩社員の声｜みなと物産 採用情報'), body())).toBe('not-article');
    expect(verdict(head('MINATO BUSSAN RECRUITING 2027'), body())).toBe('not-article');
    const crumbs = '<ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/saiyo/">採用情報</a></li></ol>';
    // A site whose name does not say it is a company (「みなと物産」): the careers section alone decides.
    expect(verdict(head('みなと物産'), body())).toBe('ok');
    expect(verdict(head('みなと物産'), body(crumbs))).toBe('not-article');
    const url = '<meta property="og:url" content="https://www.minato-bussan.example/recruit/people/tamura/">';
    expect(verdict(head('みなと物産', url), body())).toBe('not-article');
  });

  it('a paper’s page is news whatever section about hiring files it', () => {
    expect(verdict(head('就活・新卒採用｜北山日日新聞'), body())).toBe('ok');
    const crumbs =
      '<ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/economy/">雇用・採用</a></li></ol>';
    expect(verdict(head('北山日日新聞'), body(crumbs))).toBe('ok');
  });

  it('a paper’s story filed under /recruit/ or 「企業の採用情報」 is news: its prose reads as a story', () => {
    const story =
      '<article><h1>北浜工業、新卒採用3割増</h1><p>工作機械の北浜工業は4日、来春の新卒採用を約130人に増やすと発表した。</p>' +
      '<p>同社によると、技術職を60人から90人に増やす。</p><p>人事部の田村浩二部長（52）は「地元で腕を磨ける会社にしたい」と話した。</p>' +
      '<p>北山労働局によると、9月の有効求人倍率は1.42倍だった。</p></article>';
    const crumbs =
      '<ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/saiyo/">企業の採用情報</a></li></ol>';
    const url = '<meta property="og:url" content="https://www.kitayama-np.example/sports/recruit/20251104-0031.html">';
    expect(verdict(head('北山日日新聞', url), `${crumbs}${story}`)).toBe('ok');
  });
});
