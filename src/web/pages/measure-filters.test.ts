import { describe, expect, it } from 'vitest';
import type { MeasureSummary } from '../api/plan-summary.js';
import { filterMeasures, filtersFrom } from './measure-filters.js';

function measure(overrides: Partial<MeasureSummary>): MeasureSummary {
  return {
    sector: 'energy',
    no: 1,
    agency: '經發局',
    agencyCode: 'edb',
    name: '再生能源發電設備認定與查核作業',
    status: 'achieved',
    reductionT: null,
    indicators: [],
    ...overrides,
  };
}

const measures = [
  measure({}),
  measure({
    sector: 'transport',
    no: 1,
    agency: '環保局',
    agencyCode: 'epb',
    name: '老舊柴油車汰換',
    status: 'lagging',
  }),
  measure({
    sector: 'transport',
    no: 4,
    agency: '交通局',
    agencyCode: 'tb',
    name: '共享汽、機車推動',
    status: 'on_track',
  }),
];

describe('measure filters', () => {
  it('keeps the measures matching every filter that is set', () => {
    const only = (query: string) =>
      filterMeasures(measures, filtersFrom(new URLSearchParams(query))).map(
        (m) => `${m.sector}-${m.no}`,
      );
    expect(only('')).toEqual(['energy-1', 'transport-1', 'transport-4']);
    expect(only('sector=transport')).toEqual(['transport-1', 'transport-4']);
    expect(only('sector=transport&status=lagging')).toEqual(['transport-1']);
    expect(only('agency=tb')).toEqual(['transport-4']);
    expect(only('q=柴油')).toEqual(['transport-1']);
    expect(only('sector=energy&q=柴油')).toEqual([]);
  });

  it('searches full-width and half-width forms alike', () => {
    const lamps = [...measures, measure({ no: 9, name: 'ＬＥＤ路燈汰換' })];
    const found = filterMeasures(lamps, filtersFrom(new URLSearchParams('q=led')));
    expect(found.map((m) => m.no)).toEqual([9]);
  });
});
