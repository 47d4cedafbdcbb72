import { NetZeroError, type Issue } from '../errors.js';
import { quantity } from '../quantity.js';
import { findUnit } from '../units.js';
import type { IndicatorDirection, IndicatorKind } from './vocabulary.js';

/** A target-type indicator's target value for one year, in the version's unit. */
export interface YearlyTarget {
  year: number;
  /** A decimal, exact as written (`'12.5'`). */
  value: string;
}

/**
 * What judging a year needs of an indicator's version: when it was in force (ROC years are
 * stored as Gregorian years), its type, direction, unit and yearly targets.
 */
export interface IndicatorVersion {
  validFrom: number;
  /** The last year in force; null while it still is. */
  validTo: number | null;
  kind: IndicatorKind;
  direction: IndicatorDirection | null;
  unit: string;
  targets: readonly YearlyTarget[];
  /** A target-type indicator whose target values no source gives: said, never left blank. */
  targetsUnknown: boolean;
}

const fail = (issues: Issue[]) =>
  new NetZeroError(
    'VALIDATION_FAILED',
    issues.map((x) => `${x.path}: ${x.message}`).join('; '),
    issues,
  );

/**
 * The problems of one version, each with its path: a target-type indicator needs a direction and
 * its yearly targets (or `targetsUnknown`), an observation-type one has neither; targets fall
 * inside the years the version is in force, once each, in a registered unit.
 */
export function versionProblems(version: IndicatorVersion, path: string): Issue[] {
  const issues: Issue[] = [];
  const at = (field: string, message: string) => issues.push({ path: `${path}.${field}`, message });
  if (version.validTo !== null && version.validTo < version.validFrom)
    at(
      'validTo',
      `ends (${String(version.validTo)}) before it starts (${String(version.validFrom)})`,
    );
  if (!findUnit(version.unit)) at('unit', `unknown unit "${version.unit}"`);
  if (version.kind === 'target') {
    if (!version.direction)
      at(
        'direction',
        'a target-type (目標型) indicator needs a direction: higher or lower is better',
      );
    if (version.targets.length === 0 && !version.targetsUnknown)
      at(
        'targets',
        'a target-type (目標型) indicator needs its yearly target values (or targetsUnknown: true where no source gives them)',
      );
    if (version.targets.length > 0 && version.targetsUnknown)
      at('targetsUnknown', 'cannot say the targets are unknown and list them');
  } else {
    if (version.direction)
      at('direction', 'an observation-type (觀察型) indicator has no direction');
    if (version.targets.length > 0 || version.targetsUnknown)
      at('targets', 'an observation-type (觀察型) indicator has no targets');
  }
  const seen = new Set<number>();
  version.targets.forEach((target, i) => {
    const where = `targets[${String(i)}]`;
    if (seen.has(target.year)) at(where, `a second target for ${String(target.year)}`);
    seen.add(target.year);
    if (!inForce(version, target.year))
      at(where, `${String(target.year)} is outside the years this version is in force`);
    try {
      if (findUnit(version.unit)) quantity(target.value, version.unit, `${path}.${where}.value`);
    } catch (error) {
      if (!(error instanceof NetZeroError)) throw error;
      issues.push(...error.issues);
    }
  });
  return issues;
}

/**
 * Refuses an indicator's history unless each version is valid and they follow each other
 * without overlapping (a gap is allowed: an indicator may be retired and brought back); only
 * the last may still be in force.
 */
export function checkHistory(versions: readonly IndicatorVersion[], path: string): void {
  const issues = versions.flatMap((v, i) => versionProblems(v, `${path}.versions[${String(i)}]`));
  if (versions.length === 0)
    issues.push({ path: `${path}.versions`, message: 'an indicator needs a version' });
  versions.forEach((version, i) => {
    const previous = versions[i - 1];
    if (!previous) return;
    if (previous.validTo === null || previous.validTo >= version.validFrom)
      issues.push({
        path: `${path}.versions[${String(i)}].validFrom`,
        message: `starts in ${String(version.validFrom)} while the version before is still in force (${previous.validTo === null ? 'open-ended' : `until ${String(previous.validTo)}`})`,
      });
  });
  if (issues.length > 0) throw fail(issues);
}

export function inForce(
  version: Pick<IndicatorVersion, 'validFrom' | 'validTo'>,
  year: number,
): boolean {
  return version.validFrom <= year && (version.validTo === null || year <= version.validTo);
}

/**
 * The version in force in a year, if any: values are always judged against it.
 * @example versionInForce([{ validFrom: 2020, validTo: 2022, … }, { validFrom: 2023, … }], 2023).validFrom // 2023
 */
export function versionInForce<V extends Pick<IndicatorVersion, 'validFrom' | 'validTo'>>(
  versions: readonly V[],
  year: number,
): V | undefined {
  return versions.find((v) => inForce(v, year));
}
