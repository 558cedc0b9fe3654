import type { Translate } from '../lib/shared/i18n';
import type { CategorySwitches } from '../lib/shared/settings-schema';

/** Props of MarkToggles. */
export interface MarkTogglesProps {
  categories: CategorySwitches;
  t: Translate;
  /** Called with the new switches; the popup saves them and the page repaints. */
  onChange: (c: CategorySwitches) => void;
}

const NAMES = ['person', 'organization', 'place'] as const;

/**
 * Figures and sources are marked by default; names and dates are one click away here, as two
 * switches (names covers people, organisations and places; the options page sets them one by one).
 */
export function MarkToggles({ categories, t, onChange }: MarkTogglesProps) {
  const names = NAMES.filter((c) => categories[c]).length;
  return (
    <fieldset class="mark-toggles">
      <legend>{t('alsoMark')}</legend>
      <label class="check">
        <input
          type="checkbox"
          name="mark-names"
          checked={names === NAMES.length}
          indeterminate={names > 0 && names < NAMES.length}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            onChange({ ...categories, person: on, organization: on, place: on });
          }}
        />
        <span class="sw sw-names" aria-hidden="true" />
        {t('markNames')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="mark-dates"
          checked={categories.date}
          onChange={(e) => onChange({ ...categories, date: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span class="sw sw-dates" aria-hidden="true" />
        {t('markDates')}
      </label>
    </fieldset>
  );
}
