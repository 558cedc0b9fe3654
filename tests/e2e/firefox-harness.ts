import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

// Debian's Firefox ESR drives a Firefox build through WebDriver BiDi (puppeteer-core 24).
export const FIREFOX = process.env.SHUTTEN_FIREFOX ?? '/usr/bin/firefox-esr';

/** Why Firefox tests of the build in `addon` cannot run here (`build` says how to make it), or null. */
export function firefoxUnavailable(addon: string, build: string): string | null {
  if (!existsSync(FIREFOX)) return `no Firefox at ${FIREFOX} (apt-get install -y firefox-esr)`;
  if (!existsSync(join(addon, 'manifest.json'))) return `Firefox build missing (${build})`;
  return null;
}

/** A headless Firefox with the add-on in `addon` installed, kept off the network (no updates, telemetry, safe browsing). */
export async function launchFirefox(addon: string): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(addon);
  return browser;
}
