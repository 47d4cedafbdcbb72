import { useState } from 'react';
import type { z } from 'zod';
import type { registryFeedsResponse, registryResponse } from '../../../contracts/api/registries.js';
import type { RegistryDefinition } from '../../../core/registries/definition.js';
import { registriesApi, type Filter } from '../../api/registries.js';
import { useApi } from '../../api/use-api.js';
import { can } from '../../../core/permissions.js';
import { planOf } from '../../app/plan-context.js';
import { useSession } from '../../app/session-context.js';
import { hrefFor } from '../../app/routes.js';
import { replaceQuery } from '../../app/use-location.js';
import { DataTable } from '../../components/DataTable.js';
import { Loaded } from '../../components/Feedback.js';
import { FilterSelect } from '../../components/FilterSelect.js';
import { Section } from '../../components/Section.js';
import { formatDate, formatYear } from '../../format/dates.js';
import { formatPeriod } from '../../format/periods.js';
import { useI18n, type Locale } from '../../i18n/i18n.js';
import { RegistryImport, type ImportOutcome } from './RegistryImport.js';
import { words } from './words.js';

type Summary = z.infer<typeof registryResponse>['summary'];
type SummaryRow = Summary['total'];
type Feed = z.infer<typeof registryFeedsResponse>[number];

/** A value as a reader reads it: a choice by its label, a date in the reader's calendar. */
function shown(
  definition: RegistryDefinition,
  key: string,
  value: string | undefined,
  locale: Locale,
) {
  if (value === undefined) return '';
  const field = definition.fields.find((f) => f.key === key);
  const choice = field?.choices?.find((c) => c.code === value);
  if (choice) return words(choice.label, locale);
  if (field?.type === 'date')
    return value.includes('/')
      ? formatPeriod(value.slice(0, 10), value.slice(11), locale)
      : formatDate(value, locale);
  return field?.unit ? `${value} ${field.unit}` : value;
}

/**
 * One registry for everyone: what it is, the figures it feeds beside the published ones (the
 * difference explained), its totals by year, district and field, and its cases, filtered by
 * district and year through the URL.
 */
export function RegistryPage({ kind, query }: { kind: string; query: URLSearchParams }) {
  const { t, locale } = useI18n();
  const { city } = planOf(query);
  const filter: Filter = {
    ...(query.get('district') ? { district: query.get('district') ?? '' } : {}),
    ...(query.get('year') ? { year: Number(query.get('year')) } : {}),
  };
  const key = `${city}/${kind}?${query.toString()}`;
  const [registry, retry] = useApi(`registry/${key}`, (signal) =>
    registriesApi.registry(city, kind, filter, signal),
  );
  const [cases, retryCases] = useApi(`registry-cases/${key}`, (signal) =>
    registriesApi.cases(city, kind, filter, signal),
  );
  const [feeds, retryFeeds] = useApi(`registry-feeds/${city}`, (signal) =>
    registriesApi.feeds(city, signal),
  );
  const { user } = useSession();
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const setFilter = (name: 'district' | 'year', value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    replaceQuery(next);
  };
  return (
    <>
      <p>
        <a href={hrefFor({ page: 'registries' })}>{t('registries.back')}</a>
      </p>
      <Loaded value={registry} retry={retry}>
        {({ definition, summary }) => {
          const feed =
            feeds.state === 'ready' ? feeds.data.find((f) => f.kind === kind) : undefined;
          const label = (row: SummaryRow) => String(row.key ?? t('registries.unset'));
          return (
            <>
              <h1>{words(definition.name, locale)}</h1>
              {(definition.notes ?? []).map((note) => (
                <p key={note.zh}>{words(note, locale)}</p>
              ))}
              {feed && <FedFigures feed={feed} />}
              {user && can(user, city, 'registries.import', definition.agency) && (
                <RegistryImport
                  city={city}
                  definition={definition}
                  outcome={imported}
                  onImported={(outcome) => {
                    setImported(outcome);
                    if (!outcome) return;
                    retry();
                    retryCases();
                    retryFeeds();
                  }}
                />
              )}
              <div className="filters">
                <FilterSelect
                  label={t('registries.year')}
                  value={query.get('year') ?? ''}
                  choices={summary.byYear.map((r) => ({
                    value: String(r.key),
                    label: formatYear(Number(r.key), locale),
                  }))}
                  onChange={(value) => setFilter('year', value)}
                />
                {definition.district && (
                  <FilterSelect
                    label={t('registries.district')}
                    value={query.get('district') ?? ''}
                    choices={summary.byDistrict
                      .filter((r) => r.key !== null)
                      .map((r) => ({ value: String(r.key), label: String(r.key) }))}
                    onChange={(value) => setFilter('district', value)}
                  />
                )}
              </div>
              <p>
                {t('registries.total', { cases: summary.total.cases.toLocaleString() })}
                {summary.total.amount ? ` · ${summary.total.amount} ${tallyUnit(definition)}` : ''}
              </p>
              <SummaryTable
                id="by-year"
                heading={t('registries.byYear')}
                rows={summary.byYear}
                label={(r) => formatYear(Number(r.key), locale)}
              />
              {definition.district && (
                <SummaryTable
                  id="by-district"
                  heading={t('registries.byDistrict')}
                  rows={summary.byDistrict}
                  label={label}
                />
              )}
              {summary.byField.map((f) => {
                const field = definition.fields.find((x) => x.key === f.field);
                return (
                  <SummaryTable
                    key={f.field}
                    id={`by-${f.field}`}
                    heading={t('registries.byField', {
                      field: field ? words(field.label, locale) : f.field,
                    })}
                    rows={f.rows}
                    label={(r) =>
                      r.key === null ? label(r) : shown(definition, f.field, String(r.key), locale)
                    }
                  />
                );
              })}
              <Section id="cases" heading={t('registries.caseList')}>
                <Loaded value={cases} retry={retryCases}>
                  {(page) => (
                    <>
                      <p>
                        {t('registries.shown', { shown: page.cases.length, total: page.total })}
                      </p>
                      <DataTable
                        name={{ labelledBy: 'cases-heading' }}
                        rows={page.cases}
                        rowKey={(c) => c.id}
                        columns={[
                          ...definition.fields.map((field) => ({
                            heading: words(field.label, locale),
                            // A private field's value is left out for readers who may not see it.
                            cell: (c: (typeof page.cases)[number]) =>
                              field.private === true && !(field.key in c.values)
                                ? t('registries.withheld')
                                : shown(definition, field.key, c.values[field.key], locale),
                          })),
                          {
                            heading: t('registries.placedOn'),
                            cell: (c) => formatDate(c.placedOn, locale),
                            className: 'nowrap',
                          },
                          {
                            heading: t('registries.explanation'),
                            cell: (c) =>
                              c.aggregate
                                ? `${t('registries.aggregate', { count: c.caseCount })} ${c.note ?? ''}`
                                : '',
                          },
                        ]}
                      />
                    </>
                  )}
                </Loaded>
              </Section>
            </>
          );
        }}
      </Loaded>
    </>
  );
}

function tallyUnit(d: RegistryDefinition): string {
  const { tally } = d;
  return tally.kind === 'sum' ? (d.fields.find((f) => f.key === tally.field)?.unit ?? '') : '';
}

function SummaryTable({
  id,
  heading,
  rows,
  label,
}: {
  id: string;
  heading: string;
  rows: readonly SummaryRow[];
  label: (row: SummaryRow) => string;
}) {
  const { t } = useI18n();
  return (
    <Section id={id} heading={heading}>
      <DataTable
        name={{ labelledBy: `${id}-heading` }}
        rows={rows}
        rowKey={(r) => String(r.key)}
        columns={[
          { heading, cell: label },
          { heading: t('registries.cases'), cell: (r) => r.cases.toLocaleString(), numeric: true },
          { heading: t('registries.amount'), cell: (r) => r.amount ?? '', numeric: true },
        ]}
      />
    </Section>
  );
}

/** The indicator's published figures beside those computed from the cases, each difference explained. */
function FedFigures({ feed }: { feed: Feed }) {
  const { t, locale } = useI18n();
  const comparison = feed.comparison;
  if (!comparison) return null;
  const figures = [...comparison.figures, ...(comparison.toDate ? [comparison.toDate] : [])];
  return (
    <Section
      id="fed"
      heading={`${t('registries.fed')} — ${t(`sector.${feed.feeds.sector}`)} ${String(feed.feeds.measure)} ${feed.indicator?.label ?? ''} (${comparison.unit})`}
      note={feed.feeds.note ? words(feed.feeds.note, locale) : undefined}
    >
      <DataTable
        name={{ labelledBy: 'fed-heading' }}
        rows={figures}
        rowKey={(f, i) => `${f.period.start}/${f.period.end}/${String(i)}`}
        columns={[
          {
            heading: t('registries.period'),
            cell: (f) => formatPeriod(f.period.start, f.period.end, locale),
            className: 'nowrap',
          },
          { heading: t('registries.published'), cell: (f) => f.published, numeric: true },
          { heading: t('registries.computed'), cell: (f) => f.computed, numeric: true },
          { heading: t('registries.difference'), cell: (f) => f.difference, numeric: true },
          { heading: t('registries.explanation'), cell: (f) => words(f.explanation, locale) },
        ]}
      />
    </Section>
  );
}
