import type { Kysely } from 'kysely';
import type { IsoDate } from '../../core/dates.js';
import { NetZeroError } from '../../core/errors.js';
import { findPlan } from '../plans/list-plans.js';
import { planResultsQuery } from '../plans/load-results.js';
import type { Tables } from '../tables.js';
import { type ResultBasis } from '../../core/targets.js';
import { onSameCity } from '../city-scope.js';
import { planIndicatorsQuery, planMeasuresQuery } from '../measures/measure-rows.js';

/** What Table 1, the sector summaries and Table 5 print beyond the plan summary's inputs. */
export interface ReportFacts {
  cityName: string;
  planName: string;
  /** Every figure known by the as-of date, as printed (`text`) and as a number. */
  figures: FigureFact[];
  /** The five-year target as printed (五年目標量), per indicator. */
  targetTexts: Map<string, string>;
  qualitative: QualitativeFact[];
  explanations: ExplanationFact[];
}

export interface FigureFact {
  measureKey: string;
  indicatorKey: string;
  start: IsoDate;
  end: IsoDate;
  value: string;
  basis: ResultBasis;
  text: string | null;
}

export interface QualitativeFact {
  measureKey: string;
  start: IsoDate;
  end: IsoDate;
  text: string;
}

export interface ExplanationFact {
  measureKey: string;
  indicatorKey: string | null;
  asOf: IsoDate;
  text: string;
}

/** `energy#1`: how the report joins records to the summary's measures. */
export const measureKeyOf = (sector: string, no: number) => `${sector}#${String(no)}`;

/**
 * Loads the printed texts and per-period figures of one plan, known by `asOf`. Five queries,
 * whatever the plan's size. Figures are read whole (not condensed) because Table 1 prints
 * each period's figure.
 */
export async function loadReportFacts(
  db: Kysely<Tables>,
  cityId: string,
  planCode: string,
  asOf: IsoDate,
): Promise<ReportFacts> {
  const [plan, indicators, figures, qualitative, explanations] = await Promise.all([
    findPlan(db, cityId, planCode),
    planIndicatorsQuery(db, cityId, planCode)
      .select(['measures.sector_code', 'measures.no', 'indicators.key', 'indicators.target_text'])
      .execute(),
    planResultsQuery(db, { city: cityId, plan: planCode, asOf })
      .select([
        'measures.sector_code',
        'measures.no',
        'indicators.key',
        'results.period_start',
        'results.period_end',
        'results.value',
        'results.basis',
        'results.text',
      ])
      .orderBy('results.period_end')
      .orderBy('results.period_start')
      .orderBy('results.position')
      .execute(),
    planMeasuresQuery(db, cityId, planCode)
      .innerJoin('qualitative_results', (j) =>
        onSameCity(j, ['qualitative_results.measure_id', 'measures.id']),
      )
      .select([
        'measures.sector_code',
        'measures.no',
        'qualitative_results.period_start',
        'qualitative_results.period_end',
        'qualitative_results.text',
      ])
      .where('qualitative_results.period_end', '<=', asOf)
      .orderBy('qualitative_results.period_end')
      .orderBy('qualitative_results.position')
      .execute(),
    planMeasuresQuery(db, cityId, planCode)
      .innerJoin('lagging_explanations', (j) =>
        onSameCity(j, ['lagging_explanations.measure_id', 'measures.id']),
      )
      .leftJoin('indicators', (j) =>
        onSameCity(j, ['indicators.id', 'lagging_explanations.indicator_id']),
      )
      .select([
        'measures.sector_code',
        'measures.no',
        'indicators.key',
        'lagging_explanations.as_of',
        'lagging_explanations.text',
      ])
      .where('lagging_explanations.as_of', '<=', asOf)
      .orderBy('lagging_explanations.as_of')
      .orderBy('lagging_explanations.position')
      .execute(),
  ]);
  if (!plan)
    throw new NetZeroError('NOT_FOUND', `city "${cityId}" has no plan "${planCode}"`, [
      { path: 'plan', message: 'not found' },
    ]);
  return {
    cityName: plan.cityName,
    planName: plan.name,
    targetTexts: new Map(
      indicators.flatMap((i) =>
        i.target_text === null
          ? []
          : [[`${measureKeyOf(i.sector_code, i.no)}/${i.key}`, i.target_text]],
      ),
    ),
    figures: figures.map((r) => ({
      measureKey: measureKeyOf(r.sector_code, r.no),
      indicatorKey: r.key,
      start: r.period_start,
      end: r.period_end,
      value: r.value,
      basis: r.basis,
      text: r.text,
    })),
    qualitative: qualitative.map((q) => ({
      measureKey: measureKeyOf(q.sector_code, q.no),
      start: q.period_start,
      end: q.period_end,
      text: q.text,
    })),
    explanations: explanations.map((e) => ({
      measureKey: measureKeyOf(e.sector_code, e.no),
      indicatorKey: e.key,
      asOf: e.as_of,
      text: e.text,
    })),
  };
}
