import { BUDGET_STATUSES } from '../../../core/emissions/carbon-budget.js';
import type { EmissionsPageData } from '../../api/emissions-page.js';
import { todayInTaiwan } from '../../../core/dates.js';
import { formatDate } from '../../format/dates.js';
import { formatWanTonnes } from '../../../core/format/tonnes.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';
import { labelKey, yearLabel } from './format.js';
import { SourceNote } from './SourceNote.js';

type Budget = EmissionsPageData['budgets']['budgets'][number];

const wan = (tonnes: string | null) => (tonnes === null ? '—' : formatWanTonnes(tonnes));

function approvalLabel(t: Translate, status: string): string {
  const key = labelKey('approval', status);
  return key ? t(key) : status;
}

function sectorLabel(t: Translate, sector: string): string {
  const key = labelKey('emissionCategory', sector);
  return key ? t(key) : sector;
}

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
      {budget.allocations.length === 0 ? (
        <p>{t('emissionsPage.budgets.noAllocations')}</p>
      ) : (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby={`${captionId}-allocations`}
        >
          <table>
            <caption id={`${captionId}-allocations`}>
              {t('emissionsPage.budgets.allocationsCaption', { name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('emissionsPage.budgets.sector')}</th>
                <th scope="col" className="num">
                  {t('emissionsPage.budgets.cap')}
                </th>
                <th scope="col" className="num">
                  {t('emissionsPage.budgets.actual')}
                </th>
                <th scope="col" className="num">
                  {t('emissionsPage.budgets.remaining')}
                </th>
              </tr>
            </thead>
            <tbody>
              {budget.allocations.map((a) => (
                <tr key={a.sector}>
                  <th scope="row">{sectorLabel(t, a.sector)}</th>
                  <td className="num">{wan(a.capT)}</td>
                  <td className="num">{wan(a.actualT)}</td>
                  <td className="num">{wan(a.remainingT)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** One row per budget: the cap beside the cap the pathway implies, what is used and what remains. */
function BudgetSummary({ budgets }: { budgets: Budget[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="budgets-caption">
      <table data-testid="budgets-table" className="budgets">
        <caption id="budgets-caption">{t('emissionsPage.budgets.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('emissionsPage.budgets.period')}</th>
            <th scope="col" className="num">
              {t('emissionsPage.budgets.cap')}
            </th>
            <th scope="col" className="num">
              {t('emissionsPage.budgets.periodCap')}
            </th>
            <th scope="col" className="num">
              {t('emissionsPage.budgets.pathwayCap')}
            </th>
            <th scope="col" className="num">
              {t('emissionsPage.budgets.actual')}
            </th>
            <th scope="col" className="num">
              {t('emissionsPage.budgets.remaining')}
            </th>
            <th scope="col">{t('emissionsPage.budgets.approval')}</th>
          </tr>
        </thead>
        <tbody>
          {budgets.map((b) => (
            <tr key={b.code} data-code={b.code}>
              <th scope="row">
                {b.name ?? b.code}
                <br />
                <small>
                  {yearLabel(b.startYear, locale)}–{yearLabel(b.endYear, locale)}
                </small>
              </th>
              <td className="num">
                {wan(b.capT)}
                <br />
                <small>
                  {b.capBasis === 'annual'
                    ? t('emissionsPage.budgets.perYear')
                    : t('emissionsPage.budgets.forPeriod')}
                </small>
              </td>
              <td className="num">{wan(b.periodCapT)}</td>
              <td className="num">{wan(b.pathwayCapT)}</td>
              <td className="num">
                {wan(b.actualT)}
                <br />
                <small>
                  {t('emissionsPage.budgets.measured')}:{' '}
                  {b.yearsMeasured.length === 0 ? '—' : b.yearsMeasured.join(', ')}
                </small>
              </td>
              <td className="num">
                {wan(b.remainingT)}
                {!b.complete && (
                  <>
                    <br />
                    <small>{t('emissionsPage.budgets.incomplete')}</small>
                  </>
                )}
              </td>
              <td>{approvalLabel(t, b.approval)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each carbon budget: cap, the pathway's implied cap, approval, allocations and what remains. */
export function BudgetSection({ data }: { data: EmissionsPageData }) {
  const { t } = useI18n();
  const { budgets } = data.budgets;
  return (
    <section aria-labelledby="budgets-heading">
      <h2 id="budgets-heading">{t('emissionsPage.budgets.heading')}</h2>
      <p className="figure-note">{t('emissionsPage.budgets.note')}</p>
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
    </section>
  );
}
