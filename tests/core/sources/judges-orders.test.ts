import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a judge’s order is the court’s ruling, never the judge’s account', () => {
  it('the court the paragraph named before the judge', () => {
    const text =
      '過労死訴訟の判決が23日、東和地裁であった。山田一郎裁判長は「会社は安全配慮を怠った」と述べ、同社に約8600万円の支払いを命じた。';
    expect(namesOf(text, ['約8600万円'])).toEqual(['東和地裁']);
  });

  it('the court in the judge’s name, whatever the date or register', () => {
    const text = '北山地裁の山本三郎裁判官は今年2月に、東和社に計５０００万円の支払いを命じた。';
    expect(namesOf(text, ['計５０００万円'])).toEqual(['北山地裁']);
  });

  it('with no court named, no one', () => {
    expect(namesOf('鈴木次郎裁判長は、市に１２００万円の賠償を命じた。', ['１２００万円'])).toEqual(['']);
  });

  it('a court, or a city, ordering keeps its order; a judge’s words stay the judge’s', () => {
    expect(namesOf('東和高裁は23日、国に計2億円の支払いを命じた。', ['計2億円'])).toEqual(['東和高裁']);
    expect(namesOf('東和市は23日、業者に約500万円の返還を命じた。', ['約500万円'])).toEqual(['東和市']);
    const said = '山田一郎裁判長は判決理由で「被害額は約3億円に上る」と述べた。';
    expect(namesOf(said, ['約3億円'])).toEqual(['山田一郎裁判長']);
  });
});
