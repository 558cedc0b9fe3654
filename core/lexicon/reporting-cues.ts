import { type WordTable, wordTable } from './word-table';
/**
 * Reporting cues: the words that say who a statement comes from. Matched against kuromoji's basic
 * forms (述べ → 述べる) or, for the fixed phrases, against the text itself.
 */

/** Verbs that report speech or an estimate after a quoting と: 「…」と述べた, …と欧米の当局者はみている. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  '述べる',
  '語る',
  '話す',
  '報じる',
  '伝える',
  '明かす',
  '付け加える',
  '付けくわえる',
  'みる',
  '見る',
  '見込む',
  '書く',
  '記す',
  '答える',
  '訴える',
  '言う',
  'いう',
  '語気を強める',
  '結論付ける',
  '結論づける',
  '見積もる',
  '強める',
  '考える',
  '振り返る',
  '打ち明ける',
  '説く',
  '嘆く',
  '呼びかける',
  '書き込む',
  '言い切る',
  '明かす',
  '見通す',
  // …ことを突き止めた: a finding, the finder's (研究チームは…周期で自転していることを突き止めた).
  '突き止める',
]);

/**
 * The one-word REPORTING_VERBS with their readings, so that other spellings of them report too:
 * 呼び掛ける = 呼びかける, 見積る = 見積もる, 打明ける = 打ち明ける (same reading, and no kanji the
 * listed spelling lacks: 応える is not 答える, 解く is not 説く). A test checks the readings against
 * kuromoji's.
 */
export const REPORTING_VERB_READINGS: WordTable<string> = wordTable<string>({
  述べる: 'ノベル',
  語る: 'カタル',
  話す: 'ハナス',
  報じる: 'ホウジル',
  伝える: 'ツタエル',
  明かす: 'アカス',
  付け加える: 'ツケクワエル',
  見る: 'ミル',
  見込む: 'ミコム',
  書く: 'カク',
  記す: 'シルス',
  答える: 'コタエル',
  訴える: 'ウッタエル',
  言う: 'イウ',
  結論づける: 'ケツロンヅケル',
  見積もる: 'ミツモル',
  強める: 'ツヨメル',
  考える: 'カンガエル',
  振り返る: 'フリカエル',
  打ち明ける: 'ウチアケル',
  説く: 'トク',
  嘆く: 'ナゲク',
  呼びかける: 'ヨビカケル',
  書き込む: 'カキコム',
  言い切る: 'イイキル',
  見通す: 'ミトオス',
  突き止める: 'ツキトメル',
});

/** サ変 nouns that report with する: と発表した, と推定している, と指摘した. */
export const REPORTING_SAHEN: ReadonlySet<string> = new Set([
  '発表',
  '推定',
  '推計',
  '指摘',
  '強調',
  '説明',
  '分析',
  '主張',
  '証言',
  '表明',
  '発言',
  '公表',
  '予測',
  '予想',
  // 気象台は…続くと予報している: a forecast, like 予想 and 予測.
  '予報',
  // IPCCは、…約7%増えると評価している: an assessment body's finding, as 分析 and 判断 are.
  '評価',
  '試算',
  '報告',
  '警告',
  '報道',
  'コメント',
  '批判',
  '言及',
  '示唆',
  '断言',
  '明言',
  '確認',
  '判断',
  '算出',
  '集計',
  '結論',
  '投稿',
  '反論',
  '否定',
  '懸念',
  '見積',
  '供述',
  '答弁',
  '力説',
  '推測',
  '想定',
  '期待',
  '述懐',
  '弁明',
  '釈明',
  '説明',
  '公言',
  '発信',
  '通告',
  '通知',
  '回顧',
  // トヨタは世界販売を1000万台と計画している: a plan stated as a figure, like …としている.
  '計画',
  // 同省は…と回答した reports; 回答者の6割が…と回答した names no party (the subject is a share).
  '回答',
]);

/**
 * Nouns for what someone said or posted: 「同社がXに投稿した内容によると」, 「山田さんが話した内容では」 — made
 * a source's by the reporting verb of the clause before them (REPORTING_VERBS / REPORTING_SAHEN).
 */
export const SAID_NOUNS: ReadonlySet<string> = new Set(['内容', '話', '投稿', '発言', 'コメント', '説明']);

/** Verbs that never make a reporting cue here (none today: 回答 reports when a party answers). */
export const NON_SOURCE_VERBS: ReadonlySet<string> = new Set([]);

/**
 * Verbs of a crowd's or a place's state, which quote nothing: 「入場者は約3万人と、東和スタジアムは大いに
 * 沸いた」, 「来場者は前年の2倍と、北山町はにぎわった」 — the と says how many, not what the stadium said.
 */
export const STATE_VERBS: ReadonlySet<string> = new Set([
  '沸く',
  '湧く',
  'にぎわう',
  '賑わう',
  '盛り上がる',
  '混み合う',
  '込み合う',
  '活気づく',
  '混雑',
  '熱狂',
]);

/**
 * Verbs that work a figure out, besides the reporting and compiling ones: after a bare figure, と and a
 * comma they take it as theirs (「相談は約7,800件と、北浜センターは[はじき出した]」), while an outcome verb
 * (入場者は約4千人と、北山美術館は苦戦した, 客数は9割と、東和百貨店は回復した) says how the party fared.
 */
export const FIGURING_VERBS: ReadonlySet<string> = new Set([
  'はじき出す',
  '弾き出す',
  '見込む',
  '見積もる',
  '見る',
  '数える',
  '伝える',
]);

/** Announcements: the party publishes something (no と needed): 新型機を公開した, 試算をまとめた. */
export const ANNOUNCE_SAHEN: ReadonlySet<string> = new Set(['発表', '公表', '公開', '発売', '発売開始']);

/** サ変 nouns of handing a document out (開示した資料, 提出した報告書): they make a report public, as 公表 does. */
export const DISCLOSING_SAHEN: ReadonlySet<string> = new Set(['開示', '提出', '配布']);

/**
 * Verbs that announce only with a report or a plan as their object: 試算をまとめた, 報告書を出した,
 * 骨子案を取りまとめた, 提言を示した, 方針を固めた.
 */
export const ANNOUNCE_REPORT_VERBS: ReadonlySet<string> = new Set([
  'まとめる',
  '取りまとめる',
  'とりまとめる',
  '出す',
  '示す',
  '打ち出す',
  // 賃金を月1万円引き上げる方針を固めた / 計画を決めた: a plan decided is its decider's.
  '固める',
  '決める',
  '掲げる',
  '公表',
  '発表',
  '公開',
]);

/**
 * サ変 nouns that, with する and a report or plan as their object, make it the subject's own: 改正案を
 * 提出した, 提言を策定した, 報告書を作成した, 基本方針を決定した.
 */
/**
 * サ変 nouns of working out figures: 「東和総研が試算した経済効果は約40億円」 — the figures of what a
 * party worked out, written before a noun, are its own (sources/announcements.ts).
 */
export const COMPILING_SAHEN: ReadonlySet<string> = new Set(['試算', '推計', '集計', '算出', '予測', '推定', '計算']);

/**
 * Verbs (basic forms) and サ変 nouns of gathering data, which make the figures before a party's in a cleft
 * of もの pointing back at them: 「…21人に上った。これは県警がまとめたものだ」, 「これは東和総研が調査した
 * もので、…という」 (sources/report-cleft.ts). 県が整備したもの builds a thing and gathers nothing.
 */
export const GATHERING_VERBS: ReadonlySet<string> = new Set(['まとめる', '取りまとめる', 'とりまとめる', '調べる']);
export const GATHERING_SAHEN: ReadonlySet<string> = new Set(['調査', '分析', ...COMPILING_SAHEN]);

export const ANNOUNCE_REPORT_SAHEN: ReadonlySet<string> = new Set(['提出', '策定', '作成', '提示', '決定']);

/**
 * Verbs (and サ変 nouns) of deciding whose object may be a value set, made a noun with こと: 目安を33円と
 * することを決めた — the value decided is the decider's (a deed decided, …引き上げることを決めた, is not).
 */
export const DECIDING_VERBS: ReadonlySet<string> = new Set(['決める', '決定', '固める', '決議']);

/**
 * What a body decides and so makes public as its own (政府は総額39兆円の経済対策を閣議決定した, 市は
 * 来年度予算案を決めた): a decided object whose name ends in one of these is the decider's release.
 */
export const DECIDED_PLANS: readonly string[] = ['案', '対策', '計画', '方針', '予算', '戦略', '指針'];

/**
 * Verbs of pronouncing a ruling, whatever its object is called: 東和地裁は懲役18年の判決を言い渡した,
 * 裁判長は懲役8年を言い渡した — the sentence and the sums it orders are the court's.
 */
export const RULING_VERBS: ReadonlySet<string> = new Set(['言い渡す', 'いい渡す']);

/**
 * Plain verbs of putting something out that pronounce a ruling only when what they put out is one (a
 * document its author speaks through, lexicon/documents.ts AUTHOR_VOICES): 東和地裁は懲役18年の判決を
 * 下した / …有罪判決を出した are the court's (補助金を出した is not a ruling).
 */
export const RULING_ISSUE_VERBS: ReadonlySet<string> = new Set(['出す', '下す']);

/**
 * Verbs (and サ変 nouns) of filing with an authority: 約28万台のリコールを国土交通省に届け出た — what the
 * filer files (the cars, the models) it makes known as its own.
 */
export const FILING_VERBS: ReadonlySet<string> = new Set(['届け出る', '届け出', '届出']);

/**
 * サ変 nouns of parties coming to terms, after what they agree on with で: 与党と緑風党は交付金を創設する
 * ことで合意した — the agreement and its terms (規模は年600億円程度とし、…) are the parties' joint release.
 */
export const AGREEING_SAHEN: ReadonlySet<string> = new Set(['合意', '妥結']);

/**
 * Verbs (and サ変 nouns) of an authority's order, whatever is ordered: 5社に計2億円の返還を命じた,
 * 改善を勧告した — what it orders is its own act, not the writer's account.
 */
export const ORDERING_VERBS: ReadonlySet<string> = new Set(['命じる', '命ずる', '命令', '勧告']);

/**
 * サ変 nouns (with する) of an authority putting people, equipment or money to a task on its own order,
 * or directing those it counts: 職員約120人を派遣した, 消防士約1500人を投入して, 全約900世帯に避難勧告を発令した, 10万円の見舞金を支給
 * した. Whom or what it sent is known from the authority (sources/official-acts.ts); building, holding or
 * weighing something (防犯カメラ約200台を設置した, 研修を3回開いた, 予算を組むか検討する) is a deed the
 * outlet tells.
 */
export const COMMAND_SAHEN: ReadonlySet<string> = new Set([
  // 市立病院3施設に緊急点検を指示した / 全28市町村に節電を要請した: those it directs, as with 指示を出した.
  '指示',
  '要請',
  '派遣',
  '増派',
  '急派',
  '投入',
  '配備',
  '動員',
  '出動',
  '発令',
  '発出',
  '支給',
  '交付',
  '配分',
  '招集',
  '召集',
  // 米財務省は…タンカー12隻と関連企業8社を制裁対象に指定した: what an authority designates (sanctions, shelters)
  // is known from the authority's list.
  '指定',
]);

/**
 * Nouns of a directive an authority puts out (出す, 発令, 発出) to those it counts: 約3400世帯に避難指示を
 * 出した, 5県に大雨警報を発令した, 2市に緊急事態宣言を発出した (matched at the end of the object).
 */
export const DIRECTIVE_NOUNS: readonly string[] = ['指示', '勧告', '命令', '要請', '指令', '警報', '注意報', '宣言'];

/**
 * Verbs (and サ変 nouns) of a demand, an offer, an application or a council's recommendation: 労組は
 * 月3万円の賃上げを求めている, 経営側は月1万円を提示した, 電力会社は平均30%の値上げを国に申請した, 原告は
 * 1億円の賠償を請求した, 審議会は時給1020円とするよう答申した — the amount asked for, offered or
 * recommended is the party's own position.
 */
export const DEMANDING_VERBS: ReadonlySet<string> = new Set([
  '求める',
  '要求',
  '要望',
  '提示',
  '申請',
  '請求',
  '提案',
  '答申',
  // 検察側は懲役6年を求刑した: the sentence the prosecutors demand is theirs.
  '求刑',
  // WHOは成人に週150〜300分程度の運動を推奨している / 野菜を350グラム以上とることを勧めている: what a
  // body recommends is its own advice.
  '推奨',
  '勧める',
]);

/** Nouns of との〇〇を示した: 「…との見方を示した」 reports the subject's view. */
export const VIEW_NOUNS: ReadonlySet<string> = new Set([
  '見方',
  '見解',
  '認識',
  '考え',
  '見通し',
  '懸念',
  '予想',
  '方針',
]);

/** Cues that name the source right before them: 公取委によると, JAXAなどによりますと. */
export const ACCORDING_TO: readonly string[] = ['によると', 'によれば', 'によりますと', 'によりますれば', 'によるとの'];

/**
 * 「ロイター通信が伝えたところでは」 / 「同紙が報じたところによると」: a reporting verb in the past, then
 * ところ and one of HEARD_TAILS; the source is the clause's subject.
 */
export const HEARD_VERBS: readonly string[] = [
  '伝えた',
  '報じた',
  '明らかにした',
  '発表した',
  '公表した',
  '述べた',
  '話した',
  '語った',
  '明かした',
  '説明した',
];
/** What follows ところ in such a cue: 報じたところによると, 伝えたところでは. */
export const HEARD_TAILS: readonly string[] = ['によると', 'によれば', 'によりますと', 'では'];

/**
 * Verbs of finding out, which may also end their clause with ところ、 or 結果、: 「県が調べたところ、対象の3割で
 * 基準を超えていた」. (駆けつけたところ、 is only "when".)
 */
export const FOUND_VERBS: readonly string[] = [
  '調べた',
  '調査した',
  '取材した',
  '聞いた',
  '尋ねた',
  '問い合わせた',
  '確認した',
  '分析した',
  '集計した',
  '試算した',
  '推計した',
  'まとめた',
];

/**
 * The verbs of FOUND_VERBS that ask someone: 「市の担当者に尋ねたところ、」 — the one asked (に) answers,
 * not the one asking (記者が).
 */
export const ASKING_VERBS: ReadonlySet<string> = new Set(['取材した', '聞いた', '尋ねた', '問い合わせた']);

/** A report noun is a cue when followed by one of these: の推計では, の調べで、, 報告書によると. */
export const REPORT_CUE_TAILS: readonly string[] = [
  'によると',
  'によれば',
  'によりますと',
  'では',
  // 文部科学省の調査でも、…: the same report cue, added to an earlier one.
  'でも',
  'で、',
  'で，',
  // …ことが、県警への取材で分かった / 同省の調査で判明した
  'で分か',
  'でわか',
  'で判明',
  'で明らかに',
  // 内閣府の調査で65%の人が…: a bare で, taken only when the report has a named owner.
  'で',
  // 同党の試算として、…にとどまると批判した: what follows is given as the report's (独自の調査として実施した,
  // with no comma, names what was done).
  'として、',
  'として，',
];

/** The verbs of finding out a report cue may end on: 取材で分かった, 調査で判明した, 取材によって明らかになった. */
export const REPORT_FOUND_TAILS: readonly string[] = ['分か', 'わか', '判明', '明らかに'];

/** 「XがYの分析を引用して報じた」: the source is Y, relayed by X. */
export const CHAIN_LINKS: readonly string[] = [
  'の話として',
  'の話では',
  'の情報として',
  'を引用して',
  'を引用し',
  'に基づいて',
  'に基づき',
  'をもとに',
  'を基に',
];

/** 「リー氏はAFPの報道において述べた」, 「AFPに明らかにした」: the medium that relayed the statement. */
export const RELAY_LINKS: readonly string[] = [
  'の報道において',
  'の報道で',
  'の取材に対し',
  'の取材に',
  'の取材で',
  'の番組で',
  'に対して',
  'に対し',
];

/** Openers that continue the previous sentence's report: さらに、約65％が… */
export const CONTINUATION_OPENERS: readonly string[] = ['さらに', 'また、', '加えて', 'このほか', '同様に', 'このうち'];

/**
 * A sentence opening on what its paragraph told before, as the object or topic of the verb that closes it:
 * こうした推計を、県が明らかにした / これらの数字は、県がまとめた / 以上は、協会がまとめた. A determiner takes a
 * finding noun (SUMMARY_NOUNS, maybe after a word or two: この集計結果を); a pronoun stands alone.
 */
export const SUMMARY_DETERMINERS: readonly string[] = [
  'こうした',
  'こういった',
  'このような',
  'これらの',
  'この',
  '以上の',
];
export const SUMMARY_PRONOUNS: readonly string[] = ['以上', 'これら'];
/** Finding nouns a summary opener names (こうした推計, この調査結果); not 中 (こうした中、 is a connective). */
export const SUMMARY_NOUNS: readonly string[] = [
  '推計',
  '試算',
  '調査',
  '結果',
  '数字',
  '数値',
  '集計',
  'データ',
  '統計',
  'まとめ',
];

/** Demonstrative openers of a sentence that attributes the previous one: これは…CNNが報じたものだ. */
export const CARRY_BACK_OPENERS: readonly string[] = [
  'これは',
  'これらは',
  'いずれも',
  'こうした',
  'この情報は',
  'この数字は',
];

/** Words before a reporting verb that point back at the quote before it: 「…」。女性はこう話した. */
export const POINT_BACK_WORDS: ReadonlySet<string> = new Set(['こう', 'そう', 'このように', 'そのように']);
/**
 * Verbs (basic forms) after そう / こう that say nothing of a person's words or mind: そうなった, そうある,
 * そうする — not the speaker's own verb (そう漏らした) naming the quote before.
 */
export const NOT_OWN_VERBS: ReadonlySet<string> = new Set(['なる', 'ある', 'いる', 'する', 'できる', 'おる']);

/**
 * Where a party speaks, set with で after its topic: 中銀は声明で、…とし / 同社は会見で、…とした. A topic
 * that speaks somewhere is the speaker of the words after, whatever its name says of it.
 */
export const SPEECH_SETTINGS: ReadonlySet<string> = new Set([
  '声明',
  '声明文',
  '会見',
  '記者会見',
  '談話',
  'コメント',
  '発表文',
  '報告書',
  '講演',
  '演説',
  '答弁',
  '説明会',
  '総会',
]);

/** Verbs that can stand alone after the fact they attribute: 「県が12日、発表した。」 */
export const BARE_REPORTING_VERBS: ReadonlySet<string> = new Set([
  '明らかにし',
  '発表',
  '公表',
  '報じ',
  '伝え',
  '報道',
]);

/**
 * Reporting サ変 nouns that answer another party's act rather than make it known: 「…新設する方針だ。
 * これは市民団体が批判したものだ」 — the plan stays the city's; the group only criticised it.
 */
export const ANSWERING_SAHEN: readonly string[] = ['批判', '反論', '否定', '懸念', '期待'];

/**
 * サ変 nouns of rejecting a claim: 「南海県は…膨らむとする野党の主張を否定した」 — the claim's figures are
 * its holder's (野党), never the denier's.
 */
export const DENYING_SAHEN: ReadonlySet<string> = new Set(['否定', '反論', '批判', '否認', '反発', '一蹴']);

/** What a party claims, as the head of …とする X の ___ : 主張, 指摘, 報道, 証言, 見方. */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(['主張', '指摘', '報道', '証言', '見方', '批判', '説', '訴え']);

/**
 * Verbs of speaking (basic forms) that name the speaker of a quote standing as the sentence before,
 * with no こう / そう: 「去年の3倍の予約が入っている」。女将の佐藤さんはうれしそうに話す。
 */
export const SPEAKING_BACK_VERBS: ReadonlySet<string> = new Set(['話す', '語る', '言う', '振り返る', '明かす']);

/** Idioms that report speech after と: 「…」と胸を張った, と自信を見せた, と力を込めた. */
export const REPORTING_IDIOMS: readonly string[] = [
  '胸を張',
  '力を込め',
  '意気込',
  '自信を見せ',
  '自信をのぞかせ',
  '自信を示し',
  '意欲を示し',
  '意欲を見せ',
  '決意を語',
  '笑顔を見せ',
  '声を弾ませ',
  '肩を落と',
  '口をそろえ',
  '語気を強め',
  '危機感を示し',
  '危機感をあらわに',
  '不満を漏ら',
  '不安を口に',
  '懸念を示し',
  '理解を求め',
  '期待を寄せ',
  '声を震わせ',
  '首をかしげ',
];

/** Verbs (and サ変 nouns: 分析) too common to report anything without a quoting と: 見込む, 考える, 答える. */
export const NO_TO_EXCLUDED: ReadonlySet<string> = new Set([
  'みる',
  '見る',
  '見込む',
  '考える',
  '言う',
  'いう',
  '書く',
  '答える',
  '強める',
  '見通す',
  '説く',
  '嘆く',
  // 体調不良を訴え: without と it is a complaint of something, not a report of figures.
  '訴える',
  // 海水を3回採取し、分析した: without と it is work done on something, not what was found.
  '分析',
]);

/**
 * Verbs that follow a quote without reporting it: 「3丁目の夕日」と呼ばれる, 「…」となった, 「日本」と読む.
 * After 「…」と any other verb is how the speaker said it: と笑う, と目を細めた, とため息をつく.
 */
export const QUOTE_NON_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'なる',
  '呼ぶ',
  '名付ける',
  '名づける',
  '題する',
  '称する',
  '銘打つ',
  '読む',
  '比べる',
  '並ぶ',
  '異なる',
  '違う',
  '合わせる',
  '重なる',
  '同じ',
  'ある',
  'いる',
]);

/**
 * Verbs of planning and forecasting, which make a figure their subject's when they end a sentence in
 * the non-past: 純利益は570億円を見込む, 政府は年3兆円規模を投じる. (目指す is left out: チームは3連覇を
 * 目指す states an aim, not a figure anyone vouches for.)
 */
export const PLAN_VERBS: ReadonlySet<string> = new Set(['見込む', '投じる', '見積もる']);

/**
 * Verbs of a body settling its own figures — a budget, a forecast — that make them its own in either
 * tense: 予想は据え置いた, 為替の前提を105円に見直した, 28億円を盛り込んだ, 基金から65億円を取り崩す,
 * 事業費に12億円を計上した (計上 with する), 警備に約4億円を充てた. Unlike 投じた, which may tell what was
 * done long ago.
 */
export const SETTLING_VERBS: ReadonlySet<string> = new Set([
  '据え置く',
  '見直す',
  '盛り込む',
  '取り崩す',
  '計上',
  '充てる',
]);

/**
 * Verbs of holding a figure down, a body's own settling when the body is the topic or left out:
 * 営業利益は8%増の660億円にとどめた, 設備投資を前年並みの300億円に抑える. A person or a team holding
 * something down tells a deed (山田投手は失点を2に抑えた), not a figure of its own.
 */
export const HOLDING_VERBS: ReadonlySet<string> = new Set(['とどめる', '留める', '抑える']);

/**
 * Verbs of a plan document laying out its figures, with the document as topic: 政府の宇宙基本計画は、…
 * 20機程度に増やす目標を掲げる / 県の振興計画は…500万人とする目標を示している / 市の交通戦略は…盛り込んだ
 * (明記 and 設定 with する).
 */
export const LAYING_OUT_VERBS: ReadonlySet<string> = new Set([
  '掲げる',
  '示す',
  '盛り込む',
  '定める',
  '打ち出す',
  '据える',
  '明記',
  '設定',
]);

/** Plans that are documents of their maker (政府の宇宙基本計画, 市の交通戦略, 省の教育ビジョン). */
export const PLAN_DOCUMENTS: readonly string[] = ['計画', '方針', '戦略', 'ビジョン', '大綱', '指針', '構想', 'プラン'];

/**
 * Verbs of a body setting a value it controls — a price, a rate, a wage, its own forecast — in either
 * tense: 日銀は政策金利を0.5%に引き上げた, 初任給を30万円に引き上げる, 純利益の予想を500億円に上方修正
 * した (上方 + 修正 to IPADIC). Only a body sets them (山田選手は打率を3割に引き上げた tells a deed, not a claim).
 */
export const SETTING_VERBS: ReadonlySet<string> = new Set(['引き上げる', '引き下げる', '修正', '改定']);

/** サ変 nouns of planning, with する: 100人を採用する計画だ is a noun; 2000億円を投資する / 計上する. */
export const PLAN_SAHEN: ReadonlySet<string> = new Set(['計画', '予定', '投資', '計上', '拠出', '想定', '予想']);

/**
 * Of the plan words, those that forecast (見込む, 予想する): a view a person may hold, so with its
 * subject left out right after an economist's quote it is the economist's, where 計画だ is not.
 */
export const FORECAST_WORDS: ReadonlySet<string> = new Set(['見込む', '見積もる', '予想', '想定']);

/**
 * Verbs of foreseeing a measure: 総人口は…1億499万人になると見込んでいる, 世界の平均海面は…上昇すると予測している.
 * Only with one of these may a topic of plain words be what is foreseen rather than who foresees; 発表した /
 * 主張した want a party (現政権は…3万世帯を支援したと発表した is the government's).
 */
export const FORESEEING_VERBS: ReadonlySet<string> = new Set([
  ...FORECAST_WORDS,
  '予測',
  '推計',
  '試算',
  '推定',
  '見通す',
]);

/**
 * Nouns of a plan closing a sentence after a verb: 80円とする計画だ, 採用する予定です, 見直す方針だ, 最大3万人
 * 規模のストを行う構えだ (a stance taken, the party's plan as much as 方針).
 */
export const PLAN_NOUNS: ReadonlySet<string> = new Set(['計画', '予定', '方針', '意向', '考え', '構え']);

/**
 * Nouns of a foreseen act closing a sentence after a verb on an object, a plan only a body makes its own:
 * 減損損失として約680億円を決算に計上する見込み, 設備投資に150億円を投じる見込みです. Said of a thing
 * (受注残高は1兆円に達する見込み) they foresee, vouched for by no one: plans.ts takes them only with a body
 * as the topic, or with none, the body the story is about.
 */
export const BODY_PLAN_NOUNS: ReadonlySet<string> = new Set(['見込み', '見通し']);

/**
 * Verbs on an object that tell where a figure stands, not what a body does: 海外売上高が全体の4割を占める
 * 見込み, 前年を上回る見込み, 過去最高を更新する見通し. No act planned, so no plan of BODY_PLAN_NOUNS.
 */
export const RELATION_VERBS: ReadonlySet<string> = new Set([
  '占める',
  '上回る',
  '下回る',
  '超える',
  '超す',
  '割り込む',
  '構成',
  '突破',
  '更新',
  '記録',
  '含む',
  '抱える',
]);

/**
 * A plan being worked out closing a sentence: a verb, one of these nouns, で and a サ変 noun of working
 * on it — 175円程度に抑える方向で調整を進めている, 3割増やす方針で検討している.
 */
export const WORKED_PLAN_NOUNS: ReadonlySet<string> = new Set(['方向', '方針', '計画', '案']);
export const PLAN_WORK: ReadonlySet<string> = new Set(['調整', '最終調整', '検討', '協議']);

/**
 * Words before a report that leave its owner unnamed: ある民間調査では, 別の調査によると, 複数の試算では.
 * The report is then the source by its own words (a document), not the party in force.
 */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['ある', '別', '他', '複数', '一部', '各種']);

/** Nouns of a view or a study no one is named for: …との見方もある, …との声が上がっている, …との研究もある. */
export const OPINION_NOUNS: ReadonlySet<string> = new Set([
  '見方',
  '見解',
  '指摘',
  '分析',
  '声',
  '意見',
  '観測',
  '予想',
  '懸念',
  '批判',
  '試算',
  '推計',
  // …を食べていたとの研究もある, …との報告もある: a study the article does not name
  '研究',
  '報告',
  '調査',
  'データ',
]);

/**
 * Verbs (and サ変 nouns) that set a value rather than find one: 国の指針で定める上限の月45時間, WHOが
 * 推奨する1日5グラム. A report cue in a clause of one before an inner noun reports nothing of the
 * sentence (sources/modifier-clause.ts).
 */
export const DEFINING_VERBS: ReadonlySet<string> = new Set([
  '定める',
  '決める',
  '設ける',
  '規定',
  '設定',
  '推奨',
  '定義',
]);

/** 聞いた / 尋ねた / インタビューした / 話を聞いた: the verbs of an interview's lead-in (…に今季の思いを聞いた). */
export const INTERVIEW_VERBS: ReadonlySet<string> = new Set([
  '聞く',
  '尋ねる',
  '訊く',
  'インタビュー',
  '取材',
  // 同社に問い合わせると: an inquiry answered by whom it was put to.
  '問い合わせる',
]);
/** 本紙のインタビューに応じた / 取材に答えた: what an interviewee answers… */
export const INTERVIEW_NOUNS: ReadonlySet<string> = new Set(['インタビュー', '取材']);
/** …and the verbs of answering it. */
export const ANSWER_VERBS: ReadonlySet<string> = new Set(['応じる', '答える', '応える']);

/**
 * 投稿した / ツイートしたところ / ポストすると: posting on social media (sources/posts.ts), a サ変 noun with
 * する. The lines of the post that follow (うちの自慢の商品なんです…) are the poster's words.
 */
export const POST_NOUNS: ReadonlySet<string> = new Set(['投稿', 'ツイート', 'ポスト', 'リポスト', '書き込み']);
/** …and the verbs of posting (basic forms): SNSに書き込んだところ, Xでつぶやいた. */
export const POST_VERBS: ReadonlySet<string> = new Set(['書き込む', 'つぶやく', '呟く']);
/**
 * Verbs of writing (basic forms) that post what follows when こう / 次のように points ahead to it:
 * 自身のXにこう書いた。⏎「…」, ブログに次のようにつづった. Without the pointer 書いた is any writing.
 */
export const WRITE_VERBS: ReadonlySet<string> = new Set(['書く', 'つづる', '綴る', '記す', 'したためる']);
/** Nouns before のように that point ahead to what comes next: 次のように / 以下のように. */
export const AHEAD_WORDS: ReadonlySet<string> = new Set(['次', '以下']);
/**
 * How a post's line may close when the writer's 。 does not close it: politely (商品なんです, ありがとう
 * ございました, 売れませんでした), not on a plain verb as a subhead does (売り上げ、2倍に増えた).
 */
export const POST_POLITE_ENDINGS: readonly string[] = [
  'です',
  'ます',
  'でした',
  'ました',
  'ません',
  'ませんでした',
  'でしょう',
  'ください',
];

/** 報告 / 連絡 / 通報 received (…との報告があった): what someone told the one who writes… */
export const RECEIVED_NOUNS: ReadonlySet<string> = new Set(['報告', '連絡', '通報', '説明']);
/** …and the verbs of receiving it (basic forms): …との連絡が入った, …との報告が寄せられた. */
export const RECEIVING_VERBS: ReadonlySet<string> = new Set(['ある', '寄せる', '入る', '届く']);

/**
 * Conducting a survey, as a verb's basic form or a サ変 noun with する: 実施した / 行った / 調査した /
 * 調べた (sources/surveys.ts, sources/report-owner.ts).
 */
export const CONDUCTING_WORDS: ReadonlySet<string> = new Set(['実施', '行う', '調査', '調べる']);

/**
 * Examining what is then counted, as a verb's basic form or a サ変 noun with する: 県が調べた36地点のうち,
 * 市が検査した井戸120か所のうち — the examiner is the source of the count and its part (sources/examined-sample.ts).
 * Not 訪れる / 回る: a person visiting places reports nothing of them.
 */
export const EXAMINING_WORDS: ReadonlySet<string> = new Set([
  '調べる',
  '調査',
  '検査',
  '測定',
  '分析',
  '点検',
  '集計',
  '診断',
  '観測',
  '採取',
]);

/**
 * Verbs that make a titled work a report (東和総研が毎年まとめている「住みたい街ランキング」では): compiling,
 * publishing, surveying. Not 発売 / 公開 / 出す / 実施, whose titled object is as often a product, a film
 * or a campaign (北辰食品が発売した「もちもちパン」では).
 */
export const TITLE_REPORT_WORDS: ReadonlySet<string> = new Set([
  'まとめる',
  '取りまとめる',
  'とりまとめる',
  '発表',
  '公表',
  '作成',
  '策定',
  '調査',
  '調べる',
  ...COMPILING_SAHEN,
]);

/**
 * Kinds of service whose named title speaks for itself (レビュー集計サイト「ゲームスコアズ」では, 家計簿アプリ
 * 「カケイボン」では, 人気ランキング「北浜グルメ100」では): what the service lists or tallies is its own.
 */
export const NAMED_SERVICE_HEADS: readonly string[] = ['サイト', 'アプリ', 'ランキング'];

/** 回答した / 答えた / 応じた / 協力した / 参加した: taking part in a survey, not making it. */
export const TAKING_PART_WORDS: ReadonlySet<string> = new Set([...ANSWER_VERBS, '回答', '協力', '参加']);

/**
 * Nouns after an announcing verb in the non-past that set it ahead (発表する予定だ, 公表する方針, 示す
 * 見通し): an announcement still to come (sources/announcements.ts). 計画 is a PLAN_NOUN not listed here.
 */
export const LATER_NOUNS: readonly string[] = ['予定', '方針', '見通し', '見込み', '考え', '意向', '構え'];

/** A statement made to investigators or a court, which they relay (供述した, 自供した, 証言した): not first-hand words. */
export const RELAYED_STATEMENTS: readonly string[] = ['供述', '自供', '証言'];

/**
 * Words of a forecaster's verdict on one place's figure (日本は0.7%と0.2ポイント引き下げた, 中国は4.2%で
 * 据え置いた, ブラジルは2.0%とした, インドは6.8%と…見込んでいます): with the place as topic and its figure
 * right after, the place is what is forecast, not who forecasts. Stems, matched in the cue as written.
 */
/** 中国は成長率が5.0%だったと発表した: a verdict verb holding one of these is the country's own announcement, not a forecast of it. */
export const OWN_ANNOUNCEMENT_STEMS: readonly string[] = ['発表', '公表', '明らかに'];

export const VERDICT_STEMS: readonly string[] = [
  'とし',
  'と予',
  '見込',
  '予測',
  '予想',
  '見通',
  '据え置',
  '引き上げ',
  '引き下げ',
  '修正',
  '維持',
];
