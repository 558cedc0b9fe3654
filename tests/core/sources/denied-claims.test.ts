import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// 「南海県は、事業費が約300億円膨らむとする野党の主張を否定した」: a claim quoted to be rejected (否定,
// 反論, 批判, 否認 of …とする / との / という X の主張・指摘・報道・証言) is its holder's, never the denier's.
describe('a party denying a claim is not its source', () => {
  it.each([
    ['南海県は、事業費が約300億円膨らむとする野党の主張を否定した。', '約300億円', '野党'],
    ['東和市は21日、損失が50億円に上るとする市民団体の指摘に反論した。', '50億円', '市民団体'],
    ['北山電機は、不正な取引が計12件あったとする週刊誌の報道を否定しました。', '計12件', '週刊誌'],
    ['政府は、負担が年間２万円増えるとの野党の主張を批判した。', '２万円', '野党'],
    ['山田一郎社長は、約3億円を受け取ったとする元社員の証言を否認したということです。', '約3億円', '元社員'],
    ['南海県は先月、費用が1000億円を超えるという野党の主張を強く否定した。', '1000億円', '野党'],
    ['東和市は、赤字が8億円に達したとした市議の指摘を否定したということです。', '8億円', '市議'],
    // negatives: the body's own figure, and a denial with no holder named
    ['南海県は、事業費は約200億円だとして、野党の主張を否定した。', '約200億円', '南海県'],
    ['南海県は、事業費が約300億円膨らむとの見方を否定した。', '約300億円', ''],
    ['南海県は、事業費が約300億円に膨らむとする試算を公表した。', '約300億円', '南海県'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });
});
