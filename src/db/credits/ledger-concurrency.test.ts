import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationInput, OperationResponse } from '../../contracts/api/credits.js';
import { NetZeroError } from '../../core/errors.js';
import { openDatabase, type Database } from '../connect.js';
import { openTestDatabaseEnv, type TestDatabaseEnv } from '../test-support/databases.js';
import { holderInput } from '../../contracts/api/credits.js';
import { addHolder, listAccounts } from './accounts.js';
import { checkLedger } from './check-ledger.js';
import { recordOperation } from './record-operation.js';
import {
  createSyntheticCity,
  randomFrom,
  seedSyntheticLedger,
} from './test-support/synthetic-credits.js';

/**
 * The ledger under concurrent requests on PostgreSQL, through separate connections (three pools
 * of ten). PGlite has one connection and runs one transaction at a time, so this is
 * PostgreSQL's alone.
 */
const city = 'race';
const actor = 'test:race';
const on = '2024-06-01';
let env: TestDatabaseEnv;
let pools: Database[] = [];
const pool = (i: number) => {
  const database = pools[i % pools.length];
  if (!database) throw new Error('no pool open');
  return database.db;
};

beforeAll(async () => {
  env = await openTestDatabaseEnv('postgres');
  const url = env.env.DATABASE_URL;
  pools = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: url })));
  await createSyntheticCity(pool(0), city);
  await seedSyntheticLedger(pool(0), city, {
    project: 'race',
    verifiedTonnes: '100000',
    holders: 10,
    perHolder: 500,
  });
  for (const code of ['solo', 'solo2'])
    await addHolder(pool(0), city, holderInput.parse({ code, name: `${code} (synthetic)` }), actor);
}, 60_000);

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  await env.dispose();
});

const operation = (fields: Record<string, unknown>) =>
  ({ on, note: null, idempotencyKey: null, project: null, ...fields }) as OperationInput;

const issueTo = (to: string, quantity: string) =>
  operation({ kind: 'issue', project: 'race', period: 1, to, quantity });

/** What each holder holds, as sorted "first-last" runs, replayed from operations in id order. */
function replay(operations: readonly OperationResponse[]): Map<string, Set<number>> {
  const held = new Map<string, Set<number>>();
  for (const op of [...operations].sort((a, b) => a.id - b.id)) {
    for (const s of op.serials) {
      for (let serial = s.first; serial <= s.last; serial++) {
        if (op.from) {
          const from = held.get(op.from.code);
          if (!from?.delete(serial))
            throw new Error(
              `operation ${op.id} moved serial ${serial} that ${op.from.code} did not hold`,
            );
        }
        const to = op.to?.code ?? (op.kind === 'retire' ? '_retirement' : '_use');
        const set = held.get(to) ?? new Set<number>();
        if (set.has(serial)) throw new Error(`serial ${serial} credited twice to ${to}`);
        set.add(serial);
        held.set(to, set);
      }
    }
  }
  return held;
}

describe('the credits ledger under concurrent operations [postgres]', () => {
  it('runs 400 concurrent transfers, uses and retirements with no balance below zero and every serial once', async () => {
    const random = randomFrom(16);
    const holders = Array.from({ length: 10 }, (_, i) => `h${i + 1}`);
    const pick = () => holders[Math.floor(random() * holders.length)] ?? 'h1';
    const requests = Array.from({ length: 400 }, () => {
      const from = pick();
      const quantity = String(1 + Math.floor(random() * 60));
      const roll = random();
      if (roll < 0.6) {
        let to = pick();
        while (to === from) to = pick();
        return operation({ kind: 'transfer', from, to, quantity });
      }
      if (roll < 0.85) return operation({ kind: 'retire', from, quantity, reference: null });
      return operation({ kind: 'use', from, quantity, reference: '碳費 (synthetic)' });
    });
    const started = performance.now();
    const outcomes = await Promise.allSettled(
      requests.map((request, i) => recordOperation(pool(i), city, request, actor)),
    );
    const seconds = (performance.now() - started) / 1000;
    const done = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    // The only refusal is a holder short of credits, told as such: the account lock makes each
    // operation see what the one before it left, so none trips over the database's own check.
    for (const reason of refused) {
      expect(reason).toBeInstanceOf(NetZeroError);
      expect((reason as NetZeroError).issues.map((i) => i.code)).toEqual(['insufficient_balance']);
    }
    expect(done.length).toBeGreaterThan(200);
    console.info(
      `ledger race: ${done.length} recorded, ${refused.length} refused (short of credits), ` +
        `${(requests.length / seconds).toFixed(0)} operations/s over 30 connections`,
    );

    expect(await checkLedger(pool(0), city)).toEqual([]);
    const balances = new Map((await listAccounts(pool(0), city)).map((a) => [a.code, a.balance]));
    const holderTotal = holders.reduce((total, h) => total + (balances.get(h) ?? 0), 0);
    expect(holderTotal + (balances.get('_retirement') ?? 0) + (balances.get('_use') ?? 0)).toBe(
      5000,
    );
    for (const h of holders) expect(balances.get(h)).toBeGreaterThanOrEqual(0);

    // Replaying the recorded operations in the order they were numbered moves only serials each
    // holder held then, and ends where the database is.
    const { rows: issues } = await sql<{ first: number; last: number; to: string }>`
      SELECT e.first_serial AS first, e.last_serial AS last, e.credit_account AS to
      FROM credit_entries e WHERE e.city_id = ${city} AND e.debit_account = '_issuance'`.execute(
      pool(0),
    );
    const issued: OperationResponse[] = issues.map((r, i) => ({
      id: -issues.length + i,
      kind: 'issue',
      on,
      at: '',
      from: null,
      to: { code: r.to, name: r.to },
      quantity: r.last - r.first + 1,
      serials: [{ project: 'race', period: 1, first: r.first, last: r.last, quantity: 0 }],
      reference: null,
      note: null,
    }));
    const held = replay([...issued, ...done]);
    for (const [account, serials] of held)
      expect(serials.size, account).toBe(balances.get(account));
  }, 120_000);

  it('lets exactly one of 30 concurrent retirements of the same 50 credits through', async () => {
    // Fresh credits from the period (verified 100,000 t), not what the race above left to a holder.
    await recordOperation(pool(0), city, issueTo('solo', '50'), actor);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        recordOperation(
          pool(i),
          city,
          operation({ kind: 'retire', from: 'solo', quantity: '50', reference: null }),
          actor,
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await checkLedger(pool(0), city)).toEqual([]);
  });

  it('holds without the code: 20 writers retiring the same serials straight in SQL, one commits', async () => {
    await recordOperation(pool(0), city, issueTo('solo2', '20'), actor);
    const { rows } = await sql<{ first: number; last: number }>`
      SELECT first_serial AS first, last_serial AS last FROM credit_blocks
      WHERE city_id = ${city} AND account = 'solo2'`.execute(pool(0));
    const [block] = rows;
    if (!block || rows.length !== 1) throw new Error('solo2 should hold one block');
    // No account lock, no balance check: only the database stands between these writers.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        pool(i)
          .transaction()
          .execute((trx) =>
            sql`WITH op AS (INSERT INTO credit_operations (city_id, kind, on_date, actor)
                  VALUES (${city}, 'retire', ${on}, 'psql') RETURNING id)
                INSERT INTO credit_entries (city_id, operation_id, position, debit_account,
                  credit_account, project_code, period_no, first_serial, last_serial)
                SELECT ${city}, id, 1, 'solo2', '_retirement', 'race', 1, ${block.first}, ${block.last}
                FROM op`.execute(trx),
          ),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes)
      if (o.status === 'rejected') expect((o.reason as { code?: string }).code).toBe('23514');
    expect(await checkLedger(pool(0), city)).toEqual([]);
  });
});
