import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The coarse classes a column's value falls in, as the drivers return it (type-parsers.ts). */
export type ValueClass = 'string' | 'number' | 'boolean' | 'json' | 'bytes';

export interface ColumnShape {
  nullable: boolean;
  /** The classes the declared type allows (a jsonb column may hold any). */
  classes: ValueClass[];
}

export type TableShapes = Map<string, Map<string, ColumnShape>>;

const ROWS_FILE = fileURLToPath(new URL('./table-rows.ts', import.meta.url));

/**
 * The columns the Kysely table types declare (tables.ts, tables-accounts.ts,
 * emissions-tables.ts), read with the TypeScript compiler from `TableRows`: per table, per
 * column, whether the selected value may be null and which value classes its type allows.
 */
export function declaredColumns(): TableShapes {
  const program = ts.createProgram([ROWS_FILE], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(ROWS_FILE);
  const alias = source?.statements.find(
    (s): s is ts.TypeAliasDeclaration =>
      ts.isTypeAliasDeclaration(s) && s.name.text === 'TableRows',
  );
  if (!alias) throw new Error(`no TableRows in ${ROWS_FILE}`);
  const rows = checker.getTypeAtLocation(alias.name);
  const shapes: TableShapes = new Map();
  for (const table of checker.getPropertiesOfType(rows)) {
    const row = checker.getTypeOfSymbol(table);
    const columns = new Map<string, ColumnShape>();
    for (const column of checker.getPropertiesOfType(row))
      columns.set(column.name, shapeOf(checker, checker.getTypeOfSymbol(column)));
    shapes.set(table.name, columns);
  }
  return shapes;
}

function shapeOf(checker: ts.TypeChecker, type: ts.Type): ColumnShape {
  const parts = type.isUnion() ? type.types : [type];
  const classes = new Set<ValueClass>();
  let nullable = false;
  for (const part of parts) {
    const flags = part.flags;
    if (flags & ts.TypeFlags.Null) nullable = true;
    else if (flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) {
      // `unknown` (audit before/after) admits anything, null included.
      nullable = true;
      classes.add('json');
    } else if (flags & ts.TypeFlags.StringLike) classes.add('string');
    else if (flags & ts.TypeFlags.NumberLike) classes.add('number');
    else if (flags & ts.TypeFlags.BooleanLike) classes.add('boolean');
    else if (/^(Buffer|Uint8Array)\b/.test(checker.typeToString(part))) classes.add('bytes');
    else classes.add('json');
  }
  return { nullable, classes: [...classes].sort() };
}
