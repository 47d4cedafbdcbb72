import { judgeYear, type YearJudgement } from '../core/indicators/status.js';
import { versionInForce } from '../core/indicators/version.js';
import type { IndicatorDocument } from './indicator-document.js';
import { coreVersion } from './validate-indicators-document.js';

/** A year judged, with the version it was judged against and what the agency wrote. */
export interface IndicatorYear extends YearJudgement {
  validFrom: number;
  highlight: string | null;
  explanation: string | null;
}

/**
 * Every year of an indicator from its first version to `lastYear` (or its last value, if later),
 * each judged against the version in force that year; years in which none is (retired, or a
 * gap) are left out. A year without a value is 無資料, so a registry never looks complete when
 * it is not.
 * @example indicatorYears(trafficSafety, 2025).map((y) => y.status) // ['no_data', 'no_data', 'no_data']
 */
export function indicatorYears(indicator: IndicatorDocument, lastYear: number): IndicatorYear[] {
  const first = indicator.versions[0]?.validFrom;
  if (first === undefined) return [];
  const last = Math.max(lastYear, ...indicator.values.map((v) => v.year));
  const years: IndicatorYear[] = [];
  for (let year = first; year <= last; year++) {
    const version = versionInForce(indicator.versions, year);
    if (!version) continue;
    const reported = indicator.values.find((v) => v.year === year);
    years.push({
      ...judgeYear(coreVersion(version), year, reported),
      validFrom: version.validFrom,
      highlight: reported?.highlight ?? null,
      explanation: reported?.explanation ?? null,
    });
  }
  return years;
}
