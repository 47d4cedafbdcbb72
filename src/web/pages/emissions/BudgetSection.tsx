import { BUDGET_STATUSES } from '../../../core/emissions/carbon-budget.js';
import type { EmissionsPageData } from '../../api/emissions-page.js';
import { todayInTaiwan } from '../../../core/dates.js';
import { formatDate } from '../../format/dates.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { Noted } from '../../components/Noted.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';
import { codeLabel, wanText, yearLabel } from './format.js';
import { SourceNote } from './SourceNote.js';
import { Section } from '../../components/Section.js';

type Budget = EmissionsPageData['budgets']['budgets'][number];
type Allocation = Budget['allocations'][number];

const approvalLabel = (t: Translate, status: string) => codeLabel(t, 'approval', status);

/** 草案 → 已經推動會審議 → 已經市議會審議通過, the step reached marked for sight and for screen readers. */
function ApprovalSteps({ budget }: { budget: Budget }) {
  const { t } = useI18n();
  const reached = BUDGET_STATUSES.indexOf(budget.approval);
  return (
    <ol className="approval-steps" aria-label={t('emissionsPage.budgets.steps')}>
      {BUDGET_STATUSES.map((status, i) => (
        <li
          key={status}
          className={i <= reached ? 'reached' : undefined}
          aria-current={i === reached ? 'step' : undefined}
        >
          {approvalLabel(t, status)}
        </li>
      ))}
    </ol>
  );
}

function BudgetTable({ budget }: { budget: Budget }) {
  const { t, locale } = useI18n();
  const name = budget.name ?? budget.code;
  const captionId = `budget-${budget.code}`;
  return (
    <div className="carbon-budget" data-testid={captionId}>
      <h3 id={captionId}>{name}</h3>
      <ApprovalSteps budget={budget} />
      {budget.history.length > 0 && (
        <ul className="plain">
          {budget.history.map((h, i) => (
            <li key={i}>
              {t('emissionsPage.budgets.history', {
                // The step's day in Taiwan: the timestamp is UTC (a council vote at 00:00 +08:00 is the day before in UTC).
                date: formatDate(todayInTaiwan(new Date(h.at)), locale),
                by: h.by,
                from: approvalLabel(t, h.from),
                to: approvalLabel(t, h.to),
              })}
            </li>
          ))}
        </ul>
      )}
      <DataTable
        caption={t('emissionsPage.budgets.allocationsCaption', { name })}
        captionId={`${captionId}-allocations`}
        columns={allocationColumns(t)}
        rows={budget.allocations}
        rowKey={(a) => a.sector}
        empty={<p>{t('emissionsPage.budgets.noAllocations')}</p>}
      />
    </div>
  );
}

function allocationColumns(t: Translate): Column<Allocation>[] {
  return [
    {
      heading: t('emissionsPage.budgets.sector'),
      cell: (a) => codeLabel(t, 'emissionCategory', a.sector),
    },
    { heading: t('emissionsPage.budgets.cap'), numeric: true, cell: (a) => wanText(a.capT) },
    { heading: t('emissionsPage.budgets.actual'), numeric: true, cell: (a) => wanText(a.actualT) },
    {
      heading: t('emissionsPage.budgets.remaining'),
      numeric: true,
      cell: (a) => wanText(a.remainingT),
    },
  ];
}

/** One row per budget: the cap beside the cap the pathway implies, what is used and what remains. */
function BudgetSummary({ budgets }: { budgets: Budget[] }) {
  const { t, locale } = useI18n();
  const columns: Column<Budget>[] = [
    {
      heading: t('emissionsPage.budgets.period'),
      cell: (b) => (
        <>
          {b.name ?? b.code}
          <br />
          <small>
            {yearLabel(b.startYear, locale)}–{yearLabel(b.endYear, locale)}
          </small>
        </>
      ),
    },
    {
      heading: t('emissionsPage.budgets.cap'),
      numeric: true,
      cell: (b) => (
        <Noted
          value={wanText(b.capT)}
          note={
            b.capBasis === 'annual'
              ? t('emissionsPage.budgets.perYear')
              : t('emissionsPage.budgets.forPeriod')
          }
        />
      ),
    },
    {
      heading: t('emissionsPage.budgets.periodCap'),
      numeric: true,
      cell: (b) => wanText(b.periodCapT),
    },
    {
      heading: t('emissionsPage.budgets.pathwayCap'),
      numeric: true,
      cell: (b) => wanText(b.pathwayCapT),
    },
    {
      heading: t('emissionsPage.budgets.actual'),
      numeric: true,
      cell: (b) => (
        <Noted
          value={wanText(b.actualT)}
          note={`${t('emissionsPage.budgets.measured')}: ${
            b.yearsMeasured.length === 0 ? '—' : b.yearsMeasured.join(', ')
          }`}
        />
      ),
    },
    {
      heading: t('emissionsPage.budgets.remaining'),
      numeric: true,
      cell: (b) => (
        <Noted
          value={wanText(b.remainingT)}
          note={b.complete ? null : t('emissionsPage.budgets.incomplete')}
        />
      ),
    },
    { heading: t('emissionsPage.budgets.approval'), cell: (b) => approvalLabel(t, b.approval) },
  ];
  return (
    <DataTable
      caption={t('emissionsPage.budgets.tableCaption')}
      captionId="budgets-caption"
      className="budgets"
      testId="budgets-table"
      columns={columns}
      rows={budgets}
      rowKey={(b) => b.code}
      rowAttributes={(b) => ({ 'data-code': b.code })}
    />
  );
}

/** Each carbon budget: cap, the pathway's implied cap, approval, allocations and what remains. */
export function BudgetSection({ data }: { data: EmissionsPageData }) {
  const { t } = useI18n();
  const { budgets } = data.budgets;
  return (
    <Section
      id="budgets"
      heading={t('emissionsPage.budgets.heading')}
      note={t('emissionsPage.budgets.note')}
    >
      {budgets.length === 0 ? (
        <p>{t('emissionsPage.budgets.none')}</p>
      ) : (
        <BudgetSummary budgets={budgets} />
      )}
      {budgets.map((budget) => (
        <BudgetTable key={budget.code} budget={budget} />
      ))}
      {budgets.length > 0 && (
        <SourceNote sources={data.sources} codes={budgets.map((b) => b.source)} />
      )}
    </Section>
  );
}
