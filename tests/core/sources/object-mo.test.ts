import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' || s.type === 'none' ? '' : s.name));

describe('a plan or report made known with も in を’s place (…80円とする計画も示した)', () => {
  it('is its maker’s, as with を', () => {
    expect(
      names('東和精機は12日、決算を発表した。同社は年間配当を10円増やして80円とする計画も示した。', ['10円', '80円']),
    ).toEqual(['東和精機', '東和精機']);
    expect(names('北山市は23日までに、職員を300人増やす方針も明らかにした。', ['300人'])).toEqual(['北山市']);
    expect(names('北山県は今年2月、総額１２億円の補正予算案もまとめた。', ['１２億円'])).toEqual(['北山県']);
  });

  it('leaves a subject with も and the outlet’s own facts alone', () => {
    expect(names('北山市の人口は2000人減った。市も対策を示した。', ['2000人'])).toEqual(['']);
    expect(names('会場には住民300人が集まった。市長も姿を見せた。', ['300人'])).toEqual(['']);
  });
});
