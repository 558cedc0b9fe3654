import type { MessageKey, Translate } from '../lib/shared/i18n';

// The manifest's descriptions follow the browser's language; the page follows the UI language.
const COMMAND_KEYS: Record<string, MessageKey> = {
  _execute_action: 'commandOpenPopup',
  _execute_browser_action: 'commandOpenPopup',
  'toggle-highlights': 'commandToggle',
  'next-figure': 'commandNext',
  'previous-figure': 'commandPrevious',
};

/** One keyboard command as the browser reports it. */
export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** Props of ShortcutList. */
export interface ShortcutListProps {
  shortcuts: readonly Shortcut[];
  t: Translate;
  /** Chrome: opens chrome://extensions/shortcuts (extension pages may open it; web pages may not). */
  onOpenSettings?: () => void;
  isFirefox: boolean;
}

/** The commands with their current keys, and how to change them in this browser. */
export function ShortcutList({ shortcuts, t, onOpenSettings, isFirefox }: ShortcutListProps) {
  return (
    <section class="shortcuts" aria-labelledby="shortcuts-h">
      <h2 id="shortcuts-h">{t('optShortcuts')}</h2>
      <table>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name}>
              <td>{COMMAND_KEYS[s.name] ? t(COMMAND_KEYS[s.name] as MessageKey) : s.description}</td>
              <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <em>{t('shortcutUnset')}</em>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{isFirefox ? t('shortcutsFirefox') : t('shortcutsChrome')}</p>
      {!isFirefox && onOpenSettings ? (
        <button type="button" onClick={onOpenSettings}>
          {t('openShortcutSettings')}
        </button>
      ) : null}
    </section>
  );
}
