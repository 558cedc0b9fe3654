import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const marks = (text: string): string[] =>
  findEntities(text, tokenizeText(text, tokenizer)).map((e) => `${e.text}:${e.type}`);

describe('a foreign full name in katakana the dictionary knows only in part (foreign-full-names.ts)', () => {
  it.each([
    ['ケニア出身のピーター・キプロノ（29）＝ナガレ化学＝を振り切った。', 'ピーター・キプロノ'],
    ['2位のダニエル・キプロノ（28）＝北斗建設＝に41秒差をつけた。', 'ダニエル・キプロノ'],
    ['SP首位のアンナ・ベロワ（カナダ、21）は転倒が響いた。', 'アンナ・ベロワ'],
    ['エチオピアのアベベ・ゲタチュウ（25）が2位に入った。', 'アベベ・ゲタチュウ'],
    ['首位はカルロス・メンデス（ブラジル、３１）だった、と大会事務局は発表した。', 'カルロス・メンデス'],
  ])('%s → %s, a person', (text, name) => {
    expect(marks(text)).toContain(`${name}:person`);
  });
  it('a country joined by ・ stays a place', () => {
    expect(marks('ボスニア・ヘルツェゴビナ（首都サラエボ）では選挙が行われた。')).toContain(
      'ボスニア・ヘルツェゴビナ:place',
    );
  });
});
