import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsForm } from '../../components/OptionsForm';
import { type Shortcut, ShortcutList } from '../../components/ShortcutList';
import { testParam } from '../../lib/shared/build-mode';
import { resolveLang, translator, type UiLang } from '../../lib/shared/i18n';
import { loadSettings, type SaveResult, saveSetting, watchSettings } from '../../lib/shared/settings';
import type { Settings } from '../../lib/shared/settings-schema';

// Test seam (browser-test build only), as in the popup: ?lang=ja|en fixes the UI language.
const forcedLang = testParam('lang');
const isFirefox = location.protocol === 'moz-extension:';

/** The options page: loads the settings, saves each change at once, and lists the shortcuts. */
export function OptionsApp({ browserLang }: { browserLang: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [saved, setSaved] = useState<SaveResult | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void browser.commands
      .getAll()
      .then((cs) =>
        setShortcuts(
          cs.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' })),
        ),
      );
    return watchSettings(setSettings);
  }, []);
  const choice = forcedLang === 'ja' || forcedLang === 'en' ? forcedLang : (settings?.uiLang ?? 'auto');
  const lang: UiLang = resolveLang(choice, browserLang);
  const t = useMemo(() => translator(lang), [lang]);
  // In the same task as the render that changed the words: no frame, and no screen reader, sees
  // Japanese text under lang="en".
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optTitle');
  }, [lang, t]);
  if (!settings) return null;
  return (
    <main class="options-page">
      <h1>{t('optTitle')}</h1>
      <OptionsForm
        settings={settings}
        t={t}
        onChange={(key, value, base) => {
          setSettings({ ...settings, [key]: value });
          // Merged with what is stored now (another window may have changed it); a failed save says so
          // and the form goes back to what is stored.
          void saveSetting(key, value, base ?? settings[key]).then((r) => {
            setSaved(r);
            if (!r.ok) void loadSettings().then(setSettings);
          });
        }}
      />
      <p class="saved" role="status" aria-live="polite">
        {saved?.ok ? t('saved') : saved ? t('saveFailed', { reason: t(`saveFailed_${saved.reason}`) }) : ''}
      </p>
      <ShortcutList
        shortcuts={shortcuts}
        t={t}
        isFirefox={isFirefox}
        onOpenSettings={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
      />
    </main>
  );
}
