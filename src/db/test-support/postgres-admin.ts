import pg from 'pg';

/**
 * The few administrative statements the test harness runs on the PostgreSQL server named by
 * TEST_DATABASE_URL: creating and dropping whole databases, which no pool connection may do
 * while connected to them.
 */
export async function runAdmin(adminUrl: string, statements: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Names of the server's databases that start with `prefix`. */
export async function listDatabases(adminUrl: string, prefix: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

/** The admin URL pointed at another database on the same server, as the same role. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** WITH (FORCE) ends sessions a crashed test left behind instead of failing on them. */
export function dropDatabase(name: string): string {
  return `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`;
}
