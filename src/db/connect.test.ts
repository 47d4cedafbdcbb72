import { openAsBlob } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from './connect.js';
import { pgliteExtensions } from './pglite-extensions.js';
import { isAtLatestMigration } from './migrate.js';

type Note = { note: { text: string } };

describe('openDatabase', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'netzero-connect-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('keeps PGlite data across close and reopen, creating missing parent folders', async () => {
    const dataDir = join(scratch, 'nested', 'pglite');
    const first = await openDatabase({ dataDir });
    expect(first.engine).toBe('pglite');
    // A new database has no migration table: the shortcut must send it to the migrator.
    expect(await isAtLatestMigration(first.db)).toBe(false);
    // A small buffer pool: PostgreSQL zeroes it at every start (connect.ts).
    const { rows } = await sql<{ shared_buffers: string }>`SHOW shared_buffers`.execute(first.db);
    expect(rows[0]?.shared_buffers).toBe('32MB');
    await sql`CREATE TABLE note (text text NOT NULL)`.execute(first.db);
    await first.db.withTables<Note>().insertInto('note').values({ text: 'kept' }).execute();
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      const rows = await second.db.withTables<Note>().selectFrom('note').selectAll().execute();
      expect(rows).toEqual([{ text: 'kept' }]);
    } finally {
      await second.close();
    }
  });

  it('closes a PGlite it was handed even when no query ran', async () => {
    // The test template loads in under a second; a brand-new PGlite takes about five.
    const pglite = new PGlite({
      loadDataDir: await openAsBlob(inject('pgliteTemplate')),
      extensions: pgliteExtensions,
    });
    const database = await openDatabase({ pglite });
    await database.close();
    expect(pglite.closed).toBe(true);
  });

  it('names the server it cannot reach, without the password', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const opening = openDatabase({ databaseUrl: 'postgres://app:secret@127.0.0.1:1/netzero' });
    await expect(opening).rejects.toThrow(
      /^cannot connect to PostgreSQL at postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/netzero: /,
    );
    await expect(opening).rejects.not.toThrow(/secret/);
  });
});
