import { describe, expect, it } from 'vitest';
import { classWords, isBoilerplate, isCaption } from '../../../../lib/content/page/boilerplate';
import { parse } from './load';

const el = (html: string) => parse(`<html><body>${html}</body></html>`).body.firstElementChild as Element;

describe('classWords', () => {
  it('splits class and id on dashes, underscores and camelCase', () => {
    expect(classWords(el('<div class="ActionBar_as0p6l9 ranking-list" id="sideMenu"></div>'))).toEqual([
      'action',
      'bar',
      'as0p6l9',
      'ranking',
      'list',
      'side',
      'menu',
    ]);
  });
});

describe('isBoilerplate', () => {
  it.each([
    '<nav></nav>',
    '<aside></aside>',
    '<footer></footer>',
    '<div role="navigation"></div>',
    '<div class="ranking"></div>',
    '<section class="related-articles"></section>',
    '<div class="AdMod"></div>',
    '<div class="toolboxStyle_t1ul6994"></div>',
    '<ul class="article-sns"></ul>',
    '<div class="read-more"></div>',
    '<p class="article-date"></p>',
    '<td class="pankuzu"></td>',
    '<div class="contact-box"></div>',
    '<div id="tmp_inquiry"></div>',
    '<div style="display: none"></div>',
    '<div class="paywall"></div>',
    // A tag list is furniture in a <div> that is no post.
    '<div class="entry-tags tag-list"></div>',
    '<div class="paywall-box"><p>この記事は会員限定です。残り820文字</p></div>',
    // A prompt in words no promo list knows is still the paywall's box when nothing names it the story's text.
    '<div class="paywall-prompt"><p>この先は有料です。</p><a href="/login">ログイン</a></div>',
  ])('%s is furniture', (html) => {
    expect(isBoilerplate(el(html))).toBe(true);
  });

  it.each([
    '<div class="article-body"></div>',
    '<p class="lead"></p>',
    '<div class="header-image"></div>',
    '<p class="byline"></p>',
    // WordPress puts taxonomy classes on the article itself.
    '<article class="post tag-economy category-news"></article>',
    // …and on a post in a <div>, beside its own 'hentry'.
    '<div class="post-58 post type-post status-publish hentry category-sports tag-transfer"></div>',
    '<div class="update-note"></div>',
    // A wire's body paragraphs behind its paywall.
    '<p class="paywall"></p>',
    // The free lead before the cut, in a body named for the paywall: no promo in it.
    '<div class="article-body paywall-content"><p>北山市は3日、新しい庁舎の設計案を公表した。</p></div>',
  ])('%s is not', (html) => {
    expect(isBoilerplate(el(html))).toBe(false);
  });
});

describe('isCaption', () => {
  it('knows <figcaption> and caption classes', () => {
    expect(isCaption(el('<figcaption></figcaption>'))).toBe(true);
    expect(isCaption(el('<span class="caption"></span>'))).toBe(true);
    expect(isCaption(el('<p class="photo-text"></p>'))).toBe(false);
  });

  it('takes a drop cap for the first letter of the story, no caption: 「<span class="drop-cap">北</span>浜市は…」', () => {
    expect(isCaption(el('<span class="drop-cap">北</span>'))).toBe(false);
    expect(isCaption(el('<span class="article-dropCap">北</span>'))).toBe(false);
    expect(isCaption(el('<p class="cap">写真</p>'))).toBe(true);
    expect(isCaption(el('<div class="photo_caption drop">写真</div>'))).toBe(true);
    expect(isCaption(el('<div class="figcap" id="photo-cap">写真</div>'))).toBe(true);
  });
});
