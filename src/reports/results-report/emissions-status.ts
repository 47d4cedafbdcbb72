import { Decimal } from '../../core/decimal.js';
import { dateParts, taiwanDateOf, type IsoDate } from '../../core/dates.js';
import { INVENTORY_SECTORS } from '../../core/emissions/sectors.js';
import { formatCitation } from './citation.js';
import { emissionsParagraphs } from './emissions-text.js';
import { APPROVAL_LABELS, emissionCategoryLabel, SCOPE_CATEGORIES } from './emissions-labels.js';
import { percentOf } from '../../core/format/numbers.js';
import type { EmissionsFacts } from './load-emissions-facts.js';
import type { CitedSource, EmissionsChapter, SourcedTonnes } from './model.js';

/** Numbers sources in the order the chapter first cites them: 〔1〕, 〔2〕, … */
function citations(facts: EmissionsFacts) {
  const cited: CitedSource[] = [];
  const cite = (code: string | null | undefined): number | null => {
    if (!code) return null;
    const found = cited.find((c) => c.code === code);
    if (found) return found.no;
    const source = facts.sources.get(code);
    cited.push({
      no: cited.length + 1,
      code,
      title: source?.title ?? code,
      publisher: source?.publisher ?? null,
      date: source?.date ?? null,
      citation: source ? formatCitation(source) : code,
    });
    return cited.length;
  };
  return { cited, cite };
}

/** The year's last day has passed by `asOf` (inclusive): only then does its figure count. */
export function lastEndedYear(asOf: IsoDate): number {
  const { year, month, day } = dateParts(asOf);
  return month === 12 && day === 31 ? year : year - 1;
}

/** The instant's date in Taiwan: approvals are dated there. */
const taipeiDate = (at: string) => taiwanDateOf(new Date(at));

/**
 * Chapter 1 part 1 from the emissions module's facts (load-emissions-facts.ts). Pure: every
 * figure is computed here and formatted by emissions-text.ts, so renderers hold no arithmetic.
 * A year counts once it is over: a report as of 2023-09-30 uses 2022 at the latest.
 * @example buildEmissionsChapter(facts, '2023-09-30', { start: 2021, end: 2025 }).latest?.year // 2022
 */
export function buildEmissionsChapter(
  facts: EmissionsFacts,
  asOf: IsoDate,
  planYears: { start: number; end: number },
): EmissionsChapter {
  const lastYear = lastEndedYear(asOf);
  const { cited, cite } = citations(facts);
  const held = facts.actuals.filter((a) => a.year <= lastYear);
  const baseYear =
    facts.pathway?.baseYear ??
    facts.targets.find((t) => t.baseYear !== null)?.baseYear ??
    held[0]?.year;
  const sourced = (a: (typeof held)[number]): SourcedTonnes => ({
    year: a.year,
    valueT: a.netT.toFixed(),
    origin: a.origin,
    source: cite(
      a.origin === 'inventory'
        ? facts.inventorySources.get(a.year)
        : facts.figureSources.get(a.year),
    ),
  });
  const baseActual = held.find((a) => a.year === baseYear);
  const baseline = baseActual ? sourced(baseActual) : null;
  const lastActual = held.at(-1);
  const latest = lastActual && lastActual !== baseActual ? sourced(lastActual) : null;
  const change =
    baseline && latest
      ? (() => {
          const t = new Decimal(latest.valueT).minus(baseline.valueT);
          const percent = percentOf(t, new Decimal(baseline.valueT), 2);
          return percent === null ? null : { t: t.toFixed(), percent };
        })()
      : null;
  const trajectory = facts.pathway?.trajectory ?? [];
  const levelIn = (year: number) => trajectory.find((t) => t.year === year)?.valueT;
  const targets = facts.targets.flatMap((t) => {
    const level = levelIn(t.year);
    if (level === undefined) return [];
    return [
      {
        ...t,
        valueT: level.toFixed(),
        label:
          t.kind === 'net_zero'
            ? `${String(t.year)} 年淨零排放`
            : `${String(t.year)} 年較 ${String(t.baseYear)} 年減量 ${new Decimal(t.reductionPercent ?? 0).toFixed()}%`,
        source: cite(t.source),
      },
    ];
  });
  const gapYear = latest && facts.pathway?.gap.find((g) => g.year === latest.year);
  const gap =
    gapYear && gapYear.actualT && gapYear.gapT
      ? {
          year: gapYear.year,
          pathwayT: gapYear.trajectoryT.toFixed(),
          actualT: gapYear.actualT.toFixed(),
          gapT: gapYear.gapT.toFixed(),
          gapPercent: gapYear.gapPercent?.toFixed(2, Decimal.ROUND_HALF_UP) ?? null,
        }
      : null;
  const chapter: Omit<EmissionsChapter, 'paragraphs' | 'sources'> = {
    lastYear,
    series: held.map(sourced),
    baseline,
    latest,
    change,
    targets,
    pathway: trajectory.map((t) => ({ year: t.year, valueT: t.valueT.toFixed() })),
    gap,
    shares: sharesOf(facts, lastYear, cite),
    carbonBudget: budgetOf(facts, asOf, planYears, cite),
  };
  return { ...chapter, sources: cited, paragraphs: emissionsParagraphs(chapter, asOf) };
}

/** The latest year with shares: an inventory's sectors (computed) or the shares a source gives. */
function sharesOf(
  facts: EmissionsFacts,
  lastYear: number,
  cite: (code: string | null | undefined) => number | null,
): EmissionsChapter['shares'] {
  const inventory = facts.actuals
    .filter((a) => a.origin === 'inventory' && a.bySector && a.year <= lastYear)
    .at(-1);
  const stated = facts.shares.filter((s) => s.year <= lastYear);
  const statedYear = stated.at(-1)?.year;
  if (inventory?.bySector && (statedYear === undefined || inventory.year >= statedYear)) {
    const sectors = INVENTORY_SECTORS.filter((s) => s !== 'sinks');
    const gross = sectors.reduce((t, s) => t.plus(inventory.bySector?.get(s) ?? 0), new Decimal(0));
    return {
      year: inventory.year,
      origin: 'inventory',
      source: cite(facts.inventorySources.get(inventory.year)),
      sectors: sectors
        .filter((s) => !(inventory.bySector?.get(s) ?? new Decimal(0)).isZero())
        .map((s) => ({
          category: s,
          label: emissionCategoryLabel(s),
          percent: percentOf(inventory.bySector?.get(s) ?? new Decimal(0), gross, 1) ?? '0',
        })),
      scopes: [],
    };
  }
  if (statedYear === undefined) return null;
  const items = stated.filter((s) => s.year === statedYear);
  const item = (s: (typeof items)[number]) => ({
    category: s.category,
    label: emissionCategoryLabel(s.category),
    percent: new Decimal(s.percent).toFixed(),
  });
  return {
    year: statedYear,
    origin: 'figure',
    source: cite(items.find((s) => s.source)?.source),
    sectors: items.filter((s) => !SCOPE_CATEGORIES.has(s.category)).map(item),
    scopes: items.filter((s) => SCOPE_CATEGORIES.has(s.category)).map(item),
  };
}

/**
 * The carbon budget for the report: among the budgets whose period overlaps the plan's, the one
 * in force in the as-of year, else the next to start, else the last that ended.
 */
function budgetOf(
  facts: EmissionsFacts,
  asOf: IsoDate,
  planYears: { start: number; end: number },
  cite: (code: string | null | undefined) => number | null,
): EmissionsChapter['carbonBudget'] {
  const year = dateParts(asOf).year;
  const overlapping = facts.budgets
    .filter((b) => b.startYear <= planYears.end && b.endYear >= planYears.start)
    .sort((a, b) => a.startYear - b.startYear);
  const budget =
    overlapping.find((b) => b.startYear <= year && year <= b.endYear) ??
    overlapping.find((b) => b.startYear > year) ??
    overlapping.at(-1);
  if (!budget) return null;
  const step = budget.history.filter((h) => h.to === budget.approval).at(-1);
  return {
    code: budget.code,
    name: budget.name,
    startYear: budget.startYear,
    endYear: budget.endYear,
    capT: budget.capT.toFixed(),
    capBasis: budget.capBasis,
    periodCapT: budget.periodCapT.toFixed(),
    allocations: budget.sectors.map((s) => ({
      sector: s.sector,
      label: emissionCategoryLabel(s.sector),
      capT: s.capT.toFixed(),
    })),
    approval: budget.approval,
    approvalLabel: APPROVAL_LABELS[budget.approval] ?? budget.approval,
    approvedBy: step?.by ?? null,
    approvedOn: step ? taipeiDate(step.at) : null,
    source: cite(budget.source),
  };
}
