import { sql, type Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import type { ColumnShape, TableShapes, ValueClass } from './declared-columns.js';

/** Kysely's own bookkeeping, not ours to type. */
const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/** How each PostgreSQL type reaches TypeScript through type-parsers.ts. */
const CLASS_OF: Record<string, ValueClass> = {
  text: 'string',
  'character varying': 'string',
  character: 'string',
  numeric: 'string',
  date: 'string',
  'timestamp with time zone': 'string',
  integer: 'number',
  smallint: 'number',
  bigint: 'number',
  boolean: 'boolean',
  jsonb: 'json',
  json: 'json',
  bytea: 'bytes',
};

/**
 * Generated columns that PostgreSQL reports as nullable (it does for every generated column not
 * declared NOT NULL) but whose expression reads NOT NULL columns only, so a value is never null.
 */
const NEVER_NULL_GENERATED = new Set(['results.start_year', 'results.end_year']);

export interface MigratedColumn {
  nullable: boolean;
  dataType: string;
}

/** Every table and column of the migrated database, from information_schema. */
export async function migratedColumns(
  db: Kysely<Tables>,
): Promise<Map<string, Map<string, MigratedColumn>>> {
  const { rows } = await sql<{ table: string; column: string; nullable: string; type: string }>`
    SELECT table_name AS "table", column_name AS "column", is_nullable AS nullable,
           data_type AS type
    FROM information_schema.columns
    WHERE table_schema = current_schema()
  `.execute(db);
  const tables = new Map<string, Map<string, MigratedColumn>>();
  for (const row of rows) {
    if (MIGRATOR_TABLES.has(row.table)) continue;
    const columns = tables.get(row.table) ?? new Map<string, MigratedColumn>();
    columns.set(row.column, { nullable: row.nullable === 'YES', dataType: row.type });
    tables.set(row.table, columns);
  }
  return tables;
}

/**
 * What differs between the table types and the database, one line each (empty when they
 * agree): a table or column on one side only, a nullability that differs, or a type whose
 * value class (string, number, boolean, json, bytes) the declared type does not allow.
 */
export function compareColumns(
  declared: TableShapes,
  migrated: Map<string, Map<string, MigratedColumn>>,
): string[] {
  const problems: string[] = [];
  for (const [table, columns] of migrated) {
    const types = declared.get(table);
    if (!types) {
      problems.push(`${table}: a table of the database, not in the table types`);
      continue;
    }
    for (const [name, column] of columns) {
      const type = types.get(name);
      const where = `${table}.${name}`;
      if (!type) {
        problems.push(
          `${where}: in the database (${column.dataType}${column.nullable ? ', nullable' : ''}), not in the table types`,
        );
        continue;
      }
      problems.push(...mismatches(where, column, type));
    }
    for (const name of types.keys())
      if (!columns.has(name))
        problems.push(`${table}.${name}: in the table types, not in the database`);
  }
  for (const table of declared.keys())
    if (!migrated.has(table)) problems.push(`${table}: in the table types, not in the database`);
  return problems.sort();
}

function mismatches(where: string, column: MigratedColumn, type: ColumnShape): string[] {
  const problems: string[] = [];
  const nullable = column.nullable && !NEVER_NULL_GENERATED.has(where);
  if (nullable !== type.nullable)
    problems.push(
      `${where}: ${nullable ? 'nullable' : 'NOT NULL'} in the database, ${type.nullable ? 'nullable' : 'never null'} in the table types`,
    );
  const expected = CLASS_OF[column.dataType];
  if (expected === undefined)
    problems.push(`${where}: no value class known for ${column.dataType}`);
  // jsonb holds whatever the type says; any other column's type must be its class alone.
  else if (expected !== 'json' && (type.classes.length !== 1 || type.classes[0] !== expected))
    problems.push(
      `${where}: ${column.dataType} in the database reads as ${expected}, the table types say ${type.classes.join(' | ')}`,
    );
  return problems;
}
