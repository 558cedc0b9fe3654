/**
 * What a body counts of itself and no one else can: its takings, results and its own reckonings.
 * 「東和電鉄は…輸送人員を発表した。同社の運輸収入は500億円で…」: 同社の + one of these continues the
 * release (the company's figures), where 「同社の国内シェアは約10%」 describes the company from outside.
 * A possessed noun counts when it ends in one of these (運輸収入 → 収入, 連結売上高 → 売上高).
 */
export const OWN_ACCOUNT_HEADS: readonly string[] = [
  // takings and results: 運輸収入, 売上高, 営業利益, 最終損益, 赤字幅
  '収入',
  '売上高',
  '売り上げ',
  '売上',
  '利益',
  '収益',
  '損益',
  '損失',
  '赤字',
  '黒字',
  '決算',
  // what it sold, made, carried or took in: 販売台数, 受注額, 輸送人員, 入園者数
  '販売台数',
  '販売数',
  '受注',
  '受注額',
  '出荷',
  '生産台数',
  '輸送人員',
  '利用者数',
  '入場者数',
  '入園者数',
  '来場者数',
  '会員数',
  '契約数',
  // its own reckonings: 同省の推計, 同社の試算, 同本部の集計
  '推計',
  '試算',
  '集計',
  '調べ',
  '見通し',
  '予測',
];

/**
 * What a body compiles as an account of a state of affairs: 被害状況をまとめた, 利用実績をまとめた,
 * 事業の概要をまとめた. まとめた with one of these as its object announces, as 試算をまとめた does — the
 * counts in the sentences after it are the body's (市内の浸水は計320棟に上った).
 */
export const COMPILED_ACCOUNTS: readonly string[] = ['状況', '実績', '概要', '件数'];
