import { describe, expect, it } from 'vitest';
import { validateCityDocument } from '../../contracts/validate-city-document.js';
import { NetZeroError } from '../../core/errors.js';
import { figureIssues } from '../../core/submissions/check-figures.js';
import { roundOf, solar } from '../../core/submissions/test-support.js';
import { smallCity } from './test-document.js';

/** The city document's verdict on a published figure in `unit`: refused at which path, or null. */
function documentRefuses(value: string, unit: string): string | null {
  const doc = smallCity();
  const measure = doc.plans?.[0]?.measures?.[0];
  const indicator = measure?.indicators?.[0];
  if (!measure || !indicator) throw new Error('the test document lost its indicator');
  indicator.unit = unit;
  indicator.target = { kind: 'observation' };
  indicator.results = [{ period: '112年1-9月', value, basis: 'total' }];
  measure.reductions = [];
  try {
    validateCityDocument(doc);
    return null;
  } catch (error) {
    if (!(error instanceof NetZeroError)) throw error;
    return error.issues[0]?.path ?? '?';
  }
}

/** The API's verdict (a round's figure, as the form and the template send it). */
const apiRefuses = (value: string, unit: string) =>
  figureIssues(
    roundOf({ ...solar, unit }),
    [{ indicator: 'solar', value, basis: 'total' }],
    false,
  )[0]?.path ?? null;

describe('one set of bounds for the API and the city document', () => {
  it.each([
    ['98765.43', '%'],
    ['-1000.01', '%'],
    ['100.5', 'pp'],
    ['1234567890123456', 'MWp'],
    ['0.12345678901', 'MWp'],
  ])('refuses %s %s in both, naming the field', (value, unit) => {
    expect(apiRefuses(value, unit)).toBe('figures[0].value');
    expect(documentRefuses(value, unit)).toMatch(/results\[0\]\.value$/);
  });

  it.each([
    ['1000', '%'],
    ['-3.29', '%'],
    ['100', 'pp'],
    ['999999999999999', 'MWp'],
    ['0.0000000001', 'MWp'],
  ])('accepts %s %s in both, so what the API stores re-imports', (value, unit) => {
    expect(apiRefuses(value, unit)).toBeNull();
    expect(documentRefuses(value, unit)).toBeNull();
  });
});
