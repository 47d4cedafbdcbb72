import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal.js';
import { thrown } from '../test-support/thrown.js';
import { checkCases, type CaseInput } from './check-cases.js';
import { compareWithPublished } from './compare-figures.js';
import {
  validateRegistryDefinition,
  visibleValues,
  type RegistryDefinition,
} from './definition.js';
import { plan, solar } from './test-support/kinds.js';

const row = (values: Record<string, string>): CaseInput => ({ values });
const good = { permit: 'A-1', site: '屋頂型', capacity: '1.5 MWp', filedOn: '112.05.31' };

describe('validateRegistryDefinition', () => {
  it('accepts a kind whose references point at fields of the right type', () => {
    expect(validateRegistryDefinition(solar)).toBe(solar);
  });

  it('refuses a summed field that is text, naming the field', () => {
    const error = thrown(() =>
      validateRegistryDefinition({ ...solar, tally: { kind: 'sum', field: 'permit' } }),
    );
    expect(error.issues).toEqual([
      {
        path: 'tally.field',
        message: '"permit" is a text field; only a number field can be summed',
      },
    ]);
  });

  it('reports every problem at once: a unitless number, a period set by text, an unknown key', () => {
    const broken: RegistryDefinition = {
      ...solar,
      fields: solar.fields.map((f) => (f.key === 'capacity' ? { ...f, unit: 'parsecs' } : f)),
      placedBy: 'permit',
      naturalKey: ['nope'],
    };
    expect(thrown(() => validateRegistryDefinition(broken)).issues.map((i) => i.path)).toEqual([
      'fields[2].unit',
      'placedBy',
      'naturalKey[0]',
    ]);
  });

  it('refuses a private field where its values would be published: summaries, amount, period', () => {
    const published = ['district', 'site', 'capacity', 'filedOn'];
    const hidden: RegistryDefinition = {
      ...solar,
      fields: solar.fields.map((f) => (published.includes(f.key) ? { ...f, private: true } : f)),
      groupBy: ['site'],
    };
    const refused = (path: string, key: string) => ({
      path,
      message: `"${key}" is private; what is published cannot come from it`,
    });
    expect(thrown(() => validateRegistryDefinition(hidden)).issues).toEqual([
      refused('district', 'district'),
      refused('groupBy[0]', 'site'),
      refused('tally.field', 'capacity'),
      refused('placedBy', 'filedOn'),
    ]);
  });
});

describe('visibleValues', () => {
  const withOwner: RegistryDefinition = {
    ...solar,
    fields: [
      ...solar.fields,
      {
        key: 'owner',
        label: { zh: '申請人', en: 'Applicant' },
        type: 'text',
        required: false,
        private: true,
      },
    ],
  };
  const values = { permit: 'A-1', owner: '王小明 (synthetic)', capacity: '1.5' };

  it("leaves a private field's value out for a reader who may not see it", () => {
    expect(visibleValues(withOwner, values, false)).toEqual({ permit: 'A-1', capacity: '1.5' });
  });

  it('keeps every value for a reader who may', () => {
    expect(visibleValues(withOwner, values, true)).toEqual(values);
  });
});

describe('checkCases', () => {
  it('keeps numbers exact in the field unit and places a case by its date', () => {
    const outcome = checkCases(solar, [row(good)], plan);
    expect(outcome.ok && outcome.cases[0]).toMatchObject({
      values: { permit: 'A-1', site: 'rooftop', capacity: '1500', filedOn: '2023-05-31' },
      placedOn: '2023-05-31',
      caseCount: 1,
      aggregate: false,
    });
    expect(outcome.ok && outcome.cases[0]?.amount?.toFixed()).toBe('1500');
  });

  it('places a case given a year range by the range end (109~110 → 110年12月31日)', () => {
    const outcome = checkCases(solar, [row({ ...good, filedOn: '109~110' })], plan);
    expect(outcome.ok && outcome.cases[0]?.placedOn).toBe('2021-12-31');
  });

  it('refuses a unit of another dimension, a date outside the plan and a duplicate key, by row and field', () => {
    const outcome = checkCases(
      solar,
      [
        row(good),
        row({ ...good, permit: 'A-2', capacity: '3 MWh' }),
        row({ ...good, permit: 'A-3', filedOn: '108.12.31' }),
        row({ ...good }),
        row({ ...good, permit: 'A-4', site: '水面型', capacity: 'about 3' }),
      ],
      plan,
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [2, 'capacity', 'wrong_dimension'],
      [3, 'filedOn', 'outside_plan'],
      [4, 'permit', 'duplicate_key'],
      [5, 'site', 'unknown_choice'],
      [5, 'capacity', 'not_a_number'],
    ]);
    expect(!outcome.ok && outcome.problems[1]?.message).toBe(
      '108年12月31日 is outside the plan (110年1月1日 to 114年12月31日)',
    );
  });

  it('marks an aggregate case and counts it as its cases', () => {
    const outcome = checkCases(
      solar,
      [{ values: good, aggregate: { count: 126, note: 'Table 2' } }],
      plan,
    );
    expect(outcome.ok && outcome.cases[0]).toMatchObject({ aggregate: true, caseCount: 126 });
  });
});

describe('compareWithPublished', () => {
  const published = [
    {
      period: { start: '2021-01-01', end: '2021-12-31' },
      value: new Decimal(15),
      basis: 'increment' as const,
    },
    {
      period: { start: '2022-01-01', end: '2022-12-31' },
      value: new Decimal(8),
      basis: 'increment' as const,
    },
  ];
  const visits = (on: string, cases: number) => ({
    from: on,
    on,
    aggregate: false,
    amount: new Decimal(0),
    cases,
  });

  it('counts the cases of each period and explains a shortfall', () => {
    const result = compareWithPublished({
      unit: '家次',
      tallyUnit: null,
      plan,
      published,
      tallies: [visits('2021-12-31', 4), visits('2022-06-01', 3)],
    });
    expect(
      result.figures.map((f) => [f.computed.toFixed(), f.difference.toFixed(), f.reason]),
    ).toEqual([
      ['4', '11', 'registry_short'],
      ['3', '5', 'registry_short'],
    ]);
    expect(result.toDate?.computed.toFixed()).toBe('7');
    expect(result.toDate?.published.toFixed()).toBe('23');
    expect(result.toDate?.explanation.zh).toBe(
      '公布值比清冊案件多 16 家次：有案件未登錄於清冊，或在清冊之外計入。',
    );
  });

  it('converts a sum into the indicator unit exactly and refuses another dimension', () => {
    const tallies = [
      {
        from: '2021-01-01',
        on: '2023-09-30',
        aggregate: true,
        amount: new Decimal('836.21'),
        cases: 4105,
      },
    ];
    const result = compareWithPublished({
      unit: 'MWp',
      tallyUnit: 'MW',
      plan,
      published: [
        {
          period: { start: '2023-01-01', end: '2023-09-30' },
          value: new Decimal(174),
          basis: 'increment',
        },
      ],
      tallies,
    });
    expect(result.figures[0]?.reason).toBe('aggregate_spans_periods');
    expect(result.toDate?.computed.toFixed()).toBe('836.21');
    expect(result.toDate?.reason).toBe('registry_over');
    expect(() =>
      compareWithPublished({ unit: '家次', tallyUnit: 'MW', plan, published, tallies }),
    ).toThrow(expect.objectContaining({ code: 'UNIT_MISMATCH' }));
  });
});
