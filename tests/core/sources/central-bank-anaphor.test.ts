import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf } from './helpers';

beforeAll(loadTokenizer);

// 同中銀: the central bank named before (ミルナ中央銀行) — past its governor's
// words, which stay his, and past another body named between.
const DECISION = 'ミルナ中央銀行は12日、政策金利を0.5ポイント引き下げて4.25%とすることを決めた。';
const GOVERNOR =
  'ロベルト・ガルシア総裁は会見で「物価は安定している」と述べた。同総裁は今年の成長率見通しを3.1%に据え置いた。';

describe('同中銀 points back to the central bank, past its governor', () => {
  it.each([
    [`${DECISION}\n${GOVERNOR}\n同中銀の発表によると、3月の消費者物価上昇率は前年同月比2.2%だった。`, '前年同月比2.2%'],
    [`${DECISION}\n${GOVERNOR}\n同中銀によると、外貨準備高は1380億ドルに増えた。`, '1380億ドル'],
    [`${DECISION}\n${GOVERNOR}\n同中銀が13日に公表した統計では、銀行貸出の伸びは前年比7.5%だった。`, '前年比7.5%'],
    [`${DECISION}\n${GOVERNOR}\n同中銀によりますと、物価上昇率は２．２％だったということです。`, '２．２％'],
    [`${DECISION}\n${GOVERNOR}\n同中銀は、来年の物価上昇率を2.8%と予測している。`, '2.8%'],
  ])('%s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('ミルナ中央銀行');
  });

  it('past another body named between (北辰証券), never to it', () => {
    const text = `${DECISION}\n北辰証券の竹中アナリストは「予想外だ」と話した。\n同中銀の発表によると、融資残高は前年比3.3%増えた。`;
    expect(nameOf(text, '前年比3.3%')).toBe('ミルナ中央銀行');
  });
});

describe('what stays as it was', () => {
  it('the governor’s own outlook (同総裁は…据え置いた) stays his', () => {
    expect(nameOf(`${DECISION}\n${GOVERNOR}`, '3.1%')).not.toBe('ミルナ中央銀行');
  });

  it('同中銀 with no central bank named before points to no other body', () => {
    const text = '北辰証券は12日、市場見通しを発表した。\n同中銀の発表によると、物価上昇率は2.2%だった。';
    expect(nameOf(text, '2.2%')).not.toBe('北辰証券');
  });
});
