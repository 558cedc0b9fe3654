import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Entity, Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const run = (text: string): Entity[] => findEntities(text, tokenizeText(text, tokenizer));
const names = (text: string): string[] => run(text).map((e) => e.text);

describe('a bracketed abbreviation of a common noun names nothing', () => {
  it('電気自動車（ＥＶ）, 人工知能（AI）, 新型コロナウイルス（COVID-19）', () => {
    expect(names('メーカー各社は電気自動車（ＥＶ）の新車を発表した。')).toEqual([]);
    expect(names('人工知能（AI）の規制が議論された。')).toEqual([]);
    expect(names('新型コロナウイルス（COVID-19）の流行が続いた。')).toEqual([]);
  });
  it('the name before it is still found: トヨタ自動車 … 電気自動車（EV）', () => {
    expect(names('トヨタ自動車は電気自動車（EV）を増産する。')).toEqual(['トヨタ自動車']);
  });
});

describe('a bracketed short form of an organisation still is one', () => {
  it('after a listed name: 国際原子力機関（IAEA）', () => {
    const es = run('国際原子力機関（IAEA）が報告書を出した。');
    expect(es.map((e) => `${e.text}:${e.type}`)).toEqual(['国際原子力機関:organization', 'IAEA:organization']);
  });
  it('after plain words that end in an organisation word: 国際エネルギー機関（IEA）', () => {
    expect(run('国際エネルギー機関（IEA）が見通しを示した。').find((e) => e.text === 'IEA')?.type).toBe('organization');
  });
  it('one the dictionary lists as an organisation names the plain words before it too: 全日本空輸（ＡＮＡ）', () => {
    const es = run('全日本空輸（ＡＮＡ）は夏の臨時便を増やす。');
    expect(es.map((e) => `${e.text}:${e.type}`)).toEqual(['全日本空輸:organization', 'ＡＮＡ:organization']);
    // capitals the dictionary does not know are no such evidence
    expect(names('排他的経済水域（EEZ）の外に落下した。')).toEqual([]);
  });
  it('after a proper noun: 日本電気（NEC）', () => {
    expect(names('日本電気（NEC）は新製品を公表した。')).toContain('NEC');
  });
});

describe('a count before a bracketed abbreviation is no name it abbreviates', () => {
  it('主要7カ国（G7）: カ国 is a counter, not an organisation', () => {
    for (const text of [
      '物価の伸びは主要7カ国（G7）で最も高い。',
      '人口の減り方は主要7カ国（G7）の中で最も速い。',
      '参加する15カ国（RCEP）の閣僚が集まった。',
    ])
      expect(
        names(text).filter((n) => n.includes('カ国')),
        text,
      ).toEqual([]);
  });
  it('words before the bracket still abbreviate', () => {
    expect(names('全日本空輸（ＡＮＡ）は運航を再開した。')).toContain('全日本空輸');
  });
});
