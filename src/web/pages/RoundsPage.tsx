import { can } from '../../core/permissions.js';
import { useState } from 'react';
import type { RoundResponse } from '../../contracts/api/rounds.js';
import type { SessionUser } from '../../contracts/api/session.js';
import { listRounds, openRound } from '../api/reporting.js';
import { useApi } from '../api/use-api.js';
import { DEFAULT_PLAN } from '../app/plan-context.js';
import { hrefFor } from '../app/routes.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { ActionForm } from '../components/ActionForm.js';
import { Loaded } from '../components/Feedback.js';
import { TextField, useFields } from '../components/Field.js';
import { SignedIn } from '../components/SignedIn.js';
import { formatDate } from '../format/dates.js';
import { formatPeriod } from '../format/periods.js';
import { useI18n } from '../i18n/i18n.js';
import { Section } from '../components/Section.js';

export function RoundsPage() {
  return <SignedIn>{(user) => <Rounds user={user} />}</SignedIn>;
}

function Rounds({ user }: { user: SessionUser }) {
  const { t, locale } = useI18n();
  const [reload, setReload] = useState(0);
  const [rounds, retry] = useApi(`rounds/${user.city}/${reload}`, (signal) =>
    listRounds(user.city, signal),
  );
  const columns: Column<RoundResponse>[] = [
    {
      heading: t('rounds.title'),
      cell: (round) => <a href={hrefFor({ page: 'round', id: round.id })}>{round.title}</a>,
    },
    {
      heading: t('rounds.period'),
      cell: (round) => formatPeriod(round.periodStart, round.cutOff, locale),
    },
    { heading: t('rounds.dueDate'), cell: (round) => formatDate(round.dueDate, locale) },
    { heading: t('rounds.status'), cell: (round) => t(`roundStatus.${round.status}`) },
    {
      heading: t('rounds.progress'),
      cell: ({ progress }) =>
        t('rounds.progressCounts', {
          submitted: progress.submitted,
          approved: progress.approved,
          returned: progress.returned,
          open: progress.draft + progress.notStarted,
        }),
    },
  ];
  return (
    <>
      <h1>{t('rounds.heading')}</h1>
      <Loaded value={rounds} retry={retry}>
        {(data) => (
          <DataTable
            name={{ label: t('rounds.heading') }}
            columns={columns}
            rows={data}
            rowKey={(round) => round.id}
            empty={<p>{t('rounds.none')}</p>}
          />
        )}
      </Loaded>
      {can(user, user.city, 'rounds.manage') && (
        <OpenRoundForm city={user.city} onOpened={() => setReload((n) => n + 1)} />
      )}
    </>
  );
}

function OpenRoundForm({ city, onOpened }: { city: string; onOpened: () => void }) {
  const { t } = useI18n();
  const { values, field, reset } = useFields(
    { title: '', periodStart: '', cutOff: '', dueDate: '' },
    'round',
  );
  const open = async () => {
    const { periodStart, ...required } = values;
    await openRound(city, {
      plan: DEFAULT_PLAN,
      ...required,
      ...(periodStart ? { periodStart } : {}),
    });
    reset('title');
    onOpened();
  };
  return (
    <Section id="open-round" heading={t('rounds.open')}>
      <ActionForm onSubmit={open} submitLabel={t('rounds.openSubmit')}>
        <TextField {...field('title', t('rounds.title'))} required />
        <TextField
          {...field('periodStart', t('rounds.periodStart'))}
          type="date"
          hint={t('rounds.periodStartHint')}
        />
        <TextField {...field('cutOff', t('rounds.cutOff'))} type="date" required />
        <TextField {...field('dueDate', t('rounds.dueDate'))} type="date" required />
      </ActionForm>
    </Section>
  );
}
