import type { Transaction } from 'kysely';
import { goalOfTarget } from '../../core/indicators/sdg.js';
import type {
  IndicatorDocument,
  IndicatorValueDocument,
  IndicatorVersionDocument,
} from '../../contracts/indicator-document.js';
import { insertCityList, insertInChunks } from '../city/rows.js';
import type { Tables } from '../tables.js';

const notesOrNull = (notes: readonly string[] | undefined) =>
  notes === undefined ? null : JSON.stringify(notes);

/** Inserts indicators (already validated) with all their versions and values, after `firstPosition`. */
export async function insertIndicators(
  trx: Transaction<Tables>,
  city_id: string,
  indicators: readonly IndicatorDocument[],
  actor: string,
  firstPosition = 0,
): Promise<void> {
  await insertCityList(
    trx,
    'sdg_indicators',
    city_id,
    indicators,
    (i) => ({ code: i.code }),
    firstPosition,
  );
  for (const indicator of indicators)
    for (const version of indicator.versions)
      await insertVersion(trx, city_id, indicator.code, version);
  const values = indicators.flatMap((i) =>
    i.values.map((v) => valueRow(city_id, i.code, v, actor)),
  );
  await insertInChunks(trx, 'sdg_indicator_values', values);
}

/** One version with its SDG links, yearly targets and measure links. */
export async function insertVersion(
  trx: Transaction<Tables>,
  city_id: string,
  indicator_code: string,
  v: IndicatorVersionDocument,
): Promise<void> {
  const key = { city_id, indicator_code, valid_from: v.validFrom };
  await trx
    .insertInto('sdg_indicator_versions')
    .values({
      ...key,
      valid_to: v.validTo,
      name: v.name,
      name_en: v.nameEn,
      definition: v.definition,
      group_code: v.group,
      agency_code: v.agency,
      kind: v.kind,
      direction: v.direction,
      unit: v.unit,
      baseline_year: v.baseline?.year ?? null,
      baseline_value: v.baseline?.value ?? null,
      targets_unknown: v.targetsUnknown,
      source_code: v.source,
      notes: notesOrNull(v.notes),
    })
    .execute();
  // Goals as a whole ('' target) then targets, in the document's order, so it reads back the same.
  const links = [
    ...v.sdgGoals.map((goal) => ({ goal, target: '' })),
    ...v.sdgTargets.map((target) => ({ goal: goalOfTarget(target), target })),
  ];
  await insertInChunks(
    trx,
    'sdg_indicator_links',
    links.map((link, position) => ({ ...key, ...link, position })),
  );
  await insertInChunks(
    trx,
    'sdg_indicator_targets',
    v.targets.map((t) => ({ ...key, year: t.year, value: t.value })),
  );
  await insertInChunks(
    trx,
    'sdg_indicator_measures',
    v.measures.map((m, position) => ({
      ...key,
      plan_code: m.plan,
      sector_code: m.sector,
      measure_no: m.no,
      position,
    })),
  );
}

export function valueRow(
  city_id: string,
  indicator_code: string,
  v: IndicatorValueDocument,
  actor: string,
) {
  return {
    city_id,
    indicator_code,
    year: v.year,
    value: v.value,
    unit: v.unit,
    highlight: v.highlight,
    explanation: v.explanation,
    source_code: v.source,
    notes: notesOrNull(v.notes),
    recorded_by: actor,
  };
}
