import { beforeAll, describe, expect, it } from 'vitest';
import { findByline } from '../../../core/sources';
import { loadTokenizer, sourceOf } from './helpers';

beforeAll(loadTokenizer);

describe('findByline', () => {
  it.each([
    ['【ワシントン＝共同】米政府は声明を出した。', '共同'],
    ['【北京時事】中国政府は発表した。', '時事'],
    ['【5月2日 AFP】大雨が続いた。', 'AFP'],
    ['見出し\nロイター通信/World Desk |\n本文です。', 'ロイター通信/World Desk'],
    ['本文です。(c)AFP/John SMITH', 'AFP'],
    ['本文です。©AFPBB News', 'AFPBB'],
  ])('%s → %s', (text, outlet) => {
    expect(findByline(text)).toBe(outlet);
  });

  it('never takes a photo credit', () => {
    expect(findByline('会談する両首脳。[Lee Jin Man/AFP]\n本文です。')).toBeNull();
    expect(findByline('写真＝［Park Ji Hoon/Reuters］\n本文です。')).toBeNull();
  });

  it('ignores a reporter’s name in brackets', () => {
    expect(findByline('本文です。【山田花子】')).toBeNull();
  });

  it('is what a figure on the article’s own authority gets', () => {
    const s = sourceOf('【ロンドン＝共同】英国の物価は4%上がった。', '4%');
    expect(s).toEqual({ name: '共同', type: 'byline', cue: null });
  });

  it('gives null, not a source, when there is no byline', () => {
    expect(sourceOf('英国の物価は4%上がった。', '4%')).toBeNull();
  });
});

describe('the outlet cited in its own article', () => {
  it('is its own authority: 【東京＝東和通信】…東和通信の取材で分かった', () => {
    const text = '【東京＝東和通信】男が30件ほどの盗みを重ねていたことが、東和通信の取材で分かった。';
    expect(sourceOf(text, '30件')).toEqual({ name: '東和通信', type: 'byline', cue: null });
  });

  it('while another outlet stays a source', () => {
    const text = '【東京＝東和通信】男が30件ほどの盗みを重ねていたと、北海新聞が報じた。';
    expect(sourceOf(text, '30件')?.name).toBe('北海新聞');
  });
});
