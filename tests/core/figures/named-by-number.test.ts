import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

/**
 * A number that names a group or a class rather than counting: 主要7カ国 (G7, its acronym carrying the
 * number), 主要20カ国・地域（G20）, 大型2種免許 (a licence class).
 */
describe('groups and classes named by a number', () => {
  it.each([
    ['主要7カ国（G7）の外相は4日、共同声明を発表した。', '7カ国'],
    ['減少のペースは主要7カ国（G7）で最も速い。', '7カ国'],
    ['主要20カ国・地域（G20）首脳会議が開幕した。', '20カ国'],
    ['主要７カ国首脳会議が開かれた。', '７カ国'],
    ['主要7か国の中で日本だけが下落した。', '7か国'],
    ['先進7カ国の首脳が集まった。', '7カ国'],
    ['国は大型2種免許の取得費用を補助する。', '2種'],
    ['普通２種免許を持つ運転手が足りない。', '２種'],
    ['運転手は中型2種を取る必要がある。', '2種'],
    // a stock index named by how many issues it averages
    ['米ダウ工業株30種平均は3日続落した。', '30種'],
    ['ナスダック100種平均が反発した。', '100種'],
    ['日経平均株価（225種）は小幅に上げた。', '225種'],
    ['東証株価指数（２１００種）が下げた。', '２１００種'],
  ])('reads no count in %s', (text, named) => {
    expect(texts(text)).not.toContain(named);
  });

  it.each([
    ['欧州の7カ国が参加した。', '7カ国'],
    ['主要国のうち5カ国が反対した。', '5カ国'],
    ['東南アジアの10カ国（ASEAN）が集まった。', '10カ国'],
    ['2種類の薬を併用した。', '2種類'],
    ['ワクチン3種を接種した。', '3種'],
    // no group of countries is named by five or four: the count stands
    ['欧州の主要4カ国の外相が会談した。', '4カ国'],
    ['北浜国など主要5カ国の代表が集まった。', '5カ国'],
    ['先進3カ国が共同で資金を出した。', '3カ国'],
    // an average over 30 kinds, or a count in brackets after no index, still counts
    ['野菜30種の平均価格を調べた。', '30種'],
    ['試供品（3種）を配った。', '3種'],
  ])('still counts in %s', (text, figure) => {
    expect(texts(text)).toContain(figure);
  });
});
