/**
 * Documents that speak for their authors, and the verbs that author them. 「自民党の物流調査会は…提言
 * をまとめました。提言では、…2割ほど長いと指摘しています。」: the proposal's figures are the council's;
 * 「大阪地裁は…判決を言い渡した。…判決は…7割程度に減額した」: the ruling's are the court's.
 */
import { type WordTable, wordTable } from './word-table';

/**
 * Nouns of documents, matched at the end of a phrase (中間報告書 → 報告書), with what they do:
 * - `speaks`: with no author named it is a source on its own (「報告書は…としている」 → 報告書);
 * - `authored`: a source only once the article has said who made it (計画, 方針, 法案 are also plain
 *   words: 「計画では」 with no author is no one's).
 */
export const DOCUMENT_NOUNS: WordTable<'speaks' | 'authored'> = wordTable<'speaks' | 'authored'>({
  提言: 'speaks',
  提言書: 'speaks',
  報告書: 'speaks',
  白書: 'speaks',
  判決: 'speaks',
  起訴状: 'speaks',
  決定: 'authored',
  答申: 'speaks',
  意見書: 'speaks',
  要望書: 'speaks',
  声明: 'speaks',
  勧告: 'speaks',
  論文: 'speaks',
  調査結果: 'speaks',
  中間報告: 'speaks',
  最終報告: 'speaks',
  報告書案: 'speaks',
  骨子案: 'authored',
  素案: 'authored',
  原案: 'authored',
  試案: 'authored',
  計画: 'authored',
  方針: 'authored',
  指針: 'authored',
  ガイドライン: 'authored',
  予算案: 'authored',
  法案: 'authored',
  改正案: 'authored',
  決議: 'authored',
  命令: 'authored',
});

/**
 * Documents through which their author speaks as itself, not as a paper of its: 「東和地裁は…判決を言い
 * 渡した。判決によると…」 → 東和地裁. The value is the author when the article names none (null: it may be
 * anyone's). An indictment is not among them: 「起訴状によると、…計14件」 gives the charges as the
 * document states them, and the reader is shown the document (起訴状), not the prosecutors speaking.
 */
export const AUTHOR_VOICES: WordTable<string | null> = wordTable<string | null>({
  判決: null,
});

/**
 * Verbs that make a document theirs, by basic form (まとめる, 言い渡す) or as a サ変 noun with する
 * (策定する, 公表する): 「調査会は提言をまとめた」, 「地裁は判決を言い渡した」. Receiving or reading one
 * (受け取る, 踏まえる, 批判する) makes no author.
 */
export const AUTHORING_VERBS: ReadonlySet<string> = new Set([
  'まとめる',
  '取りまとめる',
  'とりまとめる',
  '言い渡す',
  '出す',
  '示す',
  '下す',
  '打ち出す',
  '作る',
  '作成',
  '策定',
  '公表',
  '発表',
  '公開',
  '提出',
  '発行',
  '採択',
  '決定',
  '可決',
  '提示',
  '提言',
  '答申',
  '閣議決定',
]);
