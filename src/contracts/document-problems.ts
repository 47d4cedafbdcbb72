import type { z } from 'zod';
import { NetZeroError, type Issue } from '../core/errors.js';

/**
 * What every document validator (city, committee) does the same way: duplicates reported at
 * their index, zod's issues turned into dotted paths a person can find in the file, and one
 * VALIDATION_FAILED error that lists the first problems and counts the rest.
 */
export function unique(
  values: readonly string[],
  path: string,
  what: string,
  issues: Issue[],
): Set<string> {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value))
      issues.push({ path: `${path}[${i}]`, message: `duplicate ${what} "${value}"` });
    seen.add(value);
  });
  return seen;
}

/**
 * A runner of checks that throw: `check(path, fn)` keeps a NetZeroError's issues in `issues` (one
 * at `path` when it names none) so that one bad value does not hide the next; any other error is
 * a bug and goes on.
 */
export function issuesInto(issues: Issue[]) {
  return (path: string, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof NetZeroError)) throw error;
      issues.push(...(error.issues.length ? error.issues : [{ path, message: error.message }]));
    }
  };
}

/**
 * The start of every check of a city's own document (committee, indicators): its shape first (a
 * VALIDATION_FAILED listing zod's problems when it is wrong), then the list of meaning problems,
 * which begins with one at `city` when the document is another city's.
 */
export function parseCityDocument<T extends { city: string }>(
  schema: z.ZodType<T>,
  document: string,
  input: unknown,
  city: string,
): { doc: T; issues: Issue[] } {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw documentFailure(document, parsed.error.issues.map(fromZodIssue));
  const doc = parsed.data;
  const issues: Issue[] = [];
  if (doc.city !== city)
    issues.push({ path: 'city', message: `this document is for "${doc.city}", not "${city}"` });
  return { doc, issues };
}

export function fromZodIssue(issue: z.core.$ZodIssue): Issue {
  const path = issue.path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    '',
  );
  return { path: path || '(document)', message: issue.message };
}

/** `document` names it in the message: "The city document has 2 problem(s): …". */
export function documentFailure(document: string, issues: Issue[]): NetZeroError {
  const shown = issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return new NetZeroError(
    'VALIDATION_FAILED',
    `The ${document} document has ${issues.length} problem(s): ${shown}${more}`,
    issues,
  );
}
