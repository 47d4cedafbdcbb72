import { can } from '../../core/permissions.js';
import { useState } from 'react';
import type { submissionSummary, SubmissionState } from '../../contracts/api/submissions.js';
import type { z } from 'zod';
import type { SessionUser } from '../../contracts/api/session.js';
import type { RoundResponse } from '../../contracts/api/rounds.js';
import { useAgencyName } from '../api/agencies.js';
import { fetchOverdue, fetchRound, listSubmissions } from '../api/reporting.js';
import { latest, useApi } from '../api/use-api.js';
import { hrefFor } from '../app/routes.js';
import { ErrorMessage, Loading } from '../components/Feedback.js';
import { SignedIn } from '../components/SignedIn.js';
import { formatDate } from '../format/dates.js';
import { formatPeriod } from '../format/periods.js';
import { useI18n } from '../i18n/i18n.js';
import { AgencyTemplate } from './submission/AgencyTemplate.js';
import { submissionStates } from '../../core/vocabulary/lists.js';

type SubmissionRows = readonly z.infer<typeof submissionSummary>[];

/** The filter lists what awaits someone first: the review queue, then the agencies' work. */
const queueOrder: Record<SubmissionState, number> = {
  submitted: 0,
  returned: 1,
  draft: 2,
  not_started: 3,
  approved: 4,
};
const states = [...submissionStates].sort((a, b) => queueOrder[a] - queueOrder[b]);

export function RoundPage({ id }: { id: number }) {
  return <SignedIn>{(user) => <Round user={user} id={id} />}</SignedIn>;
}

/** The round's submissions: an agency's own measures, or for the secretariat the review queue. */
function Round({ user, id }: { user: SessionUser; id: number }) {
  const { t } = useI18n();
  const [only, setOnly] = useState<SubmissionState | ''>(user.role === 'admin' ? 'submitted' : '');
  const [submissions, retry] = useApi(`round/${user.city}/${id}`, (signal) =>
    listSubmissions(user.city, id, signal),
  );
  // The list as last loaded: an upload reloads it, and the template section (with the upload's
  // answer) must stay mounted meanwhile.
  const rows = latest(submissions);
  const agencies = rows ? ownAgencies(user, rows) : [];
  const [round] = useApi(`round-facts/${user.city}/${id}`, (signal) =>
    fetchRound(user.city, id, signal),
  );
  return (
    <>
      <p>
        <a href={hrefFor({ page: 'rounds' })}>← {t('rounds.heading')}</a>
      </p>
      <h1>{user.role === 'admin' ? t('round.reviewHeading') : t('round.heading')}</h1>
      {round.state === 'ready' && <RoundFacts round={round.data} />}
      <label className="inline-field">
        {t('round.stateFilter')}
        <select
          value={only}
          onChange={(event) => setOnly(event.target.value as SubmissionState | '')}
        >
          <option value="">{t('measures.all')}</option>
          {states.map((state) => (
            <option key={state} value={state}>
              {t(`state.${state}`)}
            </option>
          ))}
        </select>
      </label>
      {!rows && submissions.state === 'loading' && <Loading />}
      {submissions.state === 'error' && <ErrorMessage error={submissions.error} onRetry={retry} />}
      {rows && (
        <SubmissionTable
          city={user.city}
          id={id}
          rows={rows.filter((row) => !only || row.state === only)}
        />
      )}
      {user.role === 'agency_editor' &&
        round.state === 'ready' &&
        round.data.status === 'open' &&
        agencies.map(({ code, name }) => (
          <AgencyTemplate
            key={code}
            city={user.city}
            round={id}
            agency={code}
            agencyName={name}
            onUploaded={retry}
          />
        ))}
      {can(user, user.city, 'rounds.overdue') && <Overdue city={user.city} id={id} />}
    </>
  );
}

/** What the round asks for and by when, so a clerk need not go back to the list to find out. */
function RoundFacts({ round }: { round: RoundResponse }) {
  const { t, locale } = useI18n();
  return (
    <>
      <p className="lead" data-testid="round-facts">
        {t('round.facts', {
          title: round.title,
          period: formatPeriod(round.periodStart, round.cutOff, locale),
          cutOff: formatDate(round.cutOff, locale),
          due: formatDate(round.dueDate, locale),
        })}
      </p>
      {round.status === 'closed' && <p role="status">{t('round.closed')}</p>}
    </>
  );
}

interface Agency {
  code: string;
  name: string | null;
}

/**
 * The clerk's agencies that have measures in this round, each with its name: one Excel template
 * per agency covers all of that agency's measures, so it belongs here beside the list.
 */
function ownAgencies(user: SessionUser, rows: SubmissionRows): Agency[] {
  const names = new Map<string, string | null>();
  for (const row of rows) {
    if (row.agencyCode !== null && user.agencies.includes(row.agencyCode)) {
      names.set(row.agencyCode, row.agencyName);
    }
  }
  return [...names].map(([code, name]) => ({ code, name }));
}

function SubmissionTable({
  city,
  id,
  rows,
}: {
  city: string;
  id: number;
  rows: readonly z.infer<typeof submissionSummary>[];
}) {
  const { t } = useI18n();
  const nameOf = useAgencyName(city);
  if (rows.length === 0) return <p role="status">{t('round.empty')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('round.heading')}>
      <table className="measures" data-testid="submissions">
        <thead>
          <tr>
            <th scope="col">{t('table.no')}</th>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.agency')}</th>
            <th scope="col">{t('round.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.sector}-${row.no}`}>
              <td data-label={t('table.no')}>
                {t(`sector.${row.sector}`)} {row.no}
              </td>
              <th scope="row">
                <a href={hrefFor({ page: 'submission', id, sector: row.sector, no: row.no })}>
                  {row.name}
                </a>
              </th>
              <td data-label={t('table.agency')}>
                {nameOf(row.agencyCode, row.agencyName) ?? t('common.none')}
              </td>
              <td data-label={t('round.state')}>
                <span className={`state state-${row.state}`}>{t(`state.${row.state}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Overdue({ city, id }: { city: string; id: number }) {
  const { t, locale } = useI18n();
  const nameOf = useAgencyName(city);
  const [overdue, retry] = useApi(`overdue/${city}/${id}`, (signal) =>
    fetchOverdue(city, id, signal),
  );
  return (
    <section aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">{t('round.agencies')}</h2>
      {overdue.state === 'loading' && <Loading />}
      {overdue.state === 'error' && <ErrorMessage error={overdue.error} onRetry={retry} />}
      {overdue.state === 'ready' && (
        <>
          <p>
            {overdue.data.overdue
              ? t('round.overdue', { date: formatDate(overdue.data.dueDate, locale) })
              : t('round.notYetDue', { date: formatDate(overdue.data.dueDate, locale) })}
          </p>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="overdue-heading"
          >
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('table.agency')}</th>
                  <th scope="col" className="num">
                    {t('table.measures')}
                  </th>
                  <th scope="col" className="num">
                    {t('state.submitted')}
                  </th>
                  <th scope="col" className="num">
                    {t('state.approved')}
                  </th>
                  <th scope="col" className="num">
                    {t('round.missing')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {overdue.data.agencies.map((agency) => (
                  <tr
                    key={agency.code}
                    className={overdue.data.overdue && agency.missing > 0 ? 'late' : undefined}
                  >
                    <th scope="row">
                      {nameOf(agency.code, agency.name)}
                      {overdue.data.overdue && agency.missing > 0 && (
                        <span className="badge badge-lagging">{t('round.late')}</span>
                      )}
                    </th>
                    <td className="num">{agency.measures}</td>
                    <td className="num">{agency.submitted}</td>
                    <td className="num">{agency.approved}</td>
                    <td className="num">{agency.missing}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
