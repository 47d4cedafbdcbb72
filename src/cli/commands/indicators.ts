import type { IndicatorSummary, IndicatorYearResponse } from '../../contracts/api/indicators.js';
import { presentIndicator, presentIndicatorList } from '../../contracts/present-indicators.js';
import { interpolate, type Catalog } from '../../core/catalog/catalog.js';
import { catalogs } from '../../core/catalog/catalogs.js';
import { todayInTaiwan } from '../../core/dates.js';
import { notFound } from '../../core/errors.js';
import { resolveCity } from '../../db/emissions/resolve-city.js';
import { loadIndicatorLabels } from '../../db/indicators/indicator-labels.js';
import { importIndicators } from '../../db/indicators/import-indicators.js';
import { loadIndicators } from '../../db/indicators/load-indicators.js';
import { importForCity } from './import-for-city.js';
import { loadSdgReference } from '../../datasets/sdg-reference.js';
import { operand, usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { readerLanguage } from '../reader-language.js';
import { renderTable } from '../text-table.js';

type ReadFlags = Flags<{ city: 'string'; year: 'string'; json: 'boolean' }>;

/** --year, or the last whole year in Taiwan. */
function yearOf(text: string | undefined): number {
  if (text === undefined) return Number(todayInTaiwan().slice(0, 4)) - 1;
  if (!/^\d{4}$/.test(text)) throw usage(`--year must be a year such as 2025, not "${text}"`);
  return Number(text);
}

/** 達標 — 12 達到目標 10 處 (words from the catalog, in the reader's language). */
function statusText(year: IndicatorYearResponse | null, words: Catalog): string {
  if (!year) return '—';
  const reason = interpolate(words.indicatorStatusReason[year.reason], {
    value: year.value ?? '',
    target: year.target ?? '',
    unit: year.unit,
  });
  return `${words.indicatorStatus[year.status]} (${reason})`;
}

const nameOf = (s: IndicatorSummary, en: boolean) => (en ? (s.nameEn ?? s.name) : s.name);

/** The reader's catalog, and whether to print English names. */
function readerWords(io: { env: Readonly<Record<string, string | undefined>> }) {
  const language = readerLanguage(io.env);
  return { words: catalogs[language], en: language === 'en' };
}

/*
 * `netzero indicators import|list|show`: a city's sustainability indicators from a document, and
 * read as the public pages show them.
 */

export async function indicatorsImport(input: Flags<{ city: 'string' }>, io: CliIo) {
  const stored = await importForCity(input, io, importIndicators);
  const count = stored.indicators.reduce((n, i) => n + i.values.length, 0);
  io.out(
    `Imported ${String(stored.indicators.length)} indicator(s) with ${String(count)} yearly value(s)${stored.synthetic ? ' (SYNTHETIC data)' : ''}.`,
  );
  return 0;
}

export async function indicatorsList({ values }: ReadFlags, io: CliIo) {
  const year = yearOf(values.year);
  const list = await withDatabase(io, async (db) => {
    const city = await resolveCity(db, values.city);
    const [indicators, labels, reference] = await Promise.all([
      loadIndicators(db, city),
      loadIndicatorLabels(db, city),
      loadSdgReference(),
    ]);
    return presentIndicatorList(indicators, year, labels, reference);
  });
  if (values.json) {
    io.out(JSON.stringify(list, null, 2));
    return 0;
  }
  const { words, en } = readerWords(io);
  const rows = list.indicators.map((s) => [
    s.code,
    nameOf(s, en),
    s.sdgGoals.map((g) => `SDG ${String(g)}`).join(', ') || '—',
    words.indicatorKind[s.kind],
    statusText(s.status, words),
  ]);
  io.out(
    renderTable([
      en
        ? ['code', 'indicator', 'SDGs', 'type', String(year)]
        : ['代碼', '指標', 'SDG', '類型', `${String(year - 1911)}年`],
      ...rows,
    ]),
  );
  return 0;
}

export async function indicatorsShow({ values, positionals }: ReadFlags, io: CliIo) {
  const code = operand(positionals);
  const year = yearOf(values.year);
  const shown = await withDatabase(io, async (db) => {
    const city = await resolveCity(db, values.city);
    const [indicator] = await loadIndicators(db, city, code);
    if (!indicator) throw notFound(`indicator "${code}"`);
    return presentIndicator(
      indicator,
      year,
      await loadIndicatorLabels(db, city),
      await loadSdgReference(),
    );
  });
  if (values.json) {
    io.out(JSON.stringify(shown, null, 2));
    return 0;
  }
  const { words, en } = readerWords(io);
  const versions = shown.versions.map((v) => [
    `${String(v.validFrom)}–${v.validTo === null ? '' : String(v.validTo)}`,
    en ? (v.nameEn ?? v.name) : v.name,
    words.indicatorKind[v.kind],
    v.direction ? words.indicatorDirection[v.direction] : '—',
    v.unit,
    [...v.sdgGoals.map((g) => `SDG ${String(g)}`), ...v.sdgTargets].join(', ') || '—',
  ]);
  const years = shown.years.map((y) => [
    String(y.year),
    statusText(y, words),
    y.highlight ?? '',
    y.explanation ?? '',
  ]);
  io.out(
    `${shown.summary.code}  ${nameOf(shown.summary, en)}  (${en ? (shown.summary.agency.nameEn ?? shown.summary.agency.name) : shown.summary.agency.name})`,
  );
  io.out(renderTable(versions));
  io.out('');
  io.out(renderTable(years));
  return 0;
}
