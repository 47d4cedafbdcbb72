import { Decimal } from '../decimal.js';
import { parseIsoDate, type Period } from '../dates.js';
import { parseRocDate, parseRocPeriod } from '../roc-date.js';
import { findUnit } from '../units.js';
import type { RegistryField } from './definition.js';

/** What can be wrong with one value of one case (a row of a spreadsheet). */
export const registryProblemCodes = [
  'required',
  'unknown_column',
  'not_a_number',
  'negative',
  'unknown_unit',
  'wrong_dimension',
  'not_a_date',
  'outside_plan',
  'unknown_choice',
  'text_too_long',
  'duplicate_key',
  'aggregate_count',
  // A spreadsheet's own problems (the rest are the agency template's, catalog.uploadProblem).
  'missing_column',
  'too_many_rows',
  'not_utf8',
] as const;
export type RegistryProblemCode = (typeof registryProblemCodes)[number];

/** One value as stored: canonical text (a number in the field's unit, a date or ISO period). */
export type StoredValue = string;

export type ValueOutcome =
  | { ok: true; stored: StoredValue; period?: Period; amount?: Decimal }
  | { ok: false; code: RegistryProblemCode; params: Record<string, string> };

/** Longer text is a pasted paragraph or a wrong column, not a registry value. */
export const MAX_TEXT = 500;

const fail = (code: RegistryProblemCode, params: Record<string, string> = {}): ValueOutcome => ({
  ok: false,
  code,
  params,
});

// A number with an optional unit after it ("167.23 MW", "500kWp"); thousands separators are
// how spreadsheets print figures, so they are read, but only in their proper places.
const NUMBER_WITH_UNIT = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(.*)$/;

function readNumber(field: RegistryField, text: string): ValueOutcome {
  const match = NUMBER_WITH_UNIT.exec(text);
  if (!match) return fail('not_a_number', { text: text.slice(0, 40) });
  const [, digits = '', unitText = ''] = match;
  const value = new Decimal(digits.replaceAll(',', ''));
  if (value.isNegative()) return fail('negative', { text });
  const fieldUnit = findUnit(field.unit ?? '');
  if (!fieldUnit) throw new Error(`field ${field.key} has no unit: validate the definition first`);
  const given = unitText === '' ? fieldUnit : findUnit(unitText);
  if (!given) return fail('unknown_unit', { unit: unitText, expected: fieldUnit.code });
  if (given.dimension !== fieldUnit.dimension)
    return fail('wrong_dimension', { unit: given.code, expected: fieldUnit.code });
  const amount = value.times(given.toBase).dividedBy(fieldUnit.toBase);
  return { ok: true, stored: amount.toFixed(), amount };
}

/**
 * A date or a period, as agencies write them: an ISO date, a ROC date (112.05.31, 112年5月31日),
 * or a ROC year, month or range (112, 112年1-9月, 109~110). A single day is stored as the day, a
 * period as start/end.
 */
function readDate(text: string): ValueOutcome {
  const attempts: (() => Period)[] = [
    () => {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseIsoDate(text, 'value') : undefined;
      if (day === undefined) throw new Error('not an ISO date');
      return { start: day, end: day };
    },
    () => {
      const day = parseRocDate(text, 'value');
      return { start: day, end: day };
    },
    () => parseRocPeriod(text, 'value'),
  ];
  for (const attempt of attempts) {
    try {
      const period = attempt();
      const stored = period.start === period.end ? period.start : `${period.start}/${period.end}`;
      return { ok: true, stored, period };
    } catch {
      // try the next form
    }
  }
  return fail('not_a_date', { text: text.slice(0, 40) });
}

/**
 * Reads one value of a case for its field, or says what is wrong with it (a code and its
 * parameters, worded by the catalog). An empty value is `required` when the field is.
 */
export function readValue(field: RegistryField, raw: string | undefined): ValueOutcome | null {
  const text = (raw ?? '').normalize('NFKC').trim();
  if (text === '') return field.required ? fail('required') : null;
  if (text.length > MAX_TEXT) return fail('text_too_long', { limit: String(MAX_TEXT) });
  switch (field.type) {
    case 'text':
      return { ok: true, stored: text };
    case 'number':
      return readNumber(field, text);
    case 'date':
      return readDate(text);
    case 'choice': {
      const choice = field.choices?.find(
        (c) => c.code === text || c.label.zh === text || c.label.en === text,
      );
      if (!choice)
        return fail('unknown_choice', {
          text: text.slice(0, 40),
          choices: (field.choices ?? []).map((c) => c.label.zh).join('、'),
        });
      return { ok: true, stored: choice.code };
    }
  }
}
