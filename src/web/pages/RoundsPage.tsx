import { can } from '../../core/permissions.js';
import { useState, type SyntheticEvent } from 'react';
import type { RoundResponse } from '../../contracts/api/rounds.js';
import type { SessionUser } from '../../contracts/api/session.js';
import { listRounds, openRound } from '../api/reporting.js';
import { useAction } from '../api/use-action.js';
import { useApi } from '../api/use-api.js';
import { DEFAULT_PLAN } from '../app/plan-context.js';
import { hrefFor } from '../app/routes.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { ErrorMessage, Loaded } from '../components/Feedback.js';
import { TextField } from '../components/Field.js';
import { SignedIn } from '../components/SignedIn.js';
import { formatDate } from '../format/dates.js';
import { formatPeriod } from '../format/periods.js';
import { useI18n } from '../i18n/i18n.js';

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
  const action = useAction();
  const [title, setTitle] = useState('');
  const [periodStart, setPeriodStart] = useState('');
  const [cutOff, setCutOff] = useState('');
  const [dueDate, setDueDate] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await openRound(city, {
        plan: DEFAULT_PLAN,
        title,
        cutOff,
        dueDate,
        ...(periodStart ? { periodStart } : {}),
      });
      setTitle('');
      onOpened();
    });
  };
  return (
    <section aria-labelledby="open-round-heading">
      <h2 id="open-round-heading">{t('rounds.open')}</h2>
      <form className="stacked" onSubmit={submit}>
        <TextField
          id="round-title"
          label={t('rounds.title')}
          value={title}
          onChange={setTitle}
          required
        />
        <TextField
          id="round-start"
          type="date"
          label={t('rounds.periodStart')}
          hint={t('rounds.periodStartHint')}
          value={periodStart}
          onChange={setPeriodStart}
        />
        <TextField
          id="round-cut-off"
          type="date"
          label={t('rounds.cutOff')}
          value={cutOff}
          onChange={setCutOff}
          required
        />
        <TextField
          id="round-due"
          type="date"
          label={t('rounds.dueDate')}
          value={dueDate}
          onChange={setDueDate}
          required
        />
        <button type="submit" disabled={action.busy}>
          {t('rounds.openSubmit')}
        </button>
      </form>
      {action.error && <ErrorMessage error={action.error} />}
    </section>
  );
}
