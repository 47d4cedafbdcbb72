import { useState } from 'react';
import type { Role } from '../../../contracts/api/common.js';
import { createUser } from '../../api/reporting.js';
import { ActionForm } from '../../components/ActionForm.js';
import { TextField, useFields } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Agency } from '../../api/agencies.js';
import { AgencyCheckboxes } from './agencies.js';
import { RoleSelect } from './RoleSelect.js';
import { Section } from '../../components/Section.js';

export function CreateUserForm({
  city,
  agencies,
  onCreated,
}: {
  city: string;
  agencies: readonly Agency[];
  onCreated: () => void;
}) {
  const { t } = useI18n();
  const { values, field, reset } = useFields(
    { username: '', displayName: '', password: '' },
    'new-user',
  );
  const [role, setRole] = useState<Role>('agency_editor');
  const [chosen, setChosen] = useState<string[]>([]);
  const create = async () => {
    const { displayName, ...account } = values;
    await createUser(city, {
      ...account,
      role,
      agencies: role === 'agency_editor' ? chosen : [],
      ...(displayName ? { displayName } : {}),
    });
    reset('username', 'displayName', 'password');
    setChosen([]);
    onCreated();
  };
  return (
    <Section id="new-user" heading={t('users.create')}>
      <ActionForm onSubmit={create} submitLabel={t('users.createSubmit')}>
        <TextField {...field('username', t('signIn.username'))} autoComplete="off" required />
        <TextField {...field('displayName', t('users.displayName'))} />
        <label htmlFor="new-role">{t('users.role')}</label>
        <RoleSelect id="new-role" value={role} onChange={setRole} />
        {role === 'agency_editor' && (
          <AgencyCheckboxes agencies={agencies} chosen={chosen} onChange={setChosen} />
        )}
        <TextField
          {...field('password', t('users.password'))}
          type="password"
          hint={t('users.passwordHint')}
          autoComplete="new-password"
          minLength={12}
          required
        />
      </ActionForm>
    </Section>
  );
}
