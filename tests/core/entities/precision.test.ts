import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { katakanaPersonPenalty, MIN_CONFIDENCE, taggerConfidence } from '../../../core/entities/confidence';
import { isAcronymTerm } from '../../../core/entities/names-nothing';
import { tokenizeText } from '../../../core/text/tokens';
import type { Entity, Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const run = (text: string): Entity[] => findEntities(text, tokenizeText(text, tokenizer));
const named = (text: string): string[] =>
  run(text)
    .filter((e) => ['person', 'organization', 'place'].includes(e.type))
    .map((e) => e.text);

describe('precision first: what names nothing is never a person, organisation or place', () => {
  it('parts and product acronyms nobody lists are not bodies (SSD, NAND, QLC, VPN)', () => {
    expect(named('新型のSSDはNANDとQLCを使い、VPNにも対応する。')).toEqual([]);
    expect(named('ｍＲＮＡの原料を供給する。')).toEqual([]);
  });
  it('but a body the dictionary knows still is (ＮＨＫ, ＣＳＩＳ)', () => {
    expect(named('ＮＨＫによると、ＣＳＩＳが推計を発表した。')).toEqual(['ＮＨＫ', 'ＣＳＩＳ']);
  });
  it('capitals nobody lists and a plain word make a term (SSD市場, EV電池); KDDI総研 stays a name', () => {
    expect(named('世界のSSD市場は拡大し、EV電池の需要も伸びた。')).toEqual([]);
    const kddi = tokenizeText('KDDI総研が調査をまとめた。', tokenizer);
    expect(isAcronymTerm(kddi, 0, 2)).toBe(false);
    expect(isAcronymTerm(tokenizeText('SSD市場が伸びた。', tokenizer), 0, 2)).toBe(true);
  });
  it('a kind of school under who runs it is no name (市立中学校, 県立高校); 県立広島大学 is', () => {
    expect(named('市立中学校の教諭と県立高校の生徒が参加した。')).toEqual([]);
    expect(named('私立大学の学費が上がった。')).toEqual([]);
    expect(named('県立広島大学の教授が講演した。')).toEqual(['県立広島大学']);
  });
  it('era names, titles and positions alone are no names (平成, 社長)', () => {
    expect(named('平成の終わりに社長が交代した。')).toEqual([]);
  });
  it('common nouns both dictionaries agree on are no names (エントランス, 既成市街地)', () => {
    expect(named('マンションのエントランスで待ち合わせた。')).toEqual([]);
    expect(named('既成市街地の再開発が進む。')).toEqual([]);
  });
  it('words kuromoji cuts up that SudachiDict knows whole as a common noun are no names (特養)', () => {
    expect(named('市内の特養など高齢者施設を調べた。')).toEqual([]);
  });
  it('a compound ending in a word that ends names stays a possible name (理財局)', () => {
    expect(named('財務省の理財局が文書を改ざんした。')).toContain('理財局');
  });
});

describe('a katakana word the tagger calls a person with nothing to say so', () => {
  it('counts for less: a company is left unmarked rather than marked a person', () => {
    const es = run('半導体大手のキオクシアは12日、新型の記憶装置を発表した。');
    expect(es.filter((e) => e.type === 'person').map((e) => e.text)).toEqual([]);
  });
  it('a title still makes a person (ゼレンスキー大統領)', () => {
    expect(named('ゼレンスキー大統領は声明を出した。')).toEqual(['ゼレンスキー']);
  });
});

describe('confidence', () => {
  it('every mark carries one, none under the line', () => {
    const es = run('山田花子氏は3日、東京都千代田区の日本銀行本店で記者会見を開いた。');
    expect(es.length).toBeGreaterThan(1);
    for (const e of es) {
      expect(e.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });
  it('grows with the tagger’s margin and with the type’s probability', () => {
    expect(taggerConfidence(40, 0.95)).toBeGreaterThan(taggerConfidence(5, 0.95));
    expect(taggerConfidence(40, 0.95)).toBeGreaterThan(taggerConfidence(40, 0.5));
    expect(taggerConfidence(1, 0.4)).toBeLessThan(MIN_CONFIDENCE);
    // SudachiDict lists プーチン as a person (code 3): no penalty; an unlisted katakana word gets one.
    expect(katakanaPersonPenalty('プーチン', 'person', 3)).toBe(1);
    expect(katakanaPersonPenalty('キオクシア', 'person', 0)).toBeLessThan(1);
    expect(katakanaPersonPenalty('キオクシア', 'organization', 0)).toBe(1);
  });
});
