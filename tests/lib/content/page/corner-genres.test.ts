import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { fixture, parse } from './load';

// Round 9's corners of a paper that are no news though typed NewsArticle in a news section: an advice column,
// baby announcements, a this-day page, a diary of engagements, a catch table, and a tourism association's
// sight page typed Article. Each is told by its shape (labels, dated lines, births, cells, a silent sheet),
// so each is checked with its corner's name taken out of the page too, and beside a neighbour it must keep.

const html = (name: string) => readFileSync(join(__dirname, '../../../fixtures/pages', `${name}.html`), 'utf8');
/** The fixture with `from` replaced by `to` everywhere (a corner's name taken out of its title and headline). */
const edited = (name: string, from: string, to: string) => extractArticle(parse(html(name).replaceAll(from, to)));

describe('corners of no news, typed as news', () => {
  it.each(['advice-column', 'baby-announcements', 'this-day', 'mayor-diary', 'fishing-report', 'sight-page'])(
    '%s is no article',
    (name) => {
      expect(extractArticle(fixture(name)).reason).toBe('not-article');
    },
  );

  it.each([
    // A reader's letter under 相談, the answer under 回答: no name needed.
    ['advice-column', '【人生相談】', ''],
    // Lines opening 「3月3日生まれ。」 make a roster of births.
    ['baby-announcements', 'すくすく赤ちゃん', '春の便り'],
    // Lines opening with a year and a space (「1869年　…」).
    ['this-day', 'きょうは何の日', '暦'],
    // Lines opening with a day, its weekday and a space (「4月6日（月）　午前、庁議。」).
    ['mayor-diary', '市長の日記', '市長の一週間'],
    // Figures in a table under four sentences that report nothing.
    ['fishing-report', '釣果情報　', ''],
  ])('%s is no article by its shape alone (「%s」 → 「%s」)', (name, from, to) => {
    expect(edited(name, from, to).reason).toBe('not-article');
  });
});

describe('their neighbours stay articles', () => {
  // obituary-career: one paragraph over a longer career list, its lines fragments (「1937年　北山市生まれ」).
  // counselling-news: a headline opening on 「若者の悩み相談」, the service the story reports on, no corner.
  it.each(['editor-diary-column', 'chronology-story', 'election-table', 'obituary-career', 'counselling-news'])(
    '%s is an article',
    (name) => {
      expect(extractArticle(fixture(name)).reason).toBe('ok');
    },
  );

  it('a story whose subheads open with 相談 and 回答 in a sentence is no advice column', () => {
    const page = edited(
      'chronology-story',
      '<h2>北山線の歩み</h2>',
      '<h2>相談件数が急増</h2><p>バスの時刻を尋ねる相談が増えた。</p><h2>回答まで1週間</h2>',
    );
    expect(page.reason).toBe('ok');
  });

  it('a dated story typed Article that tells of a place, with its sheet, is an article', () => {
    const story =
      '<p>北山市白糸町の渓谷沿いに1日、茶屋「白糸庵」がオープンした。地元の農家5軒が共同で開いた。</p>' +
      '<p>名物の草もちは初日だけで約300個が売れた。代表の森田和子さん（67）は「渓谷を訪れる人の休み場所にしたい」と話した。</p>';
    const page = edited('sight-page', '<dl class="spot-info">', `${story}<dl class="spot-info">`);
    expect(page.reason).toBe('ok');
  });
});
