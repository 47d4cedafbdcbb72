import type { Kysely, Transaction } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import type { CityDocument, MeasureDocument, PlanDocument } from '../../contracts/city-document.js';
import { validateCityDocument } from '../../contracts/validate-city-document.js';
import type { Tables } from '../tables.js';
import {
  insertCityList,
  insertEachList,
  insertInChunks,
  notesJson,
  splitPeriod,
  citation,
} from './rows.js';
import { writeEmissions } from '../emissions/write-emissions.js';
import { recordCommittee } from '../committee/import-committee.js';
import { auditCommitteeImport } from '../committee/audit-committee-import.js';
import { auditImportedContacts } from '../committee/agency-contacts.js';
import { importCredits } from '../credits/import-credits.js';
import { onSameCity } from '../city-scope.js';
import { appendAgencies } from './agencies.js';
import { auditReplacedCity } from './audit-replaced-city.js';
// Registries (issue 17)
import { importRegistries } from '../registries/city-registries.js';
// Sustainability indicators (issue 15)
import { loadSdgReference } from '../../datasets/sdg-reference.js';
import { recordIndicators } from '../indicators/import-indicators.js';

export interface ImportOptions {
  /**
   * Replace the city if it exists; without it an existing city is refused. Replacing deletes
   * the city's accounts, rounds, submissions, comments, attachments and frozen reports (the
   * document does not carry them); an audit entry records how many of each.
   */
  replace?: boolean;
  /** Who imports, for the audit entries of the committee and the agencies' mail contacts. */
  actor?: string;
}

/**
 * Writes a whole city from a city document in one transaction: every check runs before the
 * first write (validateCityDocument), and any failure rolls everything back, so a city is
 * never half-imported.
 * @returns the canonical document that was stored.
 */
export async function importCity(
  db: Kysely<Tables>,
  input: unknown,
  options: ImportOptions = {},
): Promise<CityDocument> {
  const doc = validateCityDocument(input, await loadSdgReference());
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('cities')
      .select('id')
      .where('id', '=', doc.city.code)
      .executeTakeFirst();
    if (existing && !options.replace) {
      throw new NetZeroError(
        'CONFLICT',
        `city "${doc.city.code}" already exists; import with --replace to overwrite it`,
        [{ path: 'city.code', message: 'already exists' }],
      );
    }
    if (existing) {
      await auditReplacedCity(trx, doc.city.code, options.actor ?? 'system');
      await trx.deleteFrom('cities').where('id', '=', doc.city.code).execute();
    }
    await writeCity(trx, doc);
    if (doc.committee) {
      const committee = await recordCommittee(trx, doc.city.code, doc.committee);
      await auditCommitteeImport(trx, doc.city.code, committee, options.actor ?? 'system', 'city');
    }
    await auditImportedContacts(trx, doc, options.actor ?? 'system');
    // Registries (issue 17): after the plans, whose periods their cases are checked against.
    if (doc.registries) await importRegistries(trx, doc.city.code, doc.registries, 'system:import');
    if (doc.credits) await importCredits(trx, doc.city.code, doc.credits);
    // Sustainability indicators (issue 15): after the committee and plans, whose groups and
    // measures they name.
    if (doc.indicators)
      await recordIndicators(trx, doc.city.code, doc.indicators, options.actor ?? 'system');
  });
  return doc;
}

async function writeCity(trx: Transaction<Tables>, doc: CityDocument): Promise<void> {
  const city_id = doc.city.code;
  await trx
    .insertInto('cities')
    .values({ id: city_id, name: doc.city.name, name_en: doc.city.nameEn ?? null })
    .execute();
  await insertCityList(trx, 'sources', city_id, doc.sources, (s) => ({
    code: s.code,
    title: s.title,
    publisher: s.publisher ?? null,
    published: s.date ?? null,
    date_unknown: s.dateUnknown ?? false,
    kind: s.kind,
    url: s.url ?? null,
    document_number: s.documentNumber ?? null,
    url_unknown: s.urlUnknown ?? false,
    locator: s.locator ?? null,
    notes: notesJson(s.notes),
  }));
  await appendAgencies(trx, city_id, doc.agencies);
  await insertEachList(
    trx,
    'agency_contacts',
    city_id,
    doc.agencies,
    (a) => a.contacts ?? [],
    (c, a) => ({ agency_code: a.code, name: c.name ?? null, address: c.address }),
  );
  await insertCityList(trx, 'emission_figures', city_id, doc.emissionFigures, (f) => ({
    year: f.year,
    basis: f.basis,
    value_t: f.valueT,
    ...citation(f),
  }));
  await insertCityList(trx, 'emission_shares', city_id, doc.emissionShares, (s) => ({
    year: s.year,
    category: s.category,
    percent: s.percent,
    ...citation(s),
  }));
  await insertCityList(trx, 'emission_factors', city_id, doc.emissionFactors, (f) => ({
    code: f.code,
    version: f.version,
    name: f.name,
    value: f.value,
    unit: f.unit,
    year: f.year,
    source_code: f.source ?? null,
    valid_from: f.validFrom ?? null,
    valid_to: f.validTo ?? null,
    gas: f.gas ?? null,
    supersedes_version: f.supersedes ?? null,
    notes: notesJson(f.notes),
  }));
  for (const [position, plan] of doc.plans.entries()) await writePlan(trx, city_id, plan, position);
  // After the plans: money budget items cite measures.
  await writeEmissions(trx, city_id, doc);
}

async function writePlan(
  trx: Transaction<Tables>,
  city_id: string,
  plan: PlanDocument,
  position: number,
): Promise<void> {
  await trx
    .insertInto('plans')
    .values({
      city_id,
      code: plan.code,
      name: plan.name,
      name_en: plan.nameEn ?? null,
      start_date: plan.start,
      end_date: plan.end,
      goal_reduction_t: plan.goalReductionT ?? null,
      source_code: plan.source ?? null,
      published_source_code: plan.published?.source ?? null,
      published_total_t: plan.published?.totalReductionT ?? null,
      published_notes: plan.published ? notesJson(plan.published.notes) : null,
      position,
    })
    .execute();
  await insertCityList(trx, 'plan_sectors', city_id, plan.sectors, (s) => ({
    plan_code: plan.code,
    code: s.code,
    name: s.name,
    name_en: s.nameEn ?? null,
    published_reduction_t: plan.published?.sectorReductionT?.[s.code] ?? null,
  }));
  await insertInChunks(
    trx,
    'measures',
    plan.measures.map((m) => ({
      city_id,
      plan_code: plan.code,
      sector_code: m.sector,
      no: m.no,
      agency_code: m.agency,
      name: m.name,
      notes: notesJson(m.notes),
    })),
  );
  // Ids are matched by natural key, not by the order RETURNING happens to give.
  const measureRows = await trx
    .selectFrom('measures')
    .select(['id', 'sector_code', 'no'])
    .where('city_id', '=', city_id)
    .where('plan_code', '=', plan.code)
    .execute();
  const measureIdByKey = new Map(measureRows.map((r) => [`${r.sector_code}/${r.no}`, r.id]));
  const measureIds = plan.measures.map((m) => measureIdByKey.get(`${m.sector}/${m.no}`) ?? -1);
  const indicatorRows = plan.measures.flatMap((m, i) =>
    m.indicators.map((indicator, position) => {
      const t = indicator.target;
      return {
        city_id,
        measure_id: idAt(measureIds, i),
        key: indicator.key,
        position,
        label: indicator.label,
        unit: indicator.unit,
        target_kind: t.kind,
        target_value: 'value' in t ? t.value : null,
        target_text: t.text ?? null,
        baseline_value: 'baseline' in t && t.baseline ? t.baseline.value : null,
        baseline_date: 'baseline' in t && t.baseline ? t.baseline.date : null,
        due_date: 'dueDate' in t ? (t.dueDate ?? null) : null,
        step: t.kind === 'annual_change' ? t.step : null,
        notes: notesJson(indicator.notes),
      };
    }),
  );
  await insertInChunks(trx, 'indicators', indicatorRows);
  const indicatorRowsBack = await trx
    .selectFrom('indicators')
    .innerJoin('measures', (j) => onSameCity(j, ['measures.id', 'indicators.measure_id']))
    .select(['indicators.id', 'indicators.measure_id', 'indicators.key'])
    .where('indicators.city_id', '=', city_id)
    .where('measures.plan_code', '=', plan.code)
    .execute();
  const indicatorIdByKey = new Map(
    indicatorRowsBack.map((r) => [`${r.measure_id}:${r.key}`, r.id]),
  );
  await writeMeasureChildren(trx, city_id, plan.measures, measureIds, indicatorIdByKey);
}

async function writeMeasureChildren(
  trx: Transaction<Tables>,
  city_id: string,
  measures: readonly MeasureDocument[],
  measureIds: number[],
  indicatorIdByKey: ReadonlyMap<string, number>,
): Promise<void> {
  const lookup = (i: number, key: string | undefined) =>
    key === undefined ? null : (indicatorIdByKey.get(`${idAt(measureIds, i)}:${key}`) ?? null);

  await insertInChunks(
    trx,
    'target_schedule_points',
    measures.flatMap((m, i) =>
      m.indicators.flatMap((indicator) =>
        indicator.target.kind === 'schedule'
          ? indicator.target.points.map((p) => ({
              city_id,
              indicator_id: lookup(i, indicator.key) ?? 0,
              year: p.year,
              value: p.value,
            }))
          : [],
      ),
    ),
  );
  const indicators = measures.flatMap((m, i) =>
    m.indicators.map((indicator) => ({ indicator, id: lookup(i, indicator.key) ?? 0 })),
  );
  await insertEachList(
    trx,
    'results',
    city_id,
    indicators,
    ({ indicator }) => indicator.results,
    (r, { id }) => ({
      indicator_id: id,
      ...splitPeriod(r.period),
      value: r.value,
      basis: r.basis,
      text: r.text ?? null,
      notes: notesJson(r.notes),
    }),
  );
  await insertEachList(
    trx,
    'reductions',
    city_id,
    measures,
    (m) => m.reductions,
    (r, _, i) => ({
      measure_id: idAt(measureIds, i),
      indicator_id: lookup(i, r.indicator),
      ...splitPeriod(r.period),
      method: r.method,
      value_t: r.method === 'reported' ? r.valueT : null,
      resolution_t: r.method === 'reported' ? (r.resolutionT ?? null) : null,
      quantity: r.method === 'computed' ? r.quantity : null,
      quantity_unit: r.method === 'computed' ? r.quantityUnit : null,
      factor_code: r.method === 'computed' ? r.factor.code : null,
      factor_version: r.method === 'computed' ? r.factor.version : null,
      notes: notesJson(r.notes),
    }),
  );
  await insertEachList(
    trx,
    'qualitative_results',
    city_id,
    measures,
    (m) => m.qualitativeResults,
    (q, _, i) => ({
      measure_id: idAt(measureIds, i),
      ...splitPeriod(q.period),
      text: q.text,
      notes: notesJson(q.notes),
    }),
  );
  await insertEachList(
    trx,
    'lagging_explanations',
    city_id,
    measures,
    (m) => m.laggingExplanations,
    (l, _, i) => ({
      measure_id: idAt(measureIds, i),
      indicator_id: lookup(i, l.indicator),
      as_of: l.asOf,
      text: l.text,
      progress_text: l.progressText ?? null,
      ...citation(l),
    }),
  );
}

function idAt(ids: readonly number[], index: number): number {
  const id = ids[index];
  if (id === undefined || id < 0)
    throw new NetZeroError('INTERNAL', `measure ${index} was not found after insert`);
  return id;
}
