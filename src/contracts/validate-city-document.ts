import { formatPeriodIso, parseIsoPeriod, type Period } from '../core/dates.js';
import { overlappingIncrement } from '../core/progress/overlaps.js';
import type { ResultBasis } from '../core/targets.js';
import type { Issue } from '../core/errors.js';
import { documentFailure, fromZodIssue, issuesInto, unique } from './document-problems.js';
import { checkGasFactorUnit } from '../core/emissions/factor-unit.js';
import { checkFactorUnit } from '../core/reductions/emission-factor.js';
import { parsePeriod } from '../core/roc-date.js';
import { getUnit } from '../core/units.js';
import { enteredQuantity, multiplyByRate, quantity } from '../core/quantity.js';
import { canonicaliseCityDocument } from './canonical-city-document.js';
import { validateEmissions } from './validate-emissions.js';
import { validateCityCommittee } from './validate-city-committee.js';
import { checkEmailAddress } from '../core/committee/checks.js';
import {
  checkCityAmounts,
  checkPlanAmounts,
  checkReductions,
  checkTarget,
} from './validate-amounts.js';
import { validateRegistryDefinition } from '../core/registries/definition.js';
// Sustainability indicators (issue 15)
import type { SdgReference } from '../core/indicators/sdg.js';
import { cityIndicatorProblems } from './validate-city-indicators.js';
import {
  cityDocumentSchema,
  type CityDocument,
  type MeasureDocument,
  type PlanDocument,
} from './city-document.js';

/**
 * Checks a city document completely — shape, then meaning — and returns its canonical form
 * (periods as ISO intervals, unit codes as registered, the order and tidiness of
 * canonical-city-document.ts). Every problem is collected with its
 * path, so a person fixing a file sees all of them at once; if there is any, nothing is
 * returned and the caller writes nothing. Sustainability indicators are checked against `sdg`
 * (the SDG reference), which a document that has them needs.
 */
export function validateCityDocument(input: unknown, sdg?: SdgReference): CityDocument {
  const parsed = cityDocumentSchema.safeParse(input);
  if (!parsed.success) throw documentFailure('city', parsed.error.issues.map(fromZodIssue));
  const doc = structuredClone(parsed.data);
  const issues: Issue[] = [];
  const check = issuesInto(issues);

  const sources = unique(
    doc.sources.map((s) => s.code),
    'sources',
    'source code',
    issues,
  );
  const agencies = unique(
    doc.agencies.map((a) => a.code),
    'agencies',
    'agency code',
    issues,
  );
  const known = (set: Set<string>, what: string, path: string, code: string | null | undefined) => {
    if (code != null && !set.has(code)) issues.push({ path, message: `unknown ${what} "${code}"` });
  };

  unique(
    doc.emissionFigures.map((f) => `${f.year}/${f.basis}`),
    'emissionFigures',
    'year and basis',
    issues,
  );
  doc.emissionFigures.forEach((f, i) =>
    known(sources, 'source', `emissionFigures[${i}].source`, f.source),
  );
  doc.emissionShares.forEach((s, i) =>
    known(sources, 'source', `emissionShares[${i}].source`, s.source),
  );
  const factors = unique(
    doc.emissionFactors.map((f) => `${f.code}@${f.version}`),
    'emissionFactors',
    'code and version',
    issues,
  );
  doc.emissionFactors.forEach((f, i) => {
    known(sources, 'source', `emissionFactors[${i}].source`, f.source);
    check(`emissionFactors[${i}].unit`, () =>
      checkGasFactorUnit(f.unit, f.gas ?? null, `emissionFactors[${i}].unit`),
    );
  });

  unique(
    doc.plans.map((p) => p.code),
    'plans',
    'plan code',
    issues,
  );
  checkCityAmounts(doc, issues);
  validateEmissions(doc, { issues, known, sources, agencies });
  doc.plans.forEach((plan, p) => {
    const ctx = { path: `plans[${p}]`, issues, check, known, sources, agencies, factors, doc };
    validatePlan(plan, ctx);
    checkPlanAmounts(plan, `plans[${p}]`, issues);
  });

  doc.agencies.forEach((agency, a) =>
    agency.contacts?.forEach((contact, c) =>
      check(`agencies[${a}].contacts[${c}].address`, () => {
        contact.address = checkEmailAddress(
          contact.address,
          `agencies[${a}].contacts[${c}].address`,
        );
      }),
    ),
  );
  if (doc.committee) doc.committee = validateCityCommittee(doc, doc.committee, issues);
  // Registries (issue 17): what each definition means; the cases are checked when written.
  doc.registries?.forEach((registry, i) => {
    const found: Issue[] = [];
    issuesInto(found)('tally', () => validateRegistryDefinition(registry.definition));
    for (const issue of found)
      issues.push({ ...issue, path: `registries[${String(i)}].definition.${issue.path}` });
  });

  // Sustainability indicators (issue 15).
  issues.push(...cityIndicatorProblems(doc, sdg));

  if (issues.length) throw documentFailure('city', issues);
  return canonicaliseCityDocument(doc);
}

interface Context {
  path: string;
  issues: Issue[];
  check: (path: string, fn: () => void) => void;
  known: (set: Set<string>, what: string, path: string, code: string | null | undefined) => void;
  sources: Set<string>;
  agencies: Set<string>;
  factors: Set<string>;
  doc: CityDocument;
}

function validatePlan(plan: PlanDocument, ctx: Context): void {
  const { path, issues } = ctx;
  if (plan.end < plan.start)
    issues.push({
      path: `${path}.end`,
      message: `ends (${plan.end}) before it starts (${plan.start})`,
    });
  ctx.known(ctx.sources, 'source', `${path}.source`, plan.source);
  ctx.known(ctx.sources, 'source', `${path}.published.source`, plan.published?.source);
  const sectors = unique(
    plan.sectors.map((s) => s.code),
    `${path}.sectors`,
    'sector',
    issues,
  );
  for (const code of Object.keys(plan.published?.sectorReductionT ?? {})) {
    if (!sectors.has(code))
      issues.push({
        path: `${path}.published.sectorReductionT.${code}`,
        message: `sector "${code}" is not in this plan`,
      });
  }
  unique(
    plan.measures.map((m) => `${m.sector} no. ${m.no}`),
    `${path}.measures`,
    'measure number in a sector',
    issues,
  );
  plan.measures.forEach((measure, m) => {
    const at = `${path}.measures[${m}]`;
    if (!sectors.has(measure.sector))
      issues.push({
        path: `${at}.sector`,
        message: `sector "${measure.sector}" is not in this plan`,
      });
    ctx.known(ctx.agencies, 'agency', `${at}.agency`, measure.agency);
    validateMeasure(measure, { ...ctx, path: at });
  });
}

function validateMeasure(measure: MeasureDocument, ctx: Context): void {
  const { path, issues, check } = ctx;
  const keys = unique(
    measure.indicators.map((i) => i.key),
    `${path}.indicators`,
    'indicator key',
    issues,
  );
  measure.indicators.forEach((indicator, i) => {
    const at = `${path}.indicators[${i}]`;
    check(`${at}.unit`, () => {
      indicator.unit = getUnit(indicator.unit, `${at}.unit`).code;
    });
    const valueCheck = (value: string, where: string) =>
      check(where, () => enteredQuantity(value, indicator.unit, where));
    const target = indicator.target;
    if (target.kind === 'cumulative' || target.kind === 'annual_rate' || target.kind === 'level')
      valueCheck(target.value, `${at}.target.value`);
    if (target.kind === 'schedule') {
      unique(
        target.points.map((pt) => String(pt.year)),
        `${at}.target.points`,
        'year',
        issues,
      );
      target.points.forEach((pt, k) => valueCheck(pt.value, `${at}.target.points[${k}].value`));
    }
    indicator.results.forEach((result, r) => {
      const rp = `${at}.results[${r}]`;
      check(`${rp}.period`, () => {
        result.period = formatPeriodIso(parsePeriod(result.period, `${rp}.period`));
      });
      // Counts, areas and masses are never negative, as increments or totals; percentages may
      // be (公部門節電 −3.29 %). The unit decides (units.ts).
      valueCheck(result.value, `${rp}.value`);
    });
    unique(
      indicator.results.map((r) => r.period),
      `${at}.results`,
      'period',
      issues,
    );
    checkIncrementOverlaps(indicator.results, `${at}.results`, issues);
    checkTarget(indicator, at, issues);
  });
  measure.reductions.forEach((reduction, r) => {
    const at = `${path}.reductions[${r}]`;
    if (reduction.indicator !== undefined && !keys.has(reduction.indicator)) {
      issues.push({
        path: `${at}.indicator`,
        message: `no indicator "${reduction.indicator}" in this measure`,
      });
    }
    check(`${at}.period`, () => {
      reduction.period = formatPeriodIso(parsePeriod(reduction.period, `${at}.period`));
    });
    if (reduction.method === 'reported') {
      check(`${at}.valueT`, () => quantity(reduction.valueT, 'tCO2e', `${at}.valueT`));
    } else {
      const factorKey = `${reduction.factor.code}@${reduction.factor.version}`;
      if (!ctx.factors.has(factorKey))
        issues.push({ path: `${at}.factor`, message: `unknown emission factor ${factorKey}` });
      check(`${at}.quantityUnit`, () => {
        reduction.quantityUnit = getUnit(reduction.quantityUnit, `${at}.quantityUnit`).code;
        const activity = quantity(reduction.quantity, reduction.quantityUnit, `${at}.quantity`);
        // The quantity must be what the factor is per (kWh for kgCO2e/kWh), or the product
        // is not tonnes CO₂e. A factor with a bad unit is reported at the factor itself.
        const factor = ctx.doc.emissionFactors.find(
          (f) => f.code === reduction.factor.code && f.version === reduction.factor.version,
        );
        if (factor && !factorUnitFails(factor.unit))
          multiplyByRate(
            activity,
            { value: activity.value, unit: factor.unit },
            `${at}.quantityUnit`,
          );
      });
    }
  });
  checkReductions(measure, path, issues);
  measure.qualitativeResults.forEach((q, k) =>
    check(`${path}.qualitativeResults[${k}].period`, () => {
      q.period = formatPeriodIso(parsePeriod(q.period, `${path}.qualitativeResults[${k}].period`));
    }),
  );
  measure.laggingExplanations.forEach((l, k) => {
    if (l.indicator !== undefined && !keys.has(l.indicator)) {
      issues.push({
        path: `${path}.laggingExplanations[${k}].indicator`,
        message: `no indicator "${l.indicator}" in this measure`,
      });
    }
    ctx.known(ctx.sources, 'source', `${path}.laggingExplanations[${k}].source`, l.source);
  });
}

/** Increments whose periods share days would be counted twice (overlaps.ts). */
function checkIncrementOverlaps(
  results: readonly { period: string; basis: ResultBasis }[],
  path: string,
  issues: Issue[],
): void {
  const seen: { period: Period; basis: ResultBasis }[] = [];
  results.forEach((result, r) => {
    const period = tryIsoPeriod(result.period);
    if (!period || result.basis !== 'increment') return;
    const other = overlappingIncrement(seen, period);
    if (other) {
      issues.push({
        path: `${path}[${r}].period`,
        message: `increment for ${result.period} overlaps the increment for ${formatPeriodIso(other.period)}: the shared days would be counted twice (report one of them, or running totals)`,
      });
    }
    seen.push({ period, basis: result.basis });
  });
}

/** The period if it was already put in canonical ISO form, else undefined (reported elsewhere). */
function tryIsoPeriod(text: string): Period | undefined {
  try {
    return parseIsoPeriod(text, 'period');
  } catch {
    return undefined;
  }
}

function factorUnitFails(unit: string): boolean {
  try {
    checkFactorUnit(unit, 'unit');
    return false;
  } catch {
    return true;
  }
}
