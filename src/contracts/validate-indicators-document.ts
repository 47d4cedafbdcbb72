import type { Issue } from '../core/errors.js';
import { sdgLinks, type SdgReference } from '../core/indicators/sdg.js';
import { checkValueEntry } from '../core/indicators/value.js';
import { checkHistory, type IndicatorVersion } from '../core/indicators/version.js';
import { quantity } from '../core/quantity.js';
import { documentFailure, issuesInto, parseCityDocument, unique } from './document-problems.js';
import {
  indicatorsDocumentSchema,
  type IndicatorDocument,
  type IndicatorsDocument,
  type IndicatorVersionDocument,
} from './indicator-document.js';
import { measureKey } from './validate-committee-follow-up.js';

/** What an indicators document resolves against: its city's lists and the SDG reference. */
export interface IndicatorCityContext {
  city: string;
  agencies: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  /** The committee's group codes (none when the city has no committee). */
  groups: ReadonlySet<string>;
  /** The city's measures by measureKey. */
  measures: ReadonlySet<string>;
  sdg: SdgReference;
}

/** What the status rule needs of a version document. */
export function coreVersion(v: IndicatorVersionDocument): IndicatorVersion {
  return {
    validFrom: v.validFrom,
    validTo: v.validTo,
    kind: v.kind,
    direction: v.direction,
    unit: v.unit,
    targets: v.targets,
    targetsUnknown: v.targetsUnknown,
  };
}

/**
 * Checks an indicators document completely — shape, then meaning — and returns it parsed. Every
 * problem is collected with its path: an SDG target code that does not exist, a target-type
 * version without direction or targets, overlapping versions, a value for a year in which no
 * version is in force (retired), a unit of the wrong dimension, a missed target unexplained, and
 * references to agencies, groups, sources or measures the city does not have.
 */
export function validateIndicatorsDocument(
  input: unknown,
  context: IndicatorCityContext,
): IndicatorsDocument {
  const { doc, issues } = parseCityDocument(
    indicatorsDocumentSchema,
    'indicators',
    input,
    context.city,
  );
  issues.push(...indicatorListProblems(doc.indicators, 'indicators', context));
  if (doc.synthetic) issues.push(...unlabelledSynthetic(doc));
  if (issues.length > 0) throw documentFailure('indicators', issues);
  return doc;
}

/**
 * Everything wrong with a list of indicators at `path` (an indicators document's, or a city
 * document's `indicators` section): duplicate codes, then each indicator's problems.
 */
export function indicatorListProblems(
  indicators: readonly IndicatorDocument[],
  path: string,
  context: IndicatorCityContext,
): Issue[] {
  const issues: Issue[] = [];
  unique(
    indicators.map((i) => i.code),
    path,
    'indicator code',
    issues,
  );
  indicators.forEach((indicator, i) => {
    issues.push(...indicatorProblems(indicator, `${path}[${String(i)}]`, context));
  });
  return issues;
}

/**
 * Synthetic data is shown as such wherever it appears: the platform keeps no flag beside an
 * indicator, so a document marked `synthetic` must say so in every name a reader sees (合成 in
 * the Chinese name, "synthetic" in the English one), or it could pass for the city's registry.
 */
function unlabelledSynthetic(doc: IndicatorsDocument): Issue[] {
  return doc.indicators.flatMap((indicator, i) =>
    indicator.versions.flatMap((v, j) => {
      const at = `indicators[${String(i)}].versions[${String(j)}]`;
      const problems: Issue[] = [];
      if (!v.name.includes('合成'))
        problems.push({ path: `${at}.name`, message: 'synthetic data: the name must say 合成' });
      if (v.nameEn !== null && !/synthetic/i.test(v.nameEn))
        problems.push({
          path: `${at}.nameEn`,
          message: 'synthetic data: the name must say "synthetic"',
        });
      return problems;
    }),
  );
}

/** Everything wrong with one indicator, each problem at its path. */
export function indicatorProblems(
  indicator: IndicatorDocument,
  path: string,
  context: IndicatorCityContext,
): Issue[] {
  const issues: Issue[] = [];
  const collect = issuesInto(issues);
  const versions = indicator.versions.map(coreVersion);
  collect(path, () => checkHistory(versions, path));
  indicator.versions.forEach((v, i) => {
    const at = `${path}.versions[${String(i)}]`;
    collect(at, () => sdgLinks(v.sdgGoals, v.sdgTargets, context.sdg, at));
    issues.push(...referenceProblems(v, at, context));
    if (v.baseline)
      collect(at, () => quantity(v.baseline?.value ?? '', v.unit, `${at}.baseline.value`));
  });
  if (issues.length > 0) return issues;
  unique(
    indicator.values.map((v) => String(v.year)),
    `${path}.values`,
    'year',
    issues,
  );
  indicator.values.forEach((value, i) => {
    const at = `${path}.values[${String(i)}]`;
    collect(at, () => checkValueEntry(indicator.code, versions, value, at));
    if (value.source && !context.sources.has(value.source))
      issues.push({ path: `${at}.source`, message: `the city has no source "${value.source}"` });
  });
  return issues;
}

function referenceProblems(
  v: IndicatorVersionDocument,
  at: string,
  context: IndicatorCityContext,
): Issue[] {
  const issues: Issue[] = [];
  if (!context.agencies.has(v.agency))
    issues.push({ path: `${at}.agency`, message: `the city has no agency "${v.agency}"` });
  if (v.group && !context.groups.has(v.group))
    issues.push({ path: `${at}.group`, message: `the committee has no group "${v.group}"` });
  if (v.source && !context.sources.has(v.source))
    issues.push({ path: `${at}.source`, message: `the city has no source "${v.source}"` });
  v.measures.forEach((m, j) => {
    if (!context.measures.has(measureKey(m)))
      issues.push({
        path: `${at}.measures[${String(j)}]`,
        message: `the city has no measure ${measureKey(m)}`,
      });
  });
  return issues;
}
