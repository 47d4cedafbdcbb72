import type { Agency } from '../../api/agencies.js';
import { useI18n } from '../../i18n/i18n.js';
import { localName } from '../../i18n/names.js';

/** One checkbox per agency, labelled with its name; for agency editors only. */
export function AgencyCheckboxes({
  agencies,
  chosen,
  onChange,
}: {
  agencies: readonly Agency[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}) {
  const { t, locale } = useI18n();
  const toggle = (code: string) =>
    onChange(chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code]);
  return (
    <fieldset className="checkboxes">
      <legend>{t('users.agencies')}</legend>
      {agencies.map((agency) => (
        <label key={agency.code}>
          <input
            type="checkbox"
            checked={chosen.includes(agency.code)}
            onChange={() => toggle(agency.code)}
          />{' '}
          {localName(agency, locale)}
        </label>
      ))}
    </fieldset>
  );
}
