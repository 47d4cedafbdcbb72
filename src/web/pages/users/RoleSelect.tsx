import type { Role } from '../../../contracts/api/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { roles } from '../../../core/vocabulary/lists.js';

/** The role of an account, each named in the reader's language; one control for both forms. */
export function RoleSelect({
  id,
  value,
  onChange,
  disabled = false,
  describedBy,
}: {
  id: string;
  value: Role;
  onChange: (role: Role) => void;
  disabled?: boolean;
  describedBy?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <select
      id={id}
      value={value}
      disabled={disabled}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value as Role)}
    >
      {roles.map((r) => (
        <option key={r} value={r}>
          {t(`role.${r}`)}
        </option>
      ))}
    </select>
  );
}
