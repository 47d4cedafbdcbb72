import { invalid } from '../errors.js';
import { assertSameDimension, getUnit } from '../units.js';
import { judgeYear, type ReportedValue, type YearJudgement } from './status.js';
import { versionInForce, type IndicatorVersion } from './version.js';

/** One year's report of an indicator: the value, the qualitative highlight, and why if missed. */
export interface IndicatorValueEntry extends ReportedValue {
  year: number;
  /** 質化成果亮點: required beside every number (the committee's resolution 2). */
  highlight: string;
  /** 未達標說明: required when a target-type indicator misses that year's target. */
  explanation: string | null;
}

/**
 * Checks a year's report against the indicator's versions and judges it. Refuses a year in which
 * no version is in force (before the indicator existed, or after it was retired), a unit of
 * another dimension than the version's, an empty highlight, and a missed target without an
 * explanation, so nothing half-right is written.
 * @returns the year judged against the version in force that year.
 */
export function checkValueEntry(
  indicator: string,
  versions: readonly IndicatorVersion[],
  entry: IndicatorValueEntry,
  path: string,
): YearJudgement {
  const version = versionInForce(versions, entry.year);
  if (!version) {
    const last = versions.at(-1);
    const why =
      last?.validTo != null && entry.year > last.validTo
        ? `it was retired after ${String(last.validTo)}`
        : 'no version of it is in force that year';
    throw invalid(
      `${path}.year`,
      `indicator ${indicator} takes no value for ${String(entry.year)}: ${why}`,
    );
  }
  assertSameDimension(
    getUnit(entry.unit, `${path}.unit`),
    getUnit(version.unit, `${path}.unit`),
    `${path}.unit`,
  );
  if (entry.highlight.trim() === '')
    throw invalid(
      `${path}.highlight`,
      'a qualitative highlight (質化成果亮點) is required with every value',
    );
  const judgement = judgeYear(version, entry.year, entry);
  if (judgement.status === 'missed' && !entry.explanation?.trim())
    throw invalid(
      `${path}.explanation`,
      `${String(entry.year)} misses its target (${judgement.target ?? ''} ${version.unit}): explain why (未達標說明)`,
    );
  return judgement;
}
