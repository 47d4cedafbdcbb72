import { describe, expect, it } from 'vitest';
import { figuresFrom } from './figure-entries.js';

describe('figures from the submission form', () => {
  it('sends plain decimals with the basis the clerk chose, skipping empty indicators', () => {
    expect(
      figuresFrom({
        solar: { value: '1,234.5', basis: 'total' },
        cars: { value: '１２', basis: 'increment' },
        empty: { value: ' ', basis: '' },
      }),
    ).toEqual({
      figures: [
        { indicator: 'solar', value: '1234.5', basis: 'total' },
        { indicator: 'cars', value: '12', basis: 'increment' },
      ],
      problems: [],
    });
  });

  it('refuses what is not a number and a figure whose basis was not chosen', () => {
    expect(
      figuresFrom({
        solar: { value: '1e3', basis: 'total' },
        cars: { value: '12', basis: '' },
      }).problems,
    ).toEqual([
      { indicator: 'solar', problem: 'notDecimal' },
      { indicator: 'cars', problem: 'basisMissing' },
    ]);
  });
});
