import { sql, type Kysely } from 'kysely';
import type {
  IndicatorDocument,
  IndicatorVersionDocument,
} from '../../contracts/indicator-document.js';
import { selectCityRows } from '../city-scope.js';
import { bothOrNull } from '../city/document-fields.js';
import { groupBy } from '../group-rows.js';
import type { Tables } from '../tables.js';

/** The tables of an indicator's parts, each keyed by indicator_code. */
type IndicatorPartTable =
  | 'sdg_indicator_versions'
  | 'sdg_indicator_links'
  | 'sdg_indicator_targets'
  | 'sdg_indicator_measures'
  | 'sdg_indicator_values';

const versionKey = (r: { indicator_code: string; valid_from: number }) =>
  `${r.indicator_code}@${String(r.valid_from)}`;
const withNotes = (notes: string[] | null) => (notes === null ? {} : { notes });

/**
 * A city's indicators as the document has them (every version, its SDG links, targets and
 * measures, and the yearly values), in registry order; one indicator when `code` is given.
 */
export async function loadIndicators(
  db: Kysely<Tables>,
  city: string,
  code?: string,
): Promise<IndicatorDocument[]> {
  // One indicator's rows, or all of the city's: the same condition on each table.
  const only = code !== undefined;
  const one = code ?? '';
  // Each part's rows in its order; sql.ref because Kysely cannot type a column of a table chosen
  // by a type parameter (as in city-scope), while the rows come back typed by their table.
  const partsOf = <T extends IndicatorPartTable>(
    table: T,
    order: 'valid_from' | 'position' | 'year',
  ) =>
    selectCityRows(db, table, city)
      .selectAll()
      .$if(only, (q) => q.where(sql.ref('indicator_code'), '=', one))
      .orderBy(sql.ref(order))
      .execute();
  const [indicators, versions, links, targets, measures, values] = await Promise.all([
    selectCityRows(db, 'sdg_indicators', city)
      .select('code')
      .$if(only, (q) => q.where('code', '=', one))
      .orderBy('position')
      .execute(),
    partsOf('sdg_indicator_versions', 'valid_from'),
    partsOf('sdg_indicator_links', 'position'),
    partsOf('sdg_indicator_targets', 'year'),
    partsOf('sdg_indicator_measures', 'position'),
    partsOf('sdg_indicator_values', 'year'),
  ]);
  const linksOf = groupBy(links, versionKey);
  const targetsOf = groupBy(targets, versionKey);
  const measuresOf = groupBy(measures, versionKey);
  const versionsOf = groupBy(versions, (v) => v.indicator_code);
  const valuesOf = groupBy(values, (v) => v.indicator_code);
  return indicators.map(({ code: indicator }) => ({
    code: indicator,
    versions: (versionsOf.get(indicator) ?? []).map((v): IndicatorVersionDocument => {
      const own = linksOf.get(versionKey(v)) ?? [];
      return {
        validFrom: v.valid_from,
        validTo: v.valid_to,
        name: v.name,
        nameEn: v.name_en,
        definition: v.definition,
        group: v.group_code,
        agency: v.agency_code,
        kind: v.kind,
        direction: v.direction,
        unit: v.unit,
        baseline: bothOrNull(v.baseline_year, v.baseline_value, (year, value) => ({ year, value })),
        sdgGoals: own.filter((l) => l.target === '').map((l) => l.goal),
        sdgTargets: own.filter((l) => l.target !== '').map((l) => l.target),
        targets: (targetsOf.get(versionKey(v)) ?? []).map((t) => ({
          year: t.year,
          value: t.value,
        })),
        targetsUnknown: v.targets_unknown,
        measures: (measuresOf.get(versionKey(v)) ?? []).map((m) => ({
          plan: m.plan_code,
          sector: m.sector_code,
          no: m.measure_no,
        })),
        source: v.source_code,
        ...withNotes(v.notes),
      };
    }),
    values: (valuesOf.get(indicator) ?? []).map((v) => ({
      year: v.year,
      value: v.value,
      unit: v.unit,
      highlight: v.highlight,
      explanation: v.explanation,
      source: v.source_code,
      ...withNotes(v.notes),
    })),
  }));
}
