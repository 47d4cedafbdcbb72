import type { ReactNode } from 'react';
import type {
  OperationResponse,
  PeriodResponse,
  ProjectSummary,
} from '../../../contracts/api/credits.js';
import { formatSerials } from '../../../core/credits/serials.js';
import { formatNumber } from '../../../core/format/numbers.js';
import { creditsApi } from '../../api/credits.js';
import { useApi } from '../../api/use-api.js';
import { planOf } from '../../app/plan-context.js';
import { hrefFor } from '../../app/routes.js';
import { CardTable } from '../../components/CardTable.js';
import { Loaded } from '../../components/Feedback.js';
import { Section } from '../../components/Section.js';
import { formatDate } from '../../format/dates.js';
import { useI18n } from '../../i18n/i18n.js';
import { cityQuery } from '../committee/CommitteePage.js';
import { BackLink } from '../../components/BackLink.js';

/**
 * A project's public registry page: its registration, its monitoring periods with reported and
 * verified reductions, and its history of credits issued and retired (the secretariat and
 * reviewers also see transfers and uses), each with its serials.
 */
export function CreditProjectPage({ project, query }: { project: string; query: URLSearchParams }) {
  const { t } = useI18n();
  const { city } = planOf(query);
  const [page, retry] = useApi(`credits/${city}/project/${project}`, (signal) =>
    creditsApi.project(city, project, signal),
  );
  return (
    <>
      <BackLink href={hrefFor({ page: 'credits' }, { city: cityQuery(city) })}>
        {t('credits.back')}
      </BackLink>
      <Loaded value={page} retry={retry}>
        {({ project: p, periods, history }) => (
          <>
            <h1>{p.name}</h1>
            <ProjectFacts project={p} />
            <Periods periods={periods} />
            <History history={history} />
          </>
        )}
      </Loaded>
    </>
  );
}

function ProjectFacts({ project: p }: { project: ProjectSummary }) {
  const { t, locale } = useI18n();
  const unknown = <em>{t('credits.notStated')}</em>;
  const facts: [string, ReactNode][] = [
    [t('credits.proponent'), p.proponent],
    [t('credits.registration'), t(`projectRegistration.${p.registration.status}`)],
    [t('credits.registrationNumber'), p.registration.number ?? unknown],
    [
      t('credits.registeredOn'),
      p.registration.date ? formatDate(p.registration.date, locale) : unknown,
    ],
    [t('credits.methodology'), p.methodology ?? unknown],
    [
      t('credits.measure'),
      p.measure ? (
        <a href={hrefFor({ page: 'measure', sector: p.measure.sector, no: p.measure.no })}>
          {t(`sector.${p.measure.sector}`)} {p.measure.no}
        </a>
      ) : (
        unknown
      ),
    ],
    [t('credits.issued'), formatNumber(String(p.totals.issued))],
    [t('credits.retired'), formatNumber(String(p.totals.retired))],
    [t('credits.used'), formatNumber(String(p.totals.used))],
    [t('credits.outstanding'), formatNumber(String(p.totals.outstanding))],
  ];
  return (
    <>
      {p.description && <p>{p.description}</p>}
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <Notes notes={p.notes} />
    </>
  );
}

function Notes({ notes }: { notes: readonly string[] }) {
  const { t } = useI18n();
  if (notes.length === 0) return null;
  return (
    <details>
      <summary>{t('credits.notes')}</summary>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </details>
  );
}

function Periods({ periods }: { periods: readonly PeriodResponse[] }) {
  const { t, locale } = useI18n();
  return (
    <Section id="credit-periods" heading={t('credits.periods')}>
      <CardTable
        labelledBy="credit-periods-heading"
        rows={periods}
        rowKey={(p) => p.no}
        columns={[
          { heading: t('credits.period'), cell: (p) => t('credits.periodNo', { no: p.no }) },
          {
            heading: t('credits.dates'),
            cell: (p) => `${formatDate(p.startsOn, locale)} – ${formatDate(p.endsOn, locale)}`,
          },
          {
            heading: t('credits.reported'),
            cell: (p) => (p.reportedTonnes ? formatNumber(p.reportedTonnes) : '—'),
            numeric: true,
          },
          {
            heading: t('credits.verified'),
            cell: (p) =>
              p.verifiedTonnes ? formatNumber(p.verifiedTonnes) : t('credits.notVerified'),
            numeric: true,
          },
          {
            heading: t('credits.issued'),
            cell: (p) => formatNumber(String(p.issued)),
            numeric: true,
          },
          {
            heading: t('credits.issuable'),
            cell: (p) => formatNumber(String(p.issuable)),
            numeric: true,
          },
        ]}
      />
      {periods.map((p) => (
        <Notes key={p.no} notes={p.notes} />
      ))}
    </Section>
  );
}

function History({ history }: { history: readonly OperationResponse[] }) {
  const { t, locale } = useI18n();
  return (
    <Section id="credit-history" heading={t('credits.history')}>
      <CardTable
        labelledBy="credit-history-heading"
        rows={history}
        rowKey={(o) => o.id}
        empty={<p>{t('credits.noHistory')}</p>}
        columns={[
          {
            heading: t('credits.date'),
            cell: (o) => formatDate(o.on, locale),
            className: 'nowrap',
          },
          { heading: t('credits.operation'), cell: (o) => t(`creditOperation.${o.kind}`) },
          {
            heading: t('credits.quantity'),
            cell: (o) => formatNumber(String(o.quantity)),
            numeric: true,
          },
          { heading: t('credits.serials'), cell: (o) => o.serials.map(formatSerials).join(', ') },
          { heading: t('credits.from'), cell: (o) => o.from?.name ?? '—' },
          { heading: t('credits.to'), cell: (o) => o.to?.name ?? '—' },
          { heading: t('credits.reference'), cell: (o) => o.reference ?? '—' },
        ]}
      />
    </Section>
  );
}
