import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversionHint, decodeInput, guessEncoding } from '../../cli/encoding';
import { ARTICLE, run, SAMPLE_HTML, tempDir } from './helpers';
import { encodeIso2022jp, encodeLegacy } from './legacy-encode';

const dir = tempDir();
const write = (name: string, bytes: Uint8Array | string) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const utf16 = (text: string, order: 'le' | 'be', bom = true) => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : le.swap16();
  return Buffer.concat([bom ? Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), bytes]);
};

/** The sample page re-declared and re-encoded: its analysis must come out exactly as from the UTF-8 page. */
const SAMPLE = readFileSync(SAMPLE_HTML, 'utf8');
const declared = (charset: string) => SAMPLE.replace('<meta charset="utf-8">', `<meta charset="${charset}">`);

describe('.html in a legacy Japanese encoding', () => {
  const reference = run('analyze', SAMPLE_HTML, '--json').then((r) => JSON.parse(r.out));

  it.each([
    ['Shift_JIS', () => encodeLegacy(declared('Shift_JIS'), 'shift_jis', true)],
    ['EUC-JP', () => encodeLegacy(declared('EUC-JP'), 'euc-jp', true)],
    ['ISO-2022-JP', () => encodeIso2022jp(declared('ISO-2022-JP'), true)],
    [
      'Shift_JIS by http-equiv',
      () =>
        encodeLegacy(
          SAMPLE.replace(
            '<meta charset="utf-8">',
            '<meta http-equiv="Content-Type" content="text/html; charset=x-sjis">',
          ),
          'shift_jis',
          true,
        ),
    ],
    ['UTF-16LE with a byte-order mark', () => utf16(SAMPLE, 'le')],
    ['UTF-16BE with a byte-order mark', () => utf16(SAMPLE, 'be')],
  ])('is decoded when it is %s, and analysed exactly as the UTF-8 page', async (name, bytes) => {
    const page = write(`page-${name.replace(/\W+/g, '-')}.html`, bytes());
    const r = await run('analyze', page, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(await reference);
  });

  it('trusts valid UTF-8 bytes over a stale legacy declaration (a page re-encoded when saved)', async () => {
    const r = await run('analyze', write('resaved.html', declared('Shift_JIS')), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(await reference);
  });

  it('refuses an undeclared Shift_JIS page, naming the encoding and the fix', async () => {
    const r = await run(
      'analyze',
      write('bare.html', encodeLegacy(SAMPLE.replace('<meta charset="utf-8">', ''), 'shift_jis', true)),
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /bare\.html: not UTF-8 and no <meta charset>; it looks like Shift_JIS: add <meta charset="Shift_JIS">/,
    );
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('.txt that is not UTF-8', () => {
  it.each([
    ['Shift_JIS', 'shift_jis', 'CP932'],
    ['EUC-JP', 'euc-jp', 'EUC-JP'],
  ] as const)('says it looks like %s and how to convert it', async (shown, encoding, iconv) => {
    const p = write(`article-${encoding}.txt`, encodeLegacy(ARTICLE, encoding));
    const r = await run('analyze', p);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `shutten: ${p}: not UTF-8; it looks like ${shown}: convert it (iconv -f ${iconv} -t UTF-8 ${p} > ${p.replace(/\.txt$/, '.utf8.txt')})\n`,
    );
  });

  it('names ISO-2022-JP although its bytes pass as UTF-8', async () => {
    const r = await run('analyze', write('mail.txt', encodeIso2022jp(ARTICLE)));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/it looks like ISO-2022-JP: convert it \(iconv -f ISO-2022-JP/);
  });

  it('does not call UTF-16 without a byte-order mark binary', async () => {
    for (const order of ['le', 'be'] as const) {
      const r = await run('analyze', write(`u16${order}.txt`, utf16(`Annual report\n${ARTICLE}`, order, false)));
      expect(r.code).toBe(2);
      expect(r.err).not.toMatch(/binary/);
      expect(r.err).toMatch(new RegExp(`it looks like UTF-16${order.toUpperCase()}: convert it`));
    }
  });

  it('reads UTF-16 with a byte-order mark (the mark declares it)', async () => {
    const r = await run('analyze', write('u16.txt', utf16(ARTICLE, 'le')), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).figures.map((f: { value: number }) => f.value)).toContain(84000);
  });

  it('still calls a binary binary', async () => {
    const r = await run(
      'analyze',
      write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00, 0x10])),
    );
    expect(r.err).toMatch(/image\.png: binary file, not text/);
  });
});

describe('encoding helpers', () => {
  it('guesses the encoding of Japanese text, and nothing for noise', () => {
    expect(guessEncoding(encodeLegacy(ARTICLE, 'shift_jis'))).toBe('shift_jis');
    expect(guessEncoding(encodeLegacy(ARTICLE, 'euc-jp'))).toBe('euc-jp');
    expect(guessEncoding(utf16(ARTICLE, 'be', false))).toBe('utf-16be');
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24));
    expect(guessEncoding(noise)).toBeNull();
  });

  it('takes a short Shift_JIS or EUC-JP line of two-byte characters for what it is, not UTF-16', () => {
    // Every character two bytes, no ASCII, no newline: the pairs also decode as plausible CJK in UTF-16.
    for (const line of ['売上は３億円', '気温は３５度を超えた', '来場者数は前年の２倍']) {
      expect(guessEncoding(encodeLegacy(line, 'shift_jis'))).toBe('shift_jis');
      expect(guessEncoding(encodeLegacy(line, 'euc-jp'))).toBe('euc-jp');
    }
    // UTF-16 of the same line with its newline still reads as UTF-16.
    expect(guessEncoding(utf16('売上は３億円\n', 'be', false))).toBe('utf-16be');
    expect(guessEncoding(utf16('売上は３億円\n', 'le', false))).toBe('utf-16le');
  });

  it('quotes paths for the shell and handles stdin', () => {
    expect(conversionHint("my file's.txt", 'euc-jp')).toBe(
      `iconv -f EUC-JP -t UTF-8 'my file'\\''s.txt' > 'my file'\\''s.utf8.txt'`,
    );
    expect(conversionHint('-', 'shift_jis')).toBe('iconv -f CP932 -t UTF-8 | shutten analyze -');
  });

  it('reads a page declared UTF-16 without a mark as UTF-8, as browsers do', () => {
    const html = '<html><head><meta charset="utf-16"></head><body>日本</body></html>';
    expect(decodeInput(Buffer.from(html), 'a.html', 'html')).toBe(html);
  });
});
