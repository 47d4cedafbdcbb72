import { can } from '../../core/permissions.js';
import { useState, type SyntheticEvent } from 'react';
import type { SessionUser } from '../../contracts/api/session.js';
import { listRounds, openRound } from '../api/reporting.js';
import { useAction } from '../api/use-action.js';
import { useApi } from '../api/use-api.js';
import { DEFAULT_PLAN } from '../app/plan-context.js';
import { hrefFor } from '../app/routes.js';
import { ErrorMessage, Loading } from '../components/Feedback.js';
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
  return (
    <>
      <h1>{t('rounds.heading')}</h1>
      {rounds.state === 'loading' && <Loading />}
      {rounds.state === 'error' && <ErrorMessage error={rounds.error} onRetry={retry} />}
      {rounds.state === 'ready' &&
        (rounds.data.length === 0 ? (
          <p>{t('rounds.none')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('rounds.heading')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('rounds.title')}</th>
                  <th scope="col">{t('rounds.period')}</th>
                  <th scope="col">{t('rounds.dueDate')}</th>
                  <th scope="col">{t('rounds.status')}</th>
                  <th scope="col">{t('rounds.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {rounds.data.map((round) => (
                  <tr key={round.id}>
                    <th scope="row">
                      <a href={hrefFor({ page: 'round', id: round.id })}>{round.title}</a>
                    </th>
                    <td>{formatPeriod(round.periodStart, round.cutOff, locale)}</td>
                    <td>{formatDate(round.dueDate, locale)}</td>
                    <td>{t(`roundStatus.${round.status}`)}</td>
                    <td>
                      {t('rounds.progressCounts', {
                        submitted: round.progress.submitted,
                        approved: round.progress.approved,
                        returned: round.progress.returned,
                        open: round.progress.draft + round.progress.notStarted,
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
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
        <label htmlFor="round-title">{t('rounds.title')}</label>
        <input
          id="round-title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          required
        />
        <label htmlFor="round-start">{t('rounds.periodStart')}</label>
        <input
          id="round-start"
          type="date"
          value={periodStart}
          onChange={(event) => setPeriodStart(event.target.value)}
          aria-describedby="round-start-hint"
        />
        <p id="round-start-hint" className="figure-note">
          {t('rounds.periodStartHint')}
        </p>
        <label htmlFor="round-cut-off">{t('rounds.cutOff')}</label>
        <input
          id="round-cut-off"
          type="date"
          value={cutOff}
          onChange={(event) => setCutOff(event.target.value)}
          required
        />
        <label htmlFor="round-due">{t('rounds.dueDate')}</label>
        <input
          id="round-due"
          type="date"
          value={dueDate}
          onChange={(event) => setDueDate(event.target.value)}
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
