import { useI18n } from '../i18n/i18n.js';

/**
 * A filter as a labelled select: 全部 (the empty value, no filter) first, then each choice in
 * the reader's language. The label wraps the select, so it needs no id.
 */
export function FilterSelect<Value extends string>({
  label,
  value,
  choices,
  onChange,
  className,
}: {
  label: string;
  value: Value | '';
  choices: readonly { value: Value; label: string }[];
  onChange: (value: Value | '') => void;
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <label className={className}>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value as Value | '')}>
        <option value="">{t('measures.all')}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
