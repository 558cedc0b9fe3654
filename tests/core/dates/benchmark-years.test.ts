import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

/**
 * A year written as the base of a comparison (より…少ない, を…上回った, の８割, 以降で最も) is no year of the
 * story: a later 前年度 / 前の年 still counts from the story's year. Invented bodies.
 */
describe('a year compared against is no anchor', () => {
  it.each([
    [
      '南風鉄道の2024年度の利用者は約52万人でした。通学定期は2019年度より3割少なくなりました。運輸収入は前の年度より1億円多くなりました。',
      '前の年度',
      '2023',
    ],
    ['若葉町を訪れた観光客は去年、2019年を約8万人上回りました。宿泊客は前の年より5%増えました。', '前の年', '2023'],
    [
      '東雲鉄道の２０２３年度の利用者は約４１万人で、コロナ禍前の１９年度（約５０万人）の８割強にとどまる。赤字幅は前年度から縮まった。',
      '前年度',
      '2022',
    ],
    [
      '去年生まれた子どもの数は統計を取り始めた1899年以降で最も少なくなりました。前の年からの減少幅は3万人でした。',
      '前の年',
      '2023',
    ],
    [
      '港南空港の2024年度の旅客数は約90万人で、2018年度のおよそ100万人と比べると9割の水準です。前の年度より12%増えました。',
      '前の年度',
      '2023',
    ],
    ['緑川市の２０２４年の転入者は１９年を２割下回った。転出者は前年より減った。', '前年', '2023'],
    // の before the year's figure, then を…上回る or から…増える: the figure is the base, the year with it.
    [
      '白浜町は２０２４年の入り込み客数を公表した。延べ１２３万人で、最多だった２０１８年の１１０万人を１割余り上回った。日帰り客は前年を５％上回った。',
      '前年',
      '2023',
    ],
    [
      '港湾局は2024年の取扱量を発表した。コンテナ船の寄港は80隻に上り、2015年の12隻から大きく増えた。貨物量は前年比8%増だった。',
      '前年',
      '2023',
    ],
  ])('counts from the story in %s', (text, surface, value) => {
    expect(dates(text)).toContainEqual([surface, value]);
  });

  it('still counts from a year that is the story', () => {
    expect(dates('2024年度は前年度より利用者が増えた。')).toContainEqual(['前年度', '2023']);
    expect(dates('2019年度の販売は好調だった。前年度より2割多かった。')).toContainEqual(['前年度', '2018']);
    // 「5月より販売」 is "from May", not a base: only a year is read by its particle.
    expect(dates('2022年の売上高は前年を上回った。')).toContainEqual(['前年', '2021']);
    // A month of the year (2023年の10月から) or its topic (2023年の来場者は) is the story, not a figure's base.
    expect(dates('2023年の10月から利用者が増えた。前年は横ばいだった。')).toContainEqual(['前年', '2022']);
    expect(dates('2023年の来場者は5万人から増えた。前年は4万人だった。')).toContainEqual(['前年', '2022']);
  });
});
