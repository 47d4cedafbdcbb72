import type { ParserOptions } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * How PostgreSQL values become JavaScript values, the same on node-postgres and on PGlite.
 * Left alone the two drivers disagree (int8 as string vs number/BigInt, date as a local-time vs
 * a UTC Date), so a query that passes its tests on one engine would return other shapes on the
 * other. Both drivers hand us PostgreSQL's text output, so one table of parsers serves both.
 */
const OID = {
  int8: 20,
  json: 114,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  numeric: 1700,
  jsonb: 3802,
} as const;

type TextParser = (text: string) => unknown;

/** Counts and ids as numbers, but never a silently rounded one. */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new Error(
      `int8 value ${text} is beyond JavaScript's safe integers (±9007199254740991); ` +
        'cast it to numeric or text in the query to read it exactly',
    );
  }
  return value;
}

/** A civil date has no time zone: keep PostgreSQL's 'YYYY-MM-DD' instead of a local-time Date. */
function parseDate(text: string): string {
  if (!/^\d{4,}-\d\d-\d\d$/.test(text)) {
    throw new Error(
      `cannot read date '${text}': expected YYYY-MM-DD (DateStyle ISO, no BC/infinity)`,
    );
  }
  return text;
}

// PostgreSQL's ISO output: '2026-11-23 17:36:06.522123+08', offsets may carry minutes and seconds.
const TIMESTAMPTZ =
  /^(\d{4})-(\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d+))?([+-])(\d\d)(?::(\d\d))?(?::(\d\d))?$/;

/**
 * An instant as a UTC ISO string ('2026-11-23T09:36:06.522Z') whatever the session TimeZone.
 * JavaScript keeps milliseconds, so microseconds are truncated.
 */
function parseTimestamptz(text: string): string {
  const match = TIMESTAMPTZ.exec(text);
  if (!match) {
    throw new Error(`cannot read timestamptz '${text}': expected ISO DateStyle, years 0001–9999`);
  }
  const [, year, monthDay, time, fraction = '', sign, hours, minutes = '00', seconds = '00'] =
    match;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const local = Date.parse(`${year}-${monthDay}T${time}.${millis}Z`);
  const offsetSeconds = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return new Date(local - (sign === '-' ? -1 : 1) * offsetSeconds * 1000).toISOString();
}

/** A timestamp without time zone stays the wall-clock text it is, never a local-time Date. */
function parseTimestamp(text: string): string {
  return text.replace(' ', 'T');
}

/** The one table of parsers, keyed by type OID. numeric stays a string: exact decimals. */
export const typeParsers: Readonly<Record<number, TextParser>> = {
  [OID.int8]: parseInt8,
  [OID.numeric]: (text) => text,
  [OID.date]: parseDate,
  [OID.timestamp]: parseTimestamp,
  [OID.timestamptz]: parseTimestamptz,
  [OID.json]: (text) => JSON.parse(text) as unknown,
  [OID.jsonb]: (text) => JSON.parse(text) as unknown,
};

/** For PGlite's `parsers` query option. */
export const pgliteParsers: ParserOptions = typeParsers;

/**
 * For node-postgres' per-pool `types` option: a private overrides object on top of pg's
 * defaults, so pg's global type registry (shared by every pg user in the process) is untouched.
 */
export function createPgTypes(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  for (const [oid, parse] of Object.entries(typeParsers)) {
    types.setTypeParser(Number(oid), 'text', parse);
  }
  return types;
}
