import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 被告は、…したとして、…の罪に問われた: the charge is the accusers', not the accused's claim.
describe('a charge closed by として before a passive of charging (…として、…の罪に問われた)', () => {
  it('is no claim of the accused', () => {
    const trial =
      '見出し\n北山地裁は5日、判決を言い渡した。\n元社員の山田一郎被告（41）は、昨年、会社の口座から約300万円を着服したほか、同僚2人を脅したとして、業務上横領などの罪に問われた。';
    expect(analyzedNames(trial, ['約300万円', '2人'])).toEqual(['', '']);
  });

  it('leaves the according-to of the paragraph in force for an arrest', () => {
    const arrest =
      '見出し\n北山署によりますと、男は市内の店で働いていました。男は、先月、店の金庫から現金約50万円を盗んだとして、窃盗の疑いで逮捕されました。';
    expect(analyzedNames(arrest, ['約50万円'])).toEqual(['北山署']);
  });

  it('a body’s stated reason for its own act stays its claim', () => {
    const reason = '見出し\n北山市は、市内の感染者が1週間で2倍に増えたとして、注意を呼びかけている。';
    expect(analyzedNames(reason, ['2倍'])).toEqual(['北山市']);
  });
});
