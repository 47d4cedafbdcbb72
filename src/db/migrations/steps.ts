import { sql, type Kysely, type Migration, type RawBuilder } from 'kysely';

type Statement = RawBuilder<unknown>;

/** The tables `statements` create, in the order they create them. */
function tablesCreatedBy(statements: readonly Statement[]): string[] {
  return statements.flatMap((statement) => {
    const created = /^CREATE TABLE (\w+)/.exec(statement.toOperationNode().sqlFragments.join(''));
    return created?.[1] ? [created[1]] : [];
  });
}

/**
 * A migration that sends `statements` in order (tables with their functions, triggers and
 * indexes); its down drops the tables they created, newest first (those that refer to others go
 * before them), then sends `afterDrop`. The first migrations drop `IF EXISTS`; later ones expect
 * every table they made to be there.
 */
export function tablesMigration(
  statements: readonly Statement[],
  { ifExists = false, afterDrop = [] as readonly Statement[] } = {},
): Required<Migration> {
  const tables = tablesCreatedBy(statements).reverse();
  return {
    up: (db: Kysely<unknown>) => runInOrder(db, statements),
    down: async (db: Kysely<unknown>) => {
      await dropTables(db, tables, { ifExists });
      await runInOrder(db, afterDrop);
    },
  };
}

/** Drops tables in the order given: those that refer to others first. */
export async function dropTables(
  db: Kysely<unknown>,
  tables: readonly string[],
  { ifExists = false } = {},
): Promise<void> {
  for (const table of tables)
    await (
      ifExists ? sql`DROP TABLE IF EXISTS ${sql.table(table)}` : sql`DROP TABLE ${sql.table(table)}`
    ).execute(db);
}

async function runInOrder(db: Kysely<unknown>, statements: readonly Statement[]): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
