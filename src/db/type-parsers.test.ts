import { sql, type RawBuilder } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from './connect.js';
import { describeEachDatabase } from './test-support/databases.js';

async function selectOne<T>(database: Database, query: RawBuilder<T>): Promise<T> {
  const { rows } = await query.execute(database.db);
  if (rows[0] === undefined) throw new Error('the query returned no row');
  return rows[0];
}

/** Runs `fn` with the process in another time zone; Node re-reads TZ when it is assigned. */
async function inTimeZone<T>(zone: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describeEachDatabase('type parsing', (getDb) => {
  it('reads numeric as an exact decimal string', async () => {
    const row = await selectOne(
      getDb(),
      sql<{ small: string; big: string }>`SELECT 1.50::numeric AS small,
        12345678901234567890.123456789012345::numeric AS big`,
    );
    expect(row).toEqual({ small: '1.50', big: '12345678901234567890.123456789012345' });
  });

  it('reads an int8 count as a JS number', async () => {
    const row = await selectOne(
      getDb(),
      sql<{ n: number }>`SELECT count(*) AS n FROM generate_series(1, 3)`,
    );
    expect(row.n).toBe(3);
  });

  it('refuses an int8 beyond the safe integers instead of rounding it, and stays usable', async () => {
    await expect(selectOne(getDb(), sql`SELECT 9007199254740993::int8 AS n`)).rejects.toThrow(
      /int8 value 9007199254740993 is beyond JavaScript's safe integers/,
    );
    expect(await selectOne(getDb(), sql<{ n: number }>`SELECT 1::int8 AS n`)).toEqual({ n: 1 });
  });

  it('reads a date as YYYY-MM-DD whatever the process time zone', async () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Taipei']) {
      const row = await inTimeZone(zone, () =>
        selectOne(getDb(), sql<{ day: string }>`SELECT '2026-01-01'::date AS day`),
      );
      expect(row.day).toBe('2026-01-01');
    }
  });

  it('reads timestamptz as a UTC ISO string whatever the session time zone', async () => {
    const row = await getDb()
      .db.transaction()
      .execute(async (trx) => {
        await sql`SET LOCAL TIME ZONE 'Asia/Kolkata'`.execute(trx);
        const { rows } = await sql<{ at: string; micro: string }>`SELECT
          '2026-11-23T09:36:06.522Z'::timestamptz AS at,
          '1999-12-31 23:59:59.999999-05'::timestamptz AS micro`.execute(trx);
        return rows[0];
      });
    expect(row).toEqual({ at: '2026-11-23T09:36:06.522Z', micro: '2000-01-01T04:59:59.999Z' });
  });

  it('writes JSON text to jsonb and reads it back parsed', async () => {
    const row = await selectOne(
      getDb(),
      sql<{ doc: unknown }>`SELECT ${JSON.stringify({ notes: ['a', 'b'] })}::jsonb AS doc`,
    );
    expect(row.doc).toEqual({ notes: ['a', 'b'] });
  });
});
