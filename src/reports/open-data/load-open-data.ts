import type { Kysely } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import { reductionTonnes } from '../../core/reductions/reduction.js';
import { formatRocPeriod } from '../../core/roc-date.js';
import { requireCity } from '../../db/city/cities.js';
import { loadOpenDataRows } from '../../db/open-data/load-open-data-rows.js';
import { storedReductions } from '../../db/plans/stored-reductions.js';
import type { Tables } from '../../db/tables.js';
import type { DatasetSpec } from './datasets.js';

export type Row = Record<string, string | null>;
export type OpenData = Record<DatasetSpec['id'], Row[]>;

/** The row fields that name a measure. */
interface MeasureRow {
  plan_code: string;
  sector_code: string;
  sector: string;
  no: number;
  name: string;
}

const exact = (v: string | null) => (v === null ? null : new Decimal(v).toFixed());

/**
 * Every published record of a city as open-data rows: measures with their indicators, the
 * results (the `results` table holds published figures only), and the reductions in tonnes.
 */
export async function loadOpenData(db: Kysely<Tables>, cityId: string): Promise<OpenData> {
  await requireCity(db, cityId);
  const { indicators, results, reductions, factors } = await loadOpenDataRows(db, cityId);
  const factorOf = new Map(factors.map((x) => [`${x.code}@${x.version}`, x]));
  const reductionOf = storedReductions(factors);
  // One function per group of fields in datasets.ts (MEASURE_KEY, INDICATOR, PERIOD).
  const key = (r: MeasureRow) => ({
    city: cityId,
    plan: r.plan_code,
    sector_code: r.sector_code,
    sector: r.sector,
    measure_no: String(r.no),
    measure: r.name,
  });
  const indicatorKey = (r: MeasureRow & { key: string | null; label: string | null }) => ({
    ...key(r),
    indicator_key: r.key,
    indicator: r.label,
  });
  const period = (r: { period_start: string; period_end: string }) => ({
    period_start: r.period_start,
    period_end: r.period_end,
  });
  return {
    measures: indicators.map((r) => ({
      ...indicatorKey(r),
      agency: r.agency,
      unit: r.unit,
      target_kind: r.target_kind,
      target_value: exact(r.target_value),
      target_text: r.target_text,
      baseline_value: exact(r.baseline_value),
      baseline_date: r.baseline_date,
    })),
    results: results.map((r) => ({
      ...indicatorKey(r),
      ...period(r),
      period_roc: formatRocPeriod({ start: r.period_start, end: r.period_end }),
      value: exact(r.value),
      unit: r.unit,
      basis: r.basis,
      text: r.text,
    })),
    reductions: reductions.map((r, i) => {
      const factor = factorOf.get(`${r.factor_code ?? ''}@${r.factor_version ?? ''}`);
      const reduction = reductionOf(r);
      const tonnes = reduction ? reductionTonnes(reduction, `reductions[${String(i)}]`) : null;
      return {
        ...key(r),
        indicator_key: r.key,
        ...period(r),
        method: r.method,
        reduction_t: tonnes === null ? null : tonnes.toFixed(),
        resolution_t: exact(r.resolution_t),
        quantity: exact(r.quantity),
        quantity_unit: r.quantity_unit,
        factor_code: r.factor_code,
        factor_version: r.factor_version,
        factor_value: factor ? exact(factor.value) : null,
        factor_unit: factor?.unit ?? null,
      };
    }),
  };
}
