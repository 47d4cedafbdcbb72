import type { Kysely, Selectable } from 'kysely';
import type {
  IndicatorDocument,
  MeasureDocument,
  PlanDocument,
  TargetDocument,
} from '../../contracts/city-document.js';
import type { IndicatorsTable, Tables } from '../tables.js';
import { bothOrNull, notes, opt, required, cited } from './document-fields.js';
import { onSameCity, selectCityRows } from '../city-scope.js';
import { loadMeasureIndicatorRows } from '../measures/measure-rows.js';
import { childrenBy } from '../group-rows.js';

/** One plan of the city document: its sectors, measures, indicators, targets and figures. */
export async function exportPlan(
  db: Kysely<Tables>,
  cityId: string,
  plan: Selectable<Tables['plans']>,
): Promise<PlanDocument> {
  const sectors = await selectCityRows(db, 'plan_sectors', cityId)
    .selectAll()
    .where('plan_code', '=', plan.code)
    .orderBy('position')
    .execute();
  const measures = await selectCityRows(db, 'measures', cityId)
    .selectAll()
    .where('plan_code', '=', plan.code)
    .execute();
  const measureIds = measures.map((m) => m.id);
  const inMeasures = measureIds.length ? measureIds : [-1];
  const [{ indicators, points }, results, reductions, qualitative, lagging] = await Promise.all([
    loadMeasureIndicatorRows(db, cityId, measureIds),
    db
      .selectFrom('results')
      .innerJoin('indicators', (j) => onSameCity(j, ['indicators.id', 'results.indicator_id']))
      .selectAll('results')
      .where('indicators.city_id', '=', cityId)
      .where('indicators.measure_id', 'in', inMeasures)
      .orderBy('results.position')
      .execute(),
    selectCityRows(db, 'reductions', cityId)
      .selectAll()
      .where('measure_id', 'in', inMeasures)
      .orderBy('position')
      .execute(),
    selectCityRows(db, 'qualitative_results', cityId)
      .selectAll()
      .where('measure_id', 'in', inMeasures)
      .orderBy('position')
      .execute(),
    selectCityRows(db, 'lagging_explanations', cityId)
      .selectAll()
      .where('measure_id', 'in', inMeasures)
      .orderBy('position')
      .execute(),
  ]);
  const keyOf = new Map(indicators.map((i) => [i.id, i.key]));
  const indicatorsOf = childrenBy(indicators, 'measure_id');
  const resultsOf = childrenBy(results, 'indicator_id');
  const reductionsOf = childrenBy(reductions, 'measure_id');
  const qualitativeOf = childrenBy(qualitative, 'measure_id');
  const laggingOf = childrenBy(lagging, 'measure_id');
  const sectorPosition = new Map(sectors.map((s) => [s.code, s.position]));
  measures.sort(
    (a, b) =>
      (sectorPosition.get(a.sector_code) ?? 0) - (sectorPosition.get(b.sector_code) ?? 0) ||
      a.no - b.no,
  );

  const published =
    plan.published_notes !== null ||
    plan.published_total_t !== null ||
    plan.published_source_code !== null ||
    sectors.some((s) => s.published_reduction_t !== null);
  const sectorReductionT = Object.fromEntries(
    sectors.flatMap((s) =>
      s.published_reduction_t === null ? [] : [[s.code, s.published_reduction_t]],
    ),
  );

  return {
    code: plan.code,
    name: plan.name,
    ...opt('nameEn', plan.name_en),
    start: plan.start_date,
    end: plan.end_date,
    ...opt('goalReductionT', plan.goal_reduction_t),
    ...opt('source', plan.source_code),
    sectors: sectors.map((s) => ({
      code: s.code as PlanDocument['sectors'][number]['code'],
      name: s.name,
      ...opt('nameEn', s.name_en),
    })),
    ...(published
      ? {
          published: {
            ...opt('source', plan.published_source_code),
            ...opt('totalReductionT', plan.published_total_t),
            ...(Object.keys(sectorReductionT).length ? { sectorReductionT } : {}),
            ...notes(plan.published_notes ?? []),
          },
        }
      : {}),
    measures: measures.map((m): MeasureDocument => ({
      sector: m.sector_code as MeasureDocument['sector'],
      no: m.no,
      agency: m.agency_code,
      name: m.name,
      ...notes(m.notes),
      indicators: indicatorsOf(m.id).map((i): IndicatorDocument => ({
        key: i.key,
        label: i.label,
        unit: i.unit,
        target: targetOf(
          i,
          points.filter((p) => p.indicator_id === i.id),
        ),
        results: resultsOf(i.id).map((r) => ({
          period: `${r.period_start}/${r.period_end}`,
          value: r.value,
          basis: r.basis,
          ...opt('text', r.text),
          ...notes(r.notes),
        })),
        ...notes(i.notes),
      })),
      reductions: reductionsOf(m.id).map((r) => {
        const common = {
          ...opt('indicator', r.indicator_id === null ? null : keyOf.get(r.indicator_id)),
          period: `${r.period_start}/${r.period_end}`,
        };
        return r.method === 'reported'
          ? {
              method: 'reported' as const,
              ...common,
              valueT: required(r.value_t),
              ...opt('resolutionT', r.resolution_t),
              ...notes(r.notes),
            }
          : {
              method: 'computed' as const,
              ...common,
              quantity: required(r.quantity),
              quantityUnit: required(r.quantity_unit),
              factor: { code: required(r.factor_code), version: required(r.factor_version) },
              ...notes(r.notes),
            };
      }),
      qualitativeResults: qualitativeOf(m.id).map((q) => ({
        period: `${q.period_start}/${q.period_end}`,
        text: q.text,
        ...notes(q.notes),
      })),
      laggingExplanations: laggingOf(m.id).map((l) => ({
        ...opt('indicator', l.indicator_id === null ? null : keyOf.get(l.indicator_id)),
        asOf: l.as_of,
        text: l.text,
        ...opt('progressText', l.progress_text),
        ...cited(l),
      })),
    })),
  };
}

function targetOf(
  i: Selectable<IndicatorsTable>,
  points: readonly { year: number; value: string }[],
): TargetDocument {
  const text = opt('text', i.target_text);
  const baseline = bothOrNull(i.baseline_value, i.baseline_date, (value, date) => ({
    value,
    date,
  }));
  switch (i.target_kind) {
    case 'cumulative':
      return {
        kind: 'cumulative',
        value: required(i.target_value),
        ...opt('dueDate', i.due_date),
        ...text,
      };
    case 'annual_rate':
      return { kind: 'annual_rate', value: required(i.target_value), ...text };
    case 'level':
      return {
        kind: 'level',
        value: required(i.target_value),
        baseline: required(baseline),
        ...opt('dueDate', i.due_date),
        ...text,
      };
    case 'schedule':
      return {
        kind: 'schedule',
        points: points.map((p) => ({ year: p.year, value: p.value })),
        ...opt('baseline', baseline),
        ...text,
      };
    case 'annual_change':
      return {
        kind: 'annual_change',
        baseline: required(baseline),
        step: required(i.step),
        ...text,
      };
    case 'observation':
      return { kind: 'observation', ...text };
  }
}
