import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../lib/shared/i18n';
import { CATEGORIES, PALETTES, parseSiteList, RUN_MODES, type Settings, UI_LANGS } from '../lib/shared/settings-schema';

// What each category's preview swatch shows, drawn in the chosen palette.
const SAMPLES: Record<(typeof CATEGORIES)[number], string> = {
  figure: '3万人',
  source: '市教委',
  date: '10日',
  person: '山田',
  organization: '商店会',
  place: '港区',
};

/** Props of OptionsForm. */
export interface OptionsFormProps {
  settings: Settings;
  t: Translate;
  /**
   * Called with one changed setting; the page saves it. `base` is the value the change was made
   * from, when it may be older than `settings` (a site list being edited): only the difference is saved.
   */
  onChange: <K extends keyof Settings>(key: K, value: Settings[K], base?: Settings[K]) => void;
}

/** A site list edited as text, one host per line; saved when the field loses focus. */
function SiteList({
  name,
  label,
  hint,
  sites,
  onSave,
}: {
  name: string;
  label: string;
  hint: string;
  sites: string[];
  onSave: (s: string[], base: string[]) => void;
}) {
  const [text, setText] = useState(sites.join('\n'));
  // The list the text was made from: another window's change shows here unless the reader is typing,
  // and the reader's edit is saved as a difference from it.
  const base = useRef(sites);
  const editing = useRef(false);
  const joined = sites.join('\n');
  useEffect(() => {
    if (editing.current) return;
    base.current = sites;
    setText(joined);
  }, [joined]);
  return (
    <label class="sites">
      <span>{label}</span>
      <textarea
        name={name}
        rows={4}
        value={text}
        aria-describedby={`${name}-hint`}
        onFocus={() => {
          editing.current = true;
        }}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onBlur={() => {
          editing.current = false;
          const clean = parseSiteList(text);
          setText(clean.join('\n'));
          onSave(clean, base.current);
        }}
      />
      <small id={`${name}-hint`}>{hint}</small>
    </label>
  );
}

/** Every setting as native, labelled form controls: categories, palette, run mode, sites, language. */
export function OptionsForm({ settings, t, onChange }: OptionsFormProps) {
  return (
    <form class="options" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('optCategories')}</legend>
        <p class="hint">{t('optCategoriesHint')}</p>
        {CATEGORIES.map((c) => (
          <label key={c} class="check">
            <input
              type="checkbox"
              name={`cat-${c}`}
              checked={settings.categories[c]}
              onChange={(e) =>
                onChange('categories', { ...settings.categories, [c]: (e.currentTarget as HTMLInputElement).checked })
              }
            />
            <span class={`swatch sw-${c} pal-${settings.palette}`} aria-hidden="true">
              {SAMPLES[c]}
            </span>{' '}
            {t(`cat_${c}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optPalette')}</legend>
        {PALETTES.map((p) => (
          <label key={p} class="radio">
            <input
              type="radio"
              name="palette"
              value={p}
              checked={settings.palette === p}
              onChange={() => onChange('palette', p)}
            />
            {t(`palette_${p}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optRunMode')}</legend>
        {RUN_MODES.map((m) => (
          <label key={m} class="radio">
            <input
              type="radio"
              name="runMode"
              value={m}
              checked={settings.runMode === m}
              onChange={() => onChange('runMode', m)}
            />
            {t(`runMode_${m}`)}
          </label>
        ))}
        <p class="hint">{t('runModeHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('optSites')}</legend>
        <SiteList
          name="alwaysSites"
          label={t('alwaysSites')}
          hint={t('sitesHint')}
          sites={settings.alwaysSites}
          onSave={(s, base) => onChange('alwaysSites', s, base)}
        />
        <SiteList
          name="neverSites"
          label={t('neverSites')}
          hint={t('sitesHint')}
          sites={settings.neverSites}
          onSave={(s, base) => onChange('neverSites', s, base)}
        />
      </fieldset>
      <fieldset>
        <legend>{t('optLanguage')}</legend>
        <select
          name="uiLang"
          aria-label={t('optLanguage')}
          value={settings.uiLang}
          onChange={(e) => onChange('uiLang', (e.currentTarget as HTMLSelectElement).value as Settings['uiLang'])}
        >
          {UI_LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`lang_${l}`)}
            </option>
          ))}
        </select>
      </fieldset>
    </form>
  );
}
