import type { Transaction } from 'kysely';
import { goalOfTarget } from '../../core/indicators/sdg.js';
import type {
  IndicatorDocument,
  IndicatorValueDocument,
  IndicatorVersionDocument,
} from '../../contracts/indicator-document.js';
import { insertCityList, insertEachList, insertInChunks, jsonOrNull } from '../city/rows.js';
import type { Tables } from '../tables.js';

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
  await insertVersions(
    trx,
    city_id,
    indicators.flatMap((i) => i.versions.map((version) => ({ code: i.code, version }))),
  );
  const values = indicators.flatMap((i) =>
    i.values.map((v) => valueRow(city_id, i.code, v, actor)),
  );
  await insertInChunks(trx, 'sdg_indicator_values', values);
}

/** Versions with their SDG links, yearly targets and measure links, each table in one go. */
export async function insertVersions(
  trx: Transaction<Tables>,
  city_id: string,
  versions: readonly { code: string; version: IndicatorVersionDocument }[],
): Promise<void> {
  const keyOf = ({ code, version }: (typeof versions)[number]) => ({
    indicator_code: code,
    valid_from: version.validFrom,
  });
  await insertInChunks(
    trx,
    'sdg_indicator_versions',
    versions.map((entry) => ({ city_id, ...keyOf(entry), ...versionColumns(entry.version) })),
  );
  // Goals as a whole ('' target) then targets, in the document's order, so it reads back the same.
  await insertEachList(
    trx,
    'sdg_indicator_links',
    city_id,
    versions,
    ({ version: v }) => [
      ...v.sdgGoals.map((goal) => ({ goal, target: '' })),
      ...v.sdgTargets.map((target) => ({ goal: goalOfTarget(target), target })),
    ],
    (link, entry) => ({ ...keyOf(entry), ...link }),
  );
  await insertEachList(
    trx,
    'sdg_indicator_measures',
    city_id,
    versions,
    (entry) => entry.version.measures,
    (m, entry) => ({ ...keyOf(entry), plan_code: m.plan, sector_code: m.sector, measure_no: m.no }),
  );
  await insertInChunks(
    trx,
    'sdg_indicator_targets',
    versions.flatMap((entry) =>
      entry.version.targets.map((t) => ({
        city_id,
        ...keyOf(entry),
        year: t.year,
        value: t.value,
      })),
    ),
  );
}

function versionColumns(v: IndicatorVersionDocument) {
  return {
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
    notes: jsonOrNull(v.notes),
  };
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
    notes: jsonOrNull(v.notes),
    recorded_by: actor,
  };
}
