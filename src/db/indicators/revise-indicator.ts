import { invalid } from '../../core/errors.js';
import type {
  IndicatorDocument,
  IndicatorValueDocument,
  IndicatorVersionDocument,
} from '../../contracts/indicator-document.js';
import { deleteCityRows, updateCityRows } from '../city-scope.js';
import { changeIndicator, openVersion, type IndicatorAt } from './change-indicator.js';
import { insertVersions, valueRow } from './write-indicators.js';

/**
 * A new version from `version.validFrom` on (a changed definition, unit, target or type): the
 * version in force ends the year before, and keeps its years, so earlier values are still judged
 * against it.
 */
export function reviseIndicator(
  at: IndicatorAt,
  version: IndicatorVersionDocument,
): Promise<IndicatorDocument> {
  const { city, code } = at;
  return changeIndicator(at, {
    action: 'indicators.revise',
    apply: (indicator) => {
      const open = openVersion(indicator);
      if (version.validFrom <= open.validFrom)
        throw invalid(
          'version.validFrom',
          `a revision starts after the version in force (from ${String(open.validFrom)})`,
        );
      return {
        ...indicator,
        versions: [
          ...indicator.versions.slice(0, -1),
          closedAt(open, version.validFrom - 1),
          version,
        ],
      };
    },
    write: async (trx, after) => {
      const closed = after.versions.at(-2);
      if (closed) await closeVersion(trx, city, code, closed);
      await insertVersions(trx, city, [{ code, version }]);
    },
  });
}

/** Retires an indicator after `lastYear`: no value is taken for a later year. */
export function retireIndicator(at: IndicatorAt, lastYear: number): Promise<IndicatorDocument> {
  const { city, code } = at;
  return changeIndicator(at, {
    action: 'indicators.retire',
    apply: (indicator) => ({
      ...indicator,
      versions: [
        ...indicator.versions.slice(0, -1),
        { ...openVersion(indicator), validTo: lastYear },
      ],
    }),
    write: async (trx, after) => {
      const retired = after.versions.at(-1);
      if (retired) await closeVersion(trx, city, code, retired);
    },
  });
}

/** Records (or corrects) one year's value, highlight and explanation. */
export function recordIndicatorValue(
  at: IndicatorAt,
  value: IndicatorValueDocument,
): Promise<IndicatorDocument> {
  const { city, code, actor } = at;
  return changeIndicator(at, {
    action: 'indicators.value_record',
    apply: (indicator) => ({
      ...indicator,
      values: [...indicator.values.filter((v) => v.year !== value.year), value].sort(
        (a, b) => a.year - b.year,
      ),
    }),
    write: async (trx) => {
      const row = valueRow(city, code, value, actor);
      await trx
        .insertInto('sdg_indicator_values')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['city_id', 'indicator_code', 'year']).doUpdateSet({
            value: row.value,
            unit: row.unit,
            highlight: row.highlight,
            explanation: row.explanation,
            source_code: row.source_code,
            notes: row.notes,
            recorded_by: actor,
            recorded_at: new Date().toISOString(),
          }),
        )
        .execute();
    },
  });
}

/**
 * A version closed after `lastYear`: its targets for later years go with it (they were its plan
 * for years it no longer governs; the audit entry keeps them).
 */
function closedAt(version: IndicatorVersionDocument, lastYear: number): IndicatorVersionDocument {
  return {
    ...version,
    validTo: lastYear,
    targets: version.targets.filter((t) => t.year <= lastYear),
  };
}

async function closeVersion(
  trx: Parameters<Parameters<typeof changeIndicator>[1]['write']>[0],
  city: string,
  code: string,
  version: IndicatorVersionDocument,
): Promise<void> {
  await updateCityRows(trx, 'sdg_indicator_versions', city)
    .set({ valid_to: version.validTo })
    .where('indicator_code', '=', code)
    .where('valid_from', '=', version.validFrom)
    .execute();
  await deleteCityRows(trx, 'sdg_indicator_targets', city)
    .where('indicator_code', '=', code)
    .where('valid_from', '=', version.validFrom)
    .where('year', '>', version.validTo ?? Number.MAX_SAFE_INTEGER)
    .execute();
}
