import { can } from '../../core/permissions.js';
import { useState } from 'react';
import type { submissionSummary, SubmissionState } from '../../contracts/api/submissions.js';
import type { z } from 'zod';
import type { SessionUser } from '../../contracts/api/session.js';
import type { OverdueResponse, RoundResponse } from '../../contracts/api/rounds.js';
import { useAgencyName } from '../api/agencies.js';
import { fetchOverdue, fetchRound, listSubmissions } from '../api/reporting.js';
import { latest, useApi } from '../api/use-api.js';
import { hrefFor } from '../app/routes.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { Loaded } from '../components/Feedback.js';
import { FilterSelect } from '../components/FilterSelect.js';
import { SignedIn } from '../components/SignedIn.js';
import { formatDate } from '../format/dates.js';
import { formatPeriod } from '../format/periods.js';
import { useI18n } from '../i18n/i18n.js';
import { AgencyTemplate } from './submission/AgencyTemplate.js';
import { submissionStates } from '../../core/vocabulary/lists.js';
import { Section } from '../components/Section.js';
import { BackLink } from '../components/BackLink.js';

type SubmissionRow = z.infer<typeof submissionSummary>;
type SubmissionRows = readonly SubmissionRow[];
type OverdueAgency = OverdueResponse['agencies'][number];

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
      <BackLink href={hrefFor({ page: 'rounds' })}>{t('rounds.heading')}</BackLink>
      <h1>{user.role === 'admin' ? t('round.reviewHeading') : t('round.heading')}</h1>
      {round.state === 'ready' && <RoundFacts round={round.data} />}
      <FilterSelect
        className="inline-field"
        label={t('round.stateFilter')}
        value={only}
        choices={states.map((state) => ({ value: state, label: t(`state.${state}`) }))}
        onChange={setOnly}
      />
      <Loaded value={submissions} retry={retry} keepPrevious>
        {(all) => (
          <SubmissionTable
            city={user.city}
            id={id}
            rows={all.filter((row) => !only || row.state === only)}
          />
        )}
      </Loaded>
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

function SubmissionTable({ city, id, rows }: { city: string; id: number; rows: SubmissionRows }) {
  const { t } = useI18n();
  const nameOf = useAgencyName(city);
  const columns: Column<SubmissionRow>[] = [
    {
      heading: t('table.no'),
      label: t('table.no'),
      cell: (row) => `${t(`sector.${row.sector}`)} ${row.no}`,
    },
    {
      heading: t('table.name'),
      cell: (row) => (
        <a href={hrefFor({ page: 'submission', id, sector: row.sector, no: row.no })}>{row.name}</a>
      ),
    },
    {
      heading: t('table.agency'),
      label: t('table.agency'),
      cell: (row) => nameOf(row.agencyCode, row.agencyName) ?? t('common.none'),
    },
    {
      heading: t('round.state'),
      label: t('round.state'),
      cell: (row) => <span className={`state state-${row.state}`}>{t(`state.${row.state}`)}</span>,
    },
  ];
  return (
    <DataTable
      name={{ label: t('round.heading') }}
      className="measures"
      testId="submissions"
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.sector}-${row.no}`}
      rowHeader={1}
      empty={<p role="status">{t('round.empty')}</p>}
    />
  );
}

function Overdue({ city, id }: { city: string; id: number }) {
  const { t } = useI18n();
  const [overdue, retry] = useApi(`overdue/${city}/${id}`, (signal) =>
    fetchOverdue(city, id, signal),
  );
  return (
    <Section id="overdue" heading={t('round.agencies')}>
      <Loaded value={overdue} retry={retry}>
        {(data) => <OverdueTable city={city} data={data} />}
      </Loaded>
    </Section>
  );
}

/** Each agency's measures, submitted, approved and missing; late ones marked once past due. */
function OverdueTable({ city, data }: { city: string; data: OverdueResponse }) {
  const { t, locale } = useI18n();
  const nameOf = useAgencyName(city);
  const late = (agency: OverdueAgency) => data.overdue && agency.missing > 0;
  const count = (heading: string, value: (agency: OverdueAgency) => number) => ({
    heading,
    numeric: true,
    cell: value,
  });
  const due = formatDate(data.dueDate, locale);
  return (
    <>
      <p>
        {data.overdue ? t('round.overdue', { date: due }) : t('round.notYetDue', { date: due })}
      </p>
      <DataTable
        name={{ labelledBy: 'overdue-heading' }}
        columns={[
          {
            heading: t('table.agency'),
            cell: (agency: OverdueAgency) => (
              <>
                {nameOf(agency.code, agency.name)}
                {late(agency) && <span className="badge badge-lagging">{t('round.late')}</span>}
              </>
            ),
          },
          count(t('table.measures'), (agency) => agency.measures),
          count(t('state.submitted'), (agency) => agency.submitted),
          count(t('state.approved'), (agency) => agency.approved),
          count(t('round.missing'), (agency) => agency.missing),
        ]}
        rows={data.agencies}
        rowKey={(agency) => agency.code}
        rowAttributes={(agency) => (late(agency) ? { className: 'late' } : {})}
      />
    </>
  );
}
