import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { browserLikeHtml } from '../../../../cli/html';

/** Parses an HTML string with linkedom the way the CLI does, as a DOM Document. */
export function parse(html: string): Document {
  return parseHTML(browserLikeHtml(html)).document as unknown as Document;
}

/** Parses one of our page fixtures (tests/fixtures/pages/NAME.html). */
export function fixture(name: string): Document {
  return parse(readFileSync(join(__dirname, '../../../fixtures/pages', `${name}.html`), 'utf8'));
}
