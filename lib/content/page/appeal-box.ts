import { type Block, textOf } from './blocks';

/**
 * A request to the reader, said to them (「取材班にお寄せください」「はがきでご応募ください」「お送りください」),
 * not quoted in the story (「情報をお寄せください」と呼びかけている), or the paper's own offer to them, its price
 * (「月ぎめ購読料 3,400円（税込）」「デジタル版 月額1,980円」).
 */
const APPEAL = /(?:お寄せ|応募|お送り)(?:して)?ください(?!」)|購読料|月額[\d,]+円/;
/** A box beside the story is short: its title, its request and an address. */
const BOX_CHARS = 400;

/**
 * The boxes that ask the reader for something, after or beside the story: a call for their questions
 * (「あなたの『ナゼ』を募集しています…取材班にお寄せください」), a reader's present (「★読者プレゼント★…はがきで
 * ご応募ください。12月10日必着」) with its address, a newsletter's sign-up around its e-mail field (「データ班の
 * ニュースレター」「新しい記事を毎週金曜日に届けます。」 over <input type="email">). A box is the largest element
 * around a request still short of a story; it holds two lines or more and fewer than half of the article's, so a
 * paragraph of the story asking for entries and a brief told in one short box stay. Left out of the text only:
 * the verdict has read them.
 */
export function appealBoxes(blocks: readonly Block[]): Element[] {
  const boxes: Element[] = [];
  const seeds: (Node | undefined)[] = blocks.filter((b) => APPEAL.test(textOf(b))).map((b) => b.nodes[0]);
  seeds.push(...(blocks[0]?.nodes[0]?.ownerDocument.querySelectorAll('input[type=email]') ?? []));
  for (const seed of seeds) {
    let box: Element | null = null;
    for (let el = seed?.parentElement; el && (el.textContent ?? '').length < BOX_CHARS; el = el.parentElement) {
      box = el;
    }
    const n = box ? blocks.filter((o) => box.contains(o.nodes[0] ?? null)).length : 0;
    if (n > 1 && n * 2 < blocks.length) boxes.push(box as Element);
  }
  return boxes;
}
