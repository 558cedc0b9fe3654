import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../../scripts/icons';
import { ROOT } from './harness';

// The built extensions (npm run build / build:firefox run before the e2e project).
const out = (dir: string) => join(ROOT, '.output', dir);
const built =
  existsSync(join(out('chrome-mv3'), 'manifest.json')) && existsSync(join(out('firefox-mv2'), 'manifest.json'));
if (!built && process.env.CI) {
  it('both builds exist', () => {
    throw new Error('run npm run build && npm run build:firefox first');
  });
}
const manifest = (dir: string) => JSON.parse(readFileSync(join(out(dir), 'manifest.json'), 'utf8'));
const messages = (dir: string, lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(out(dir), '_locales', lang, 'messages.json'), 'utf8'));
/** Width and height of a PNG file (from its IHDR chunk). */
const pngSize = (file: string) => {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe.skipIf(!built)('a finished product, as the stores check it', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('%s has an icon at every size and a localised toolbar tooltip', (dir) => {
    const m = manifest(dir);
    expect(Object.keys(m.icons).map(Number)).toEqual([...ICON_SIZES]);
    for (const [size, file] of Object.entries(m.icons)) {
      expect(pngSize(join(out(dir), file as string))).toEqual([Number(size), Number(size)]);
    }
    const action = m.action ?? m.browser_action;
    for (const file of Object.values(action.default_icon))
      expect(existsSync(join(out(dir), file as string))).toBe(true);
    // The tooltip is the localised message, not the popup's <title> (which WXT would otherwise copy).
    expect(action.default_title).toBe('__MSG_actionTitle__');
    for (const lang of ['en', 'ja']) {
      const msg = messages(dir, lang);
      for (const key of ['extName', 'extDescription', 'actionTitle']) expect(msg[key]?.message, key).toBeTruthy();
      // The Chrome Web Store's limits: a name of at most 75 characters, a description of at most 132.
      expect(msg.extName?.message.length).toBeLessThanOrEqual(75);
      expect(msg.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
    // The Japanese name reads as a product, not as the word 出典 ("source") the UI uses everywhere.
    expect(messages(dir, 'ja').actionTitle?.message).toMatch(/^シュッテン/);
  });

  it('passes addons-linter, Mozilla’s own add-on validator, with no errors', { timeout: 120_000 }, async () => {
    const { default: linter } = await import('addons-linter');
    const result = await linter
      .createInstance({
        config: {
          _: [out('firefox-mv2')],
          logLevel: 'fatal',
          stack: false,
          pretty: false,
          warningsAsErrors: false,
          metadata: false,
          output: 'none',
          boring: false,
          selfHosted: false,
        },
        runAsBinary: false,
      })
      .run();
    // Warnings are the reviewers' questions (listed for the log); errors would block the upload.
    for (const w of result.warnings) console.info(`addons-linter warning ${w.code}: ${w.file ?? ''} ${w.message}`);
    expect(result.errors.map((e) => `${e.code}: ${e.file ?? ''} ${e.message}`)).toEqual([]);
  });
});
