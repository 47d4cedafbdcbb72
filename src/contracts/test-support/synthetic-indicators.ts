import type { SdgReference } from '../../core/indicators/sdg.js';
import type { IndicatorDirection } from '../../core/indicators/vocabulary.js';
import type { IndicatorDocument, IndicatorsDocument } from '../indicator-document.js';

/** How many indicators the committee tracks (results report, chapter 2) and the years generated. */
export const SYNTHETIC_INDICATOR_COUNT = 163;
export const SYNTHETIC_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023] as const;

/** Kaohsiung's agencies and the committee's five groups, which the synthetic rows cite. */
const AGENCIES = ['epb', 'edb', 'pwb', 'udb', 'edu', 'wrb', 'tb', 'social', 'health', 'labor'];
const GROUPS = [
  'green_economy',
  'sustainable_vision',
  'sustainable_safety',
  'sustainable_education',
  'sustainable_environment',
];
const UNITS = ['%', '處', '人', '人次', 'ha', 't'];

/** Cycles through a list by index. */
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/**
 * SYNTHETIC test data, not Kaohsiung's: 163 indicators × 8 years, labelled `synthetic: true` and
 * named 合成指標 so nothing built from it can pass for the city's registry. Deterministic, and
 * shaped to reach every branch of the status rule: every fourth indicator is observation-type,
 * directions alternate, one year in seven has no value, one in five misses its target (with an
 * explanation), one indicator in ten is revised in 2020 (from observation- to target-type in
 * another unit of the same dimension when it has one) and one in 13 is retired after 2021.
 */
export function syntheticIndicators(city: string, sdg: SdgReference): IndicatorsDocument {
  const targets = sdg.goals.flatMap((g) => g.targets.map((t) => t.code));
  const indicators = Array.from({ length: SYNTHETIC_INDICATOR_COUNT }, (_, i) =>
    syntheticIndicator(i, targets),
  );
  return {
    format: 'netzero-indicators/1',
    city,
    synthetic: true,
    notes: ['SYNTHETIC: generated for tests and benchmarks; not any city’s indicators.'],
    indicators,
  };
}

function syntheticIndicator(i: number, targets: readonly string[]): IndicatorDocument {
  const number = String(i + 1).padStart(3, '0');
  const observation = i % 4 === 3;
  const direction: IndicatorDirection = i % 2 === 0 ? 'higher' : 'lower';
  const unit = pick(UNITS, i);
  const retired = i % 13 === 12;
  const revised = !retired && i % 10 === 9;
  const base = {
    name: `合成指標 ${number}`,
    nameEn: `Synthetic indicator ${number}`,
    definition: `SYNTHETIC definition ${number}`,
    group: pick(GROUPS, i),
    agency: pick(AGENCIES, i),
    unit,
    baseline: { year: 2015, value: String(100 + i) },
    sdgGoals: [(i % 17) + 1],
    sdgTargets: [pick(targets, i * 7)],
    measures: [],
    source: null,
  };
  const yearlyTargets = (from: number, to: number) =>
    SYNTHETIC_YEARS.filter((y) => y >= from && y <= to).map((year) => ({
      year,
      value: String(100 + i + (direction === 'higher' ? 1 : -1) * (year - 2015)),
    }));
  const asTarget = (from: number, to: number) => ({
    kind: 'target' as const,
    direction,
    targets: yearlyTargets(from, to),
    targetsUnknown: false,
  });
  const asObservation = {
    kind: 'observation' as const,
    direction: null,
    targets: [],
    targetsUnknown: false,
  };
  const versions = revised
    ? [
        { ...base, validFrom: 2016, validTo: 2019, ...asObservation },
        { ...base, validFrom: 2020, validTo: null, ...asTarget(2020, 2023) },
      ]
    : [
        {
          ...base,
          validFrom: 2016,
          validTo: retired ? 2021 : null,
          ...(observation ? asObservation : asTarget(2016, retired ? 2021 : 2023)),
        },
      ];
  const values = SYNTHETIC_YEARS.filter(
    (year) => (year + i) % 7 !== 0 && !(retired && year > 2021),
  ).map((year) => {
    const misses = (year + i) % 5 === 0;
    const target = 100 + i + (direction === 'higher' ? 1 : -1) * (year - 2015);
    const value = misses === (direction === 'higher') ? target - 1 : target + 1;
    return {
      year,
      value: String(value),
      unit,
      highlight: `SYNTHETIC highlight ${number}/${String(year)}`,
      explanation: misses ? `SYNTHETIC explanation ${number}/${String(year)}` : null,
      source: null,
    };
  });
  return { code: `syn-${number}`, versions, values };
}
