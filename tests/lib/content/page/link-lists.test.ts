import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

const teasers = [
  [
    '10/24 17:55',
    '駅前の朝市、来月から毎週に',
    '駅前の朝市が来月から毎週開かれることになった。出店者が増え、毎回の売り場が足りなくなっていた。',
  ],
  [
    '10/24 16:40',
    '市立動物園にレッサーパンダの赤ちゃん',
    '市立動物園でレッサーパンダの赤ちゃんが生まれた。園は名前を募集している。',
  ],
  [
    '10/24 15:12',
    '県道のトンネル工事、予定より早く完了',
    '県道のトンネル工事が予定より3カ月早く終わった。開通式は来月行う。',
  ],
]
  .map(([time, title, lead]) => `<li><span>${time}</span><a href="#">${title}</a><br><small>${lead}</small></li>`)
  .join('');

// An old layout with no metadata: the story, then the latest stories with their leads under a heading drawn as an image.
const page = (body: string) =>
  parse(
    `<html lang="ja"><head><meta charset="utf-8"><title>南北日報</title></head><body><div id="left"><div class="head"><span>2025年10月24日 18時20分</span><h2>県道で車2台衝突、1人軽傷</h2></div><div class="body">${body}</div><div class="news_list"><h3><img src="/img/ttl_latest.gif" alt="最新ニュース"></h3><ul>${teasers}</ul></div></div></body></html>`,
  );
const brief =
  '24日午後2時ごろ、北山町の県道で乗用車2台が衝突し、運転手1人が軽いけがをした。<br>北山署によると、信号待ちの車に後ろの車が追突したとみられる。現場は一時片側通行となった。<br>';

describe('a list of teasers is no part of the story, however long its leads', () => {
  it('the latest stories’ linked titles with their times and leads are left out', () => {
    const got = extractArticle(page(brief));
    expect(got.isArticle).toBe(true);
    expect(got.map.text).toContain('現場は一時片側通行となった。');
    expect(got.map.text).not.toMatch(/朝市|レッサーパンダ|トンネル/);
  });

  it('a list in the story stays: items without links, or linked short names with their description', () => {
    const list =
      '<ul><li>運転手1人が首に軽いけが</li><li>後続の車が追突</li><li>約1時間、片側通行</li></ul>' +
      '<ul><li><a href="#">北山署</a>：事故の原因を調べている。</li><li><a href="#">北山町役場</a>：通行止めの情報を出した。</li><li><a href="#">県道路公社</a>：路面の点検をした。</li></ul>';
    const got = extractArticle(page(brief + list));
    expect(got.map.text).toContain('後続の車が追突');
    expect(got.map.text).toContain('北山町役場：通行止めの情報を出した。');
  });
});
