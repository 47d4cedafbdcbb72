import { can } from '../../core/permissions.js';
import { useEffect, useState, type SyntheticEvent } from 'react';
import type { PlanListResponse } from '../../contracts/api/cities.js';
import type { ReportSnapshotResponse } from '../../contracts/api/reports.js';
import type { SessionUser } from '../../contracts/api/session.js';
import { createReport, listReports, reportHref } from '../api/downloads.js';
import { fetchPlans } from '../api/plan-summary.js';
import { useAction } from '../api/use-action.js';
import { useApi } from '../api/use-api.js';
import { DEFAULT_PLAN } from '../app/plan-context.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { ErrorMessage, Loaded } from '../components/Feedback.js';
import { TextField } from '../components/Field.js';
import { SignedIn } from '../components/SignedIn.js';
import { todayInTaiwan } from '../../core/dates.js';
import { formatDate } from '../format/dates.js';
import { formatTimestamp } from '../format/timestamps.js';
import { useI18n } from '../i18n/i18n.js';
import { localName } from '../i18n/names.js';
import { reportFormats } from '../../core/vocabulary/lists.js';

/** 成果報告: the secretariat generates report snapshots; reviewers download them. */
export function ReportsPage() {
  return <SignedIn may="reports.read">{(user) => <Reports user={user} />}</SignedIn>;
}

function Reports({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [plans, retry] = useApi(`plans/${user.city}`, (signal) => fetchPlans(user.city, signal));
  return (
    <>
      <h1>{t('reports.heading')}</h1>
      <p className="lead">{t('reports.intro')}</p>
      <Loaded value={plans} retry={retry}>
        {(data) => <PlanReports user={user} plans={data} />}
      </Loaded>
    </>
  );
}

function PlanReports({ user, plans }: { user: SessionUser; plans: PlanListResponse }) {
  const { t, locale } = useI18n();
  const [plan, setPlan] = useState(
    plans.some((p) => p.code === DEFAULT_PLAN) ? DEFAULT_PLAN : (plans[0]?.code ?? ''),
  );
  const info = plans.find((p) => p.code === plan);
  const [asOf, setAsOf] = useState('');
  // A new plan brings its own default: the date its data runs to.
  useEffect(() => setAsOf(info?.dataThrough ?? todayInTaiwan()), [info?.dataThrough]);
  const [reload, setReload] = useState(0);
  const [list, retry] = useApi(`reports/${user.city}/${plan}/${reload}`, (signal) =>
    listReports(user.city, plan, signal),
  );
  const action = useAction();
  const [outcome, setOutcome] = useState<ReportSnapshotResponse | null>(null);
  const generate = (event: SyntheticEvent) => {
    event.preventDefault();
    setOutcome(null);
    void action.run(async () => {
      setOutcome(await createReport(user.city, plan, asOf));
      setReload((n) => n + 1);
    });
  };
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  return (
    <>
      <form className="stacked" onSubmit={generate} aria-labelledby="generate-heading">
        <h2 id="generate-heading" className="visually-hidden">
          {t('reports.generate')}
        </h2>
        <label htmlFor="report-plan">{t('reports.plan')}</label>
        <select id="report-plan" value={plan} onChange={(event) => setPlan(event.target.value)}>
          {plans.map((p) => (
            <option key={p.code} value={p.code}>
              {localName(p, locale)}
            </option>
          ))}
        </select>
        <TextField
          id="report-as-of"
          type="date"
          label={t('reports.asOf')}
          value={asOf}
          min={info?.start}
          onChange={setAsOf}
          aria-describedby="report-as-of-hint report-as-of-roc"
          required
        />
        <p id="report-as-of-roc" className="figure-note" data-testid="as-of-roc">
          {validDate ? t('reports.asOfRoc', { date: formatDate(asOf, 'zh-TW') }) : null}
        </p>
        <p id="report-as-of-hint" className="figure-note">
          {t('reports.asOfHint')}
        </p>
        {can(user, user.city, 'reports.generate') ? (
          <button type="submit" disabled={action.busy || !validDate}>
            {action.busy ? t('reports.generating') : t('reports.generate')}
          </button>
        ) : (
          <p>{t('reports.readOnly')}</p>
        )}
      </form>
      <div aria-live="polite">
        {outcome && (
          <p className="success">
            {outcome.reused
              ? t('reports.reused', { id: outcome.id })
              : t('reports.generated', { id: outcome.id })}
          </p>
        )}
      </div>
      {action.error && <ErrorMessage error={action.error} />}
      <h2 id="reports-list-heading">{t('reports.listHeading')}</h2>
      <p className="figure-note">{t('reports.slowFormats')}</p>
      <Loaded value={list} retry={retry}>
        {(snapshots) => <SnapshotTable city={user.city} plan={plan} snapshots={snapshots} />}
      </Loaded>
    </>
  );
}

function SnapshotTable({
  city,
  plan,
  snapshots,
}: {
  city: string;
  plan: string;
  snapshots: ReportSnapshotResponse[];
}) {
  const { t, locale } = useI18n();
  const columns: Column<ReportSnapshotResponse>[] = [
    { heading: t('reports.snapshot'), cell: (s) => s.id },
    { heading: t('reports.asOf'), className: 'nowrap', cell: (s) => formatDate(s.asOf, locale) },
    {
      heading: t('reports.downloads'),
      cell: (s) => (
        <ul className="download-links">
          {reportFormats.map((format) => (
            <li key={format}>
              <a
                href={reportHref(city, plan, s.id, format)}
                download
                aria-label={t('reports.download', { format: format.toUpperCase(), id: s.id })}
              >
                {format.toUpperCase()}
              </a>
            </li>
          ))}
        </ul>
      ),
    },
    {
      heading: t('reports.createdAt'),
      className: 'nowrap',
      cell: (s) => formatTimestamp(s.createdAt, locale),
    },
    { heading: t('reports.hash'), cell: (s) => <code title={s.hash}>{s.hash.slice(0, 12)}</code> },
  ];
  return (
    <DataTable
      name={{ labelledBy: 'reports-list-heading' }}
      testId="report-snapshots"
      columns={columns}
      rows={snapshots}
      rowKey={(s) => s.id}
      empty={<p>{t('reports.none')}</p>}
    />
  );
}
