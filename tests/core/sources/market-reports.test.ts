import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('what a market did is the outlet’s report, not the release of the company announced before', () => {
  const lede = '東和電機は9日、2026年3月期の純利益が前期比12%増の820億円になりそうだと発表した。';
  it.each([
    [`${lede}10日の東京株式市場で同社株は一時、前日比6.3%高の3180円まで上昇した。`, '3180円'],
    [`${lede}東京株式市場では、東和電機の株価が一時、前日比15%高の2450円まで値上がりした。`, '2450円'],
    [`${lede}\n発表を受け、同社株は10日、前日比8%安の1520円で取引を終えた。`, '1520円'],
    [`${lede}同日の東京株式市場で東和電機株は続伸し、終値は前日比42円高の1876円だった。`, '1876円'],
    [`${lede}同社の株価は年初から約2割上昇している。`, '約2割'],
  ])('%s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });

  it('the release itself stays the company’s', () => {
    expect(nameOf(`${lede}10日の東京株式市場で同社株は一時、前日比6.3%高の3180円まで上昇した。`, '820億円')).toContain(
      '東和電機',
    );
  });
});

describe('an according-to does not reach a later sentence that is the outlet’s own market report', () => {
  const cited = '英ロイター通信によると、指標の公表直後、米国債の利回りは一時4.1%台まで下がった。';
  it.each([
    [`${cited}ダウ工業株30種平均は320ドル高で取引を終えた。`, '320ドル'],
    [`${cited}ナスダック総合指数は1.2%上昇して取引を終えた。`, '1.2%'],
    [`${cited}円相場は1ドル=148円台で推移した。`, '148円'],
  ])('%s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });

  it('the cited sentence itself stays the agency’s', () => {
    expect(nameOf(`${cited}ダウ工業株30種平均は320ドル高で取引を終えた。`, '4.1%')).toContain('ロイター');
  });

  it('a plain sentence after the according-to still goes on with it', () => {
    expect(nameOf(`${cited}下げ幅は0.2ポイントに達した。`, '0.2ポイント')).toContain('ロイター');
  });

  it('a 平均 that is no market index does not end the scope', () => {
    const text = '県によると、今年の来場者は12万人だった。1日あたりの平均は約4千人に上った。';
    expect(nameOf(text, '約4千人')).toContain('県');
  });
});
