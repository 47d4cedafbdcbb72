import type { EmissionsPageData } from '../../api/emissions-page.js';
import { hrefFor } from '../../app/routes.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { Noted } from '../../components/Noted.js';
import { formatDecimal } from '../../../core/format/numbers.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';
import { codeLabel, yearLabel } from './format.js';
import { SourceNote } from './SourceNote.js';
import { Section } from '../../components/Section.js';

type MoneyBudget = EmissionsPageData['money'][number];
type MoneyItem = MoneyBudget['items'][number];

const domainLabel = (t: Translate, domain: string) => codeLabel(t, 'emissionsPage.domain', domain);

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
  const columns: Column<MoneyItem>[] = [
    { heading: t('emissionsPage.money.item'), cell: (i) => i.title ?? domainLabel(t, i.domain) },
    { heading: t('emissionsPage.money.domain'), cell: (i) => domainLabel(t, i.domain) },
    {
      heading: t('emissionsPage.money.agency'),
      cell: (i) => i.agency?.name ?? t('emissionsPage.unknown'),
    },
    {
      heading: t('emissionsPage.year'),
      className: 'nowrap',
      cell: (i) => yearLabel(i.year, locale),
    },
    {
      heading: t('emissionsPage.money.amount'),
      numeric: true,
      cell: (i) => <Noted value={ntd(t, i.amountNtd)} note={i.amountNote} />,
    },
    {
      heading: t('emissionsPage.money.measures'),
      cell: (i) =>
        i.measures.length === 0
          ? t('emissionsPage.none')
          : i.measures.map((m) => (
              <a
                key={`${m.plan}/${m.sector}/${m.no}`}
                href={hrefFor({ page: 'measure', sector: m.sector, no: m.no }, { plan: m.plan })}
              >
                {`${m.sector}-${m.no}`}{' '}
              </a>
            )),
    },
  ];
  return (
    <DataTable
      caption={t('emissionsPage.money.caption', {
        name: budget.name,
        year: yearLabel(budget.year, locale),
      })}
      captionId={id}
      className="money-items"
      testId="money-items"
      columns={columns}
      rows={budget.items}
      rowKey={(_, index) => index}
    />
  );
}

function DomainsTable({ budget }: { budget: MoneyBudget }) {
  const { t } = useI18n();
  const perTonne = (domain: string) => {
    const row = budget.costPerTonne.domains.find((c) => c.key === domain);
    if (row?.ntdPerT) return formatDecimal(row.ntdPerT, 0);
    return row?.reason && row.reason !== 'ok'
      ? t(`emissionsPage.money.reason.${row.reason}`)
      : t('emissionsPage.unknown');
  };
  return (
    <DataTable
      caption={t('emissionsPage.money.domainsCaption')}
      captionId={`money-${budget.code}-domains`}
      testId="money-domains"
      columns={[
        { heading: t('emissionsPage.money.domain'), cell: (d) => domainLabel(t, d.domain) },
        {
          heading: t('emissionsPage.money.total'),
          numeric: true,
          cell: (d) => ntd(t, d.totalNtd),
        },
        {
          heading: t('emissionsPage.money.unknownItems'),
          numeric: true,
          cell: (d) => d.unknownItems,
        },
        {
          heading: t('emissionsPage.money.perTonne'),
          numeric: true,
          cell: (d) => perTonne(d.domain),
        },
      ]}
      rows={budget.domains}
      rowKey={(d) => d.domain}
    />
  );
}

/** The net-zero money budget: declared total, what the items account for, by domain, per tonne. */
export function MoneySection({ data }: { data: EmissionsPageData }) {
  const { t } = useI18n();
  return (
    <Section id="money" heading={t('emissionsPage.money.heading')}>
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
    </Section>
  );
}
