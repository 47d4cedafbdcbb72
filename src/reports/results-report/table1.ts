import { Decimal, ZERO } from '../../core/decimal.js';
import { compareDates, dateParts, yearOf, type IsoDate } from '../../core/dates.js';
import type { MeasureInput, PlanSummary } from '../../core/plan-summary/types.js';
import { latestLevel } from '../../core/progress/series.js';
import { reductionTonnes } from '../../core/reductions/reduction.js';
import { toWanTonnesText } from '../../core/format/tonnes.js';
import { formatRocPeriod, rocYear } from '../../core/roc-date.js';
import type { ResultFigure, Target } from '../../core/targets.js';
import { formatNumber } from '../../core/format/numbers.js';
import { displayUnit } from './format.js';
import {
  measureKeyOf,
  type FigureFact,
  type ReportFacts,
} from '../../db/reports/load-report-facts.js';
import type { Cell, Table1, Table1Measure, Table1Row } from './model.js';

const DASH: Cell = { text: '-', value: null };

/** 112年1–9月 → '112/1~9月執行量'; a whole year → '110年執行量' (the seed's headers). */
function columnLabel(start: IsoDate, end: IsoDate): string {
  const s = dateParts(start);
  const e = dateParts(end);
  const roc = rocYear(s.year);
  if (s.month === 1 && s.day === 1 && e.month === 12 && e.day === 31) return `${roc}年執行量`;
  return `${roc}/${s.month}~${e.month}月執行量`;
}

/**
 * One execution column per calendar year of the figures (as the seed prints 110, 111 and
 * 112/1~9): the column's period is the one most figures of that year share; a figure for
 * another period of the year goes in the same column with its own period shown.
 */
export function periodColumns(
  periods: readonly { start: IsoDate; end: IsoDate }[],
  planStart: IsoDate,
): Table1['periodColumns'] {
  const byYear = new Map<number, Map<string, number>>();
  for (const p of periods) {
    if (compareDates(p.start, planStart) < 0 || yearOf(p.start) !== yearOf(p.end)) continue;
    const counts = byYear.get(yearOf(p.end)) ?? new Map<string, number>();
    const key = `${p.start}/${p.end}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    byYear.set(yearOf(p.end), counts);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, counts]) => {
      const [key = ''] =
        [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0] ?? [];
      const [start = '', end = ''] = key.split('/');
      return { label: columnLabel(start, end), start, end };
    });
}

function figureText(f: FigureFact, columnStart: IsoDate, columnEnd: IsoDate): string {
  const text = f.text ?? formatNumber(f.value);
  const own = f.start === columnStart && f.end === columnEnd;
  return own ? text : `${text} (${formatRocPeriod({ start: f.start, end: f.end })})`;
}

function cellOf(figures: readonly FigureFact[], column: Table1['periodColumns'][number]): Cell {
  const inColumn = figures.filter(
    (f) => yearOf(f.end) === yearOf(column.end) && yearOf(f.start) === yearOf(column.end),
  );
  if (inColumn.length === 0) return DASH;
  const [only] = inColumn;
  return {
    text: inColumn.map((f) => figureText(f, column.start, column.end)).join('；'),
    value: inColumn.length === 1 && only ? new Decimal(only.value).toFixed() : null,
  };
}

function targetCell(target: Target, text: string | undefined, unit: string): Cell {
  const value =
    target.kind === 'cumulative' || target.kind === 'annual_rate' || target.kind === 'level'
      ? target.value.toFixed()
      : null;
  if (text !== undefined) return { text, value };
  if (value === null) return DASH;
  return { text: `${formatNumber(value)} ${displayUnit(unit)}`, value };
}

/** The level (or running total) the figures reach: what 總執行量 prints. */
function totalCell(figures: readonly FigureFact[], target: Target, unit: string): Cell {
  if (figures.length === 0) return DASH;
  const origin = 'baseline' in target && target.baseline ? target.baseline.value : ZERO;
  const series: ResultFigure[] = figures.map((f) => ({
    period: { start: f.start, end: f.end },
    value: new Decimal(f.value),
    basis: f.basis,
  }));
  const level = latestLevel(series, origin);
  if (!level) return DASH;
  return {
    text: `${formatNumber(level.value)} ${displayUnit(unit)}`,
    value: level.value.toFixed(),
  };
}

function reductionOfRows(measure: MeasureInput, keys: readonly (string | null)[], asOf: IsoDate) {
  const byRow = new Map<string | null, Decimal>();
  measure.reductions.forEach((r, i) => {
    if (compareDates(r.period.end, asOf) > 0) return;
    // A reduction tied to no indicator (or to one without a row) prints on the measure's first row.
    const key =
      r.indicatorKey !== undefined && keys.includes(r.indicatorKey)
        ? r.indicatorKey
        : (keys[0] ?? null);
    const tonnes = reductionTonnes(
      r,
      `${measure.sector}[${String(measure.no)}].reductions[${String(i)}]`,
    );
    byRow.set(key, (byRow.get(key) ?? ZERO).plus(tonnes));
  });
  return byRow;
}

function rowReduction(t: Decimal | undefined): Pick<Table1Row, 'reductionT' | 'reductionWan'> {
  return t === undefined
    ? { reductionT: null, reductionWan: '-' }
    : { reductionT: t.toFixed(2), reductionWan: toWanTonnesText(t) };
}

/**
 * Table 1 (執行措施推動成果) in the seed's layout: per sector, per measure, one row per indicator
 * with the execution of each period, the total and the reduction in 萬公噸 CO₂e.
 */
export function buildTable1(
  summary: PlanSummary,
  inputs: readonly MeasureInput[],
  facts: ReportFacts,
  planStart: IsoDate,
  title: string,
  totalNote: string | null,
): Table1 {
  const columns = periodColumns([...facts.figures, ...facts.qualitative], planStart);
  const inputOf = new Map(inputs.map((m) => [measureKeyOf(m.sector, m.no), m]));
  const measureRows = (key: string): Table1Row[] => {
    const input = inputOf.get(key);
    if (!input) return [];
    const keys = input.indicators.map((i) => i.key);
    const reductions = reductionOfRows(input, keys.length > 0 ? keys : [null], summary.asOf);
    if (input.indicators.length === 0) {
      const notes = facts.qualitative.filter((q) => q.measureKey === key);
      return [
        {
          indicatorKey: null,
          label: null,
          unit: null,
          target: DASH,
          periods: columns.map((c) => {
            const texts = notes.filter((q) => yearOf(q.end) === yearOf(c.end)).map((q) => q.text);
            return texts.length === 0 ? DASH : { text: texts.join('；'), value: null };
          }),
          total: DASH,
          ...rowReduction(reductions.get(null)),
        },
      ];
    }
    return input.indicators.map((indicator) => {
      const figures = facts.figures.filter(
        (f) =>
          f.measureKey === key &&
          f.indicatorKey === indicator.key &&
          compareDates(f.start, planStart) >= 0,
      );
      return {
        indicatorKey: indicator.key,
        label: indicator.label,
        unit: indicator.unit,
        target: targetCell(
          indicator.target,
          facts.targetTexts.get(`${key}/${indicator.key}`),
          indicator.unit,
        ),
        periods: columns.map((c) => cellOf(figures, c)),
        total: totalCell(figures, indicator.target, indicator.unit),
        ...rowReduction(reductions.get(indicator.key)),
      };
    });
  };
  return {
    title,
    periodColumns: columns,
    sectors: summary.sectors.map((sector) => ({
      code: sector.code,
      name: sector.name,
      measures: summary.measures
        .filter((m) => m.sector === sector.code)
        .sort((a, b) => a.no - b.no)
        .map((m): Table1Measure => ({
          no: m.no,
          agency: m.agency?.name ?? null,
          name: m.name,
          status: m.status,
          rows: measureRows(measureKeyOf(m.sector, m.no)),
        })),
      reductionT: sector.rollup.reductionT.toFixed(2),
      reductionWan: toWanTonnesText(sector.rollup.reductionT),
    })),
    totalT: summary.total.reductionT.toFixed(2),
    totalWan: toWanTonnesText(summary.total.reductionT),
    totalNote,
  };
}
