import { Decimal } from '../decimal.js';
import type { RoundFigureContext, RoundIndicator } from './round-figures.js';

/** Solar, 100 MWp over 2021–2025, with 55 MWp published before the round (112年10–12月). */
export const solar: RoundIndicator = {
  key: 'solar',
  label: '太陽光電設置容量',
  unit: 'MWp',
  targetKind: 'cumulative',
  target: { kind: 'cumulative', value: new Decimal(100) },
  results: [
    { periodStart: '2021-01-01', periodEnd: '2021-12-31', value: '20', basis: 'increment' },
    { periodStart: '2022-01-01', periodEnd: '2022-12-31', value: '20', basis: 'increment' },
    { periodStart: '2023-01-01', periodEnd: '2023-09-30', value: '15', basis: 'increment' },
  ],
};

export const outreach: RoundIndicator = {
  key: 'outreach',
  label: '宣導',
  unit: '場次',
  targetKind: 'observation',
  target: { kind: 'observation' },
  results: [],
};

export const roundOf = (...indicators: RoundIndicator[]): RoundFigureContext => ({
  round: { periodStart: '2023-10-01', cutOff: '2023-12-31' },
  plan: { start: '2021-01-01', end: '2025-12-31' },
  indicators,
});
