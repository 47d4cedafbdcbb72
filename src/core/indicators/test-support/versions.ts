import type { SdgReference } from '../sdg.js';
import type { IndicatorVersion } from '../version.js';

/** A target-type version from 2020 on, higher is better, counted in 處; override what a test needs. */
export function targetVersion(overrides: Partial<IndicatorVersion> = {}): IndicatorVersion {
  return {
    validFrom: 2020,
    validTo: null,
    kind: 'target',
    direction: 'higher',
    unit: '處',
    targets: [
      { year: 2022, value: '40' },
      { year: 2023, value: '45' },
    ],
    targetsUnknown: false,
    ...overrides,
  };
}

export function observationVersion(overrides: Partial<IndicatorVersion> = {}): IndicatorVersion {
  return targetVersion({ kind: 'observation', direction: null, targets: [], ...overrides });
}

/** Two goals of the reference, enough to tell codes apart (the real list: data/sdg-targets.yaml). */
export const twoGoals: SdgReference = {
  goals: [
    {
      number: 3,
      title: { zh: '健康', en: 'Health' },
      targets: ['3.6', '3.d'].map((code) => ({ code, title: { zh: code, en: code } })),
    },
    {
      number: 11,
      title: { zh: '城市', en: 'Cities' },
      targets: ['11.2', '11.10', '11.b'].map((code) => ({ code, title: { zh: code, en: code } })),
    },
  ],
};
