import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vocabularies } from './all.js';

/**
 * Every closed list is written out once; everywhere else derives it (`z.enum(roles)`, a
 * `Role` type, `roles.map`). This reads every source file under src/ and finds each run of two
 * or more quoted literals joined by `,` or `|` — an array, a z.enum, a union type, an SQL IN
 * list — and fails when one holds exactly the values of a list declared in core, in whatever
 * order, in any file but the one declaring it. Migrations are history and are checked against
 * the lists by the database instead (src/db/check-constraints.test.ts).
 */
const root = join(import.meta.dirname, '..', '..');
const literalRun = /(['"])[\w.+-]+\1(?:\s*[,|]\s*(['"])[\w.+-]+\2)+/g;
const literal = /(['"])([\w.+-]+)\1/g;
/** `convert(doc, 'odt', 'pdf')`: arguments of a call, not a list (SQL's `IN (…)` still is one). */
const callArguments = /\b(?!IN\b)\w+\s*\(\s*(?:[\w.]+\s*,\s*)*$/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return path.endsWith(join('db', 'migrations')) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const sameValues = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** The files (relative to src/) holding a literal run with exactly these values. */
function filesWriting(values: readonly (string | number)[], files: readonly string[]): string[] {
  return files
    .filter((file) =>
      [...readFileSync(file, 'utf8').matchAll(literalRun)].some(
        (run) =>
          !callArguments.test(run.input.slice(Math.max(0, run.index - 80), run.index)) &&
          sameValues(
            [...run[0].matchAll(literal)].map((m) => m[2] ?? ''),
            values.map(String),
          ),
      ),
    )
    .map((file) => relative(root, file));
}

describe('the vocabulary', () => {
  const files = sourceFiles(root);

  it.each(Object.entries(vocabularies).filter(([, values]) => values.length > 1))(
    'writes the %s list out in one file only',
    (_name, values) => {
      expect(
        filesWriting(values, files).length,
        filesWriting(values, files).join(', '),
      ).toBeLessThanOrEqual(1);
    },
  );

  it('notices a list written out a second time', () => {
    const copy = "const kinds = ['level', 'observation', 'cumulative'];";
    const run = [...copy.matchAll(literalRun)][0]?.[0] ?? '';
    expect([...run.matchAll(literal)].map((m) => m[2])).toEqual([
      'level',
      'observation',
      'cumulative',
    ]);
  });
});
