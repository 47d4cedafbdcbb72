import type { EmissionsPageData } from '../../api/emissions-page.js';
import { hrefFor } from '../../app/routes.js';
import { formatDecimal } from '../../../core/format/numbers.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';
import { labelKey, yearLabel } from './format.js';
import { SourceNote } from './SourceNote.js';

type MoneyBudget = EmissionsPageData['money'][number];

function domainLabel(t: Translate, domain: string): string {
  const key = labelKey('emissionsPage.domain', domain);
  return key ? t(key) : domain;
}

/** NT$ as the API gives it, or 未知/unknown: an unknown amount is never shown as 0. */
function ntd(t: Translate, value: string | null): string {
  return value === null ? t('emissionsPage.unknown') : formatDecimal(value, 0);
}

function withUnit(t: Translate, value: string | null): string {
  return value === null
    ? t('emissionsPage.unknown')
    : t('emissionsPage.money.ntdValue', { amount: formatDecimal(value, 0) });
}

function ItemsTable({ budget }: { budget: MoneyBudget }) {
  const { t, locale } = useI18n();
  const id = `money-${budget.code}`;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
      <table data-testid="money-items" className="money-items">
        <caption id={id}>
          {t('emissionsPage.money.caption', {
            name: budget.name,
            year: yearLabel(budget.year, locale),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('emissionsPage.money.item')}</th>
            <th scope="col">{t('emissionsPage.money.domain')}</th>
            <th scope="col">{t('emissionsPage.money.agency')}</th>
            <th scope="col">{t('emissionsPage.year')}</th>
            <th scope="col" className="num">
              {t('emissionsPage.money.amount')}
            </th>
            <th scope="col">{t('emissionsPage.money.measures')}</th>
          </tr>
        </thead>
        <tbody>
          {budget.items.map((item, i) => (
            <tr key={i}>
              <th scope="row">{item.title ?? domainLabel(t, item.domain)}</th>
              <td>{domainLabel(t, item.domain)}</td>
              <td>{item.agency?.name ?? t('emissionsPage.unknown')}</td>
              <td className="nowrap">{yearLabel(item.year, locale)}</td>
              <td className="num">
                {ntd(t, item.amountNtd)}
                {item.amountNote && (
                  <>
                    <br />
                    <small>{item.amountNote}</small>
                  </>
                )}
              </td>
              <td>
                {item.measures.length === 0
                  ? t('emissionsPage.none')
                  : item.measures.map((m) => (
                      <a
                        key={`${m.plan}/${m.sector}/${m.no}`}
                        href={hrefFor(
                          { page: 'measure', sector: m.sector, no: m.no },
                          { plan: m.plan },
                        )}
                      >
                        {`${m.sector}-${m.no}`}{' '}
                      </a>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DomainsTable({ budget }: { budget: MoneyBudget }) {
  const { t } = useI18n();
  const id = `money-${budget.code}-domains`;
  const cost = (domain: string) => budget.costPerTonne.domains.find((c) => c.key === domain);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
      <table data-testid="money-domains">
        <caption id={id}>{t('emissionsPage.money.domainsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('emissionsPage.money.domain')}</th>
            <th scope="col" className="num">
              {t('emissionsPage.money.total')}
            </th>
            <th scope="col" className="num">
              {t('emissionsPage.money.unknownItems')}
            </th>
            <th scope="col" className="num">
              {t('emissionsPage.money.perTonne')}
            </th>
          </tr>
        </thead>
        <tbody>
          {budget.domains.map((d) => {
            const row = cost(d.domain);
            const reason = row?.reason;
            return (
              <tr key={d.domain}>
                <th scope="row">{domainLabel(t, d.domain)}</th>
                <td className="num">{ntd(t, d.totalNtd)}</td>
                <td className="num">{d.unknownItems}</td>
                <td className="num">
                  {row?.ntdPerT
                    ? formatDecimal(row.ntdPerT, 0)
                    : reason && reason !== 'ok'
                      ? t(`emissionsPage.money.reason.${reason}`)
                      : t('emissionsPage.unknown')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The net-zero money budget: declared total, what the items account for, by domain, per tonne. */
export function MoneySection({ data }: { data: EmissionsPageData }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="money-heading">
      <h2 id="money-heading">{t('emissionsPage.money.heading')}</h2>
      {data.money.length === 0 && <p>{t('emissionsPage.money.none')}</p>}
      {data.money.map((budget) => (
        <div key={budget.code} data-testid={`money-${budget.code}`}>
          <dl className="pairs">
            <dt>{t('emissionsPage.money.declared')}</dt>
            <dd data-testid="money-declared">{withUnit(t, budget.declaredTotalNtd)}</dd>
            <dt>{t('emissionsPage.money.known')}</dt>
            <dd>{withUnit(t, budget.knownNtd)}</dd>
            <dt>{t('emissionsPage.money.unattributed')}</dt>
            <dd>{withUnit(t, budget.unattributedNtd)}</dd>
          </dl>
          <ItemsTable budget={budget} />
          <DomainsTable budget={budget} />
          <SourceNote
            sources={data.sources}
            codes={[budget.source, ...budget.items.map((i) => i.source)]}
          />
        </div>
      ))}
    </section>
  );
}
