import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { browserLikeHtml } from '../../../../cli/html';
import type { Block } from '../../../../lib/content/page/blocks';

/** Parses an HTML string with linkedom the way the CLI does, as a DOM Document. */
export function parse(html: string): Document {
  return parseHTML(browserLikeHtml(html)).document as unknown as Document;
}

/** Parses one of our page fixtures (tests/fixtures/pages/NAME.html). */
export function fixture(name: string): Document {
  return parse(readFileSync(join(__dirname, '../../../fixtures/pages', `${name}.html`), 'utf8'));
}

/** Paragraph blocks over the given lines, as the page reads them (one <p> each). */
export function paragraphs(lines: string[]): Block[] {
  const doc = parse(`<html><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`);
  return Array.from(doc.querySelectorAll('p')).map((p) => ({
    kind: 'paragraph' as const,
    nodes: Array.from(p.childNodes) as Text[],
    chars: (p.textContent ?? '').length,
    linked: false,
  }));
}
