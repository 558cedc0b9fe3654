import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder for one test file's inputs and outputs. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'shutten-cli-'));

/** A short article of our own: headline, then one sentence with a sourced figure. */
export const ARTICLE = '市の人口、初めて減少\n市によると、人口は前年より1,200人少ない8万4000人だった。\n';

/** The project's own sample news page (UTF-8, <meta charset="utf-8">). */
export const SAMPLE_HTML = join(import.meta.dirname, '../fixtures/sample-article.html');
