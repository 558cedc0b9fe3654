import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../cli/engine';
import { pageInput } from '../../cli/html';
import { loadNodeTokenizer } from '../../cli/tokenizer';

// What `shutten analyze photo-story-counters.html` marks: a photo story whose captions open with their
// slide counters (「1/5朝霧が立ちこめる湖畔」) and whose prose holds a real fraction (「住民の1/3が反対」).
describe('analysing a photo story with slide counters', () => {
  it('marks the prose’s fraction and no counter', async () => {
    const html = readFileSync(join(__dirname, '../fixtures/pages/photo-story-counters.html'), 'utf8');
    const analysis = analyzePage(pageInput(html), await loadNodeTokenizer(), null);
    const texts = analysis.figures.map((f) => f.text);
    expect(texts).toContain('1/3');
    expect(texts.filter((t) => /[/／]|of/.test(t))).toEqual(['1/3']);
  }, 120_000);
});
