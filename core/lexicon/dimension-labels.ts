import { type WordTable, wordTable } from './word-table';

/**
 * Labels written before the sides of a product of dimensions, and the word each side is shown as
 * measuring: 「縦15.5×横15.5×高さ6.1センチ」, 「幅30×奥行き20×高さ10cm」, 「W300×D200×H100mm」
 * (W, D, H are width, depth and height: shown as 幅, 奥行き, 高さ), 「φ12×50mm」 (a diameter).
 * The Latin letters are labels only right before a side's digits and after no other letter.
 */
export const DIMENSION_LABELS: WordTable<string> = wordTable({
  縦横: '縦横',
  縦: '縦',
  横: '横',
  高さ: '高さ',
  幅: '幅',
  奥行き: '奥行き',
  奥行: '奥行き',
  厚さ: '厚さ',
  厚み: '厚さ',
  長さ: '長さ',
  深さ: '深さ',
  直径: '直径',
  内径: '内径',
  外径: '外径',
  半径: '半径',
  全長: '全長',
  全幅: '全幅',
  全高: '全高',
  W: '幅',
  D: '奥行き',
  H: '高さ',
  L: '長さ',
  φ: '直径',
  Φ: '直径',
  ø: '直径',
  Ø: '直径',
  '⌀': '直径',
});
