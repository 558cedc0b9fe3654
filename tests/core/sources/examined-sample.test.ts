import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// 「南海県が今月調べた36地点のうち、12地点で基準値を超えた」: the body that examined a sample (調べた,
// 検査した, 測定した inside the clause before のうち) is the source of the sample and the part of it counted.
describe('a sample a body examined is the body’s', () => {
  it.each([
    ['南海県が調べた36地点のうち、12地点で基準値を超えた。', '12地点', '南海県'],
    ['南海県が今月調べた36地点のうち、12地点で基準値を超えた。', '36地点', '南海県'],
    ['東和市が調査した市内の42校のうち、８校で雨漏りが見つかった。', '８校', '東和市'],
    ['北山県が検査した井戸120か所のうち、15か所から基準を上回る物質が検出されたということです。', '15か所', '北山県'],
    ['環境省が測定した全国500地点のうち、3割で数値が悪化した。', '3割', '環境省'],
    ['東和大学の研究チームが分析した患者200人のうち、約4割に症状が残った。', '約4割', '東和大学の研究チーム'],
    // what was examined written between the examiner and its verb
    ['北山県が杉の花粉の量を調べた40地点のうち、飛散の多い地点は28地点に上った。', '28地点', '北山県'],
    ['東和市は先月、市が雨漏りの有無を点検した42校のうち、８校で補修が必要だと発表した。', '８校', '東和市'],
    // negatives: a sample no one is said to have examined; a person who visited
    ['市内の42校のうち、８校で雨漏りが見つかった。', '８校', ''],
    ['山田さんが訪れた36地点のうち、12地点は閉鎖されていた。', '12地点', ''],
    ['南海県が整備した36地点のうち、12地点は閉鎖されていた。', '12地点', ''],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });
});
