import { sql, type Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { holderInput, periodInput, projectInput } from '../../contracts/api/credits.js';
import type { OperationInput } from '../../contracts/api/credits.js';
import { NetZeroError } from '../../core/errors.js';
import type { Tables } from '../tables.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { addHolder, listAccounts } from './accounts.js';
import { checkLedger } from './check-ledger.js';
import { recordPeriod, verifyPeriod } from './periods.js';
import { recordProject } from './projects.js';
import { projectPage } from './read-projects.js';
import { recordOperation } from './record-operation.js';
import { createSyntheticCity } from './test-support/synthetic-credits.js';

const city = 'ledger-test';
const actor = 'sec';
const on = '2024-05-01';

const issue = (quantity: string, extra: Partial<OperationInput> = {}) =>
  ({
    kind: 'issue',
    project: 'bus',
    period: 1,
    to: 'operator',
    quantity,
    on,
    note: null,
    idempotencyKey: null,
    ...extra,
  }) as OperationInput;
const move = (
  kind: 'transfer' | 'use' | 'retire',
  from: string,
  quantity: string,
  extra: Record<string, unknown> = {},
) =>
  ({
    kind,
    from,
    project: null,
    quantity,
    on,
    note: null,
    idempotencyKey: null,
    reference: kind === 'use' ? '112年碳費繳費單 (synthetic)' : null,
    ...(kind === 'transfer' ? { to: 'buyer' } : {}),
    ...extra,
  }) as OperationInput;

const ledgerTables = ['credit_operations', 'credit_entries', 'credit_blocks', 'audit_log'] as const;
async function counts(db: Kysely<Tables>): Promise<number[]> {
  const out: number[] = [];
  for (const table of ledgerTables) {
    const { rows } = await sql<{
      n: string;
    }>`SELECT count(*)::text AS n FROM ${sql.table(table)}`.execute(db);
    out.push(Number(rows[0]?.n));
  }
  return out;
}

/** The error a write throws, with its code and its issues' codes and paths. */
async function refusal(write: Promise<unknown>) {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof NetZeroError))
    throw new Error(`expected a NetZeroError, got ${String(error)}`);
  return { code: error.code, issues: error.issues.map((i) => `${i.path}:${i.code ?? ''}`) };
}

describeEachDatabase('the credits ledger', (getDb) => {
  const db = () => getDb().db;

  beforeAll(async () => {
    await createSyntheticCity(db(), city);
    await recordProject(
      db(),
      city,
      projectInput.parse({
        code: 'bus',
        name: '合成電動公車專案 (synthetic)',
        proponent: '合成客運 (synthetic)',
        registration: { status: 'registered', number: 'SYN-001', date: '2023-06-01' },
      }),
      actor,
    );
    await recordPeriod(
      db(),
      city,
      'bus',
      periodInput.parse({
        no: 1,
        startsOn: '2021-04-29',
        endsOn: '2023-04-30',
        reportedTonnes: '1367',
      }),
      actor,
    );
    for (const code of ['operator', 'buyer'])
      await addHolder(db(), city, holderInput.parse({ code, name: `${code} (synthetic)` }), actor);
  });

  it('issues nothing from a period not yet verified, then no more than its verified tonnes', async () => {
    const before = await counts(db());
    expect(await refusal(recordOperation(db(), city, issue('100'), actor))).toEqual({
      code: 'CONFLICT',
      issues: ['period:period_not_verified'],
    });
    await verifyPeriod(db(), city, 'bus', 1, { tonnes: '1367.5', on: '2024-04-01' }, actor);
    expect(await refusal(recordOperation(db(), city, issue('1368'), actor))).toEqual({
      code: 'CONFLICT',
      issues: ['quantity:exceeds_verified'],
    });
    expect((await counts(db()))[0]).toBe(before[0]);
    const first = await recordOperation(db(), city, issue('1000'), actor);
    expect(first.serials).toEqual([
      { project: 'bus', period: 1, first: 1, last: 1000, quantity: 1000 },
    ]);
    const second = await recordOperation(db(), city, issue('367'), actor);
    expect(second.serials[0]).toMatchObject({ first: 1001, last: 1367 });
    expect(await refusal(recordOperation(db(), city, issue('1'), actor))).toEqual({
      code: 'CONFLICT',
      issues: ['quantity:exceeds_verified'],
    });
    // Nor may the verified figure drop below what was issued.
    expect(
      await refusal(
        verifyPeriod(db(), city, 'bus', 1, { tonnes: '1366', on: '2024-04-02' }, actor),
      ),
    ).toEqual({ code: 'CONFLICT', issues: ['tonnes:below_issued'] });
  });

  it('transfers, uses and retires from the lowest serials, splitting blocks', async () => {
    const transfer = await recordOperation(db(), city, move('transfer', 'operator', '300'), actor);
    expect(transfer).toMatchObject({
      kind: 'transfer',
      from: { code: 'operator' },
      to: { code: 'buyer' },
      quantity: 300,
      serials: [{ first: 1, last: 300 }],
    });
    const retired = await recordOperation(db(), city, move('retire', 'buyer', '120'), actor);
    expect(retired).toMatchObject({ to: null, serials: [{ first: 1, last: 120 }] });
    const used = await recordOperation(db(), city, move('use', 'buyer', '80'), actor);
    expect(used).toMatchObject({
      reference: '112年碳費繳費單 (synthetic)',
      serials: [{ first: 121, last: 200 }],
    });
    const balances = Object.fromEntries(
      (await listAccounts(db(), city)).map((a) => [a.code, a.balance]),
    );
    expect(balances).toEqual({
      operator: 1067,
      buyer: 100,
      _issuance: -1367,
      _retirement: 120,
      _use: 80,
    });
    expect(await checkLedger(db(), city)).toEqual([]);
  });

  it('refuses bad input with a coded issue and writes nothing', async () => {
    const before = await counts(db());
    const cases: [() => Promise<unknown>, string, string][] = [
      [
        () =>
          recordOperation(db(), city, move('transfer', 'operator', '5', { to: 'nobody' }), actor),
        'VALIDATION_FAILED',
        'to:unknown_holder',
      ],
      [
        () => recordOperation(db(), city, move('retire', 'ghost', '5'), actor),
        'VALIDATION_FAILED',
        'from:unknown_holder',
      ],
      [
        () => recordOperation(db(), city, move('retire', 'buyer', '101'), actor),
        'CONFLICT',
        'quantity:insufficient_balance',
      ],
      [
        () => recordOperation(db(), city, move('retire', 'buyer', '-5'), actor),
        'VALIDATION_FAILED',
        'quantity:not_positive',
      ],
      [
        () => recordOperation(db(), city, move('retire', 'buyer', '0'), actor),
        'VALIDATION_FAILED',
        'quantity:not_positive',
      ],
      [
        () => recordOperation(db(), city, move('retire', 'buyer', '2.5'), actor),
        'VALIDATION_FAILED',
        'quantity:not_whole_tonnes',
      ],
      [
        () => recordOperation(db(), city, move('retire', 'buyer', 'ten'), actor),
        'VALIDATION_FAILED',
        'quantity:',
      ],
      [
        () => recordOperation(db(), city, move('transfer', 'buyer', '1', { to: 'buyer' }), actor),
        'VALIDATION_FAILED',
        'to:same_holder',
      ],
      [
        () => recordOperation(db(), city, issue('1', { project: 'nothing' }), actor),
        'NOT_FOUND',
        'project:unknown_project',
      ],
      [
        () =>
          recordPeriod(
            db(),
            city,
            'bus',
            periodInput.parse({ no: 2, startsOn: '2023-04-30', endsOn: '2024-04-30' }),
            actor,
          ),
        'CONFLICT',
        'startsOn:period_overlaps',
      ],
      [
        () =>
          recordPeriod(
            db(),
            city,
            'bus',
            periodInput.parse({
              no: 2,
              startsOn: '2023-05-01',
              endsOn: '2024-04-30',
              reportedTonnes: '-3',
            }),
            actor,
          ),
        'VALIDATION_FAILED',
        'reportedTonnes:not_positive',
      ],
    ];
    for (const [write, code, issue] of cases)
      expect(await refusal(write()), issue).toEqual({ code, issues: [issue] });
    expect(await counts(db())).toEqual(before);
  });

  it('records an operation once per idempotency key', async () => {
    const once = move('retire', 'operator', '7', { idempotencyKey: 'retire-7-synthetic' });
    const first = await recordOperation(db(), city, once, actor);
    const before = await counts(db());
    expect(await recordOperation(db(), city, once, actor)).toEqual(first);
    expect(await counts(db())).toEqual(before);
  });

  it('shows the public a project’s issues and retirements, the registry every operation', async () => {
    const registry = await projectPage(db(), city, 'bus', 'registry');
    const publicPage = await projectPage(db(), city, 'bus', 'public');
    expect(registry.history.map((o) => o.kind)).toEqual([
      'issue',
      'issue',
      'transfer',
      'retire',
      'use',
      'retire',
    ]);
    expect(publicPage.history.map((o) => o.kind)).toEqual(['issue', 'issue', 'retire', 'retire']);
    expect(publicPage.project.totals).toEqual({
      verifiedTonnes: '1367.5',
      issued: 1367,
      retired: 127,
      used: 80,
      outstanding: 1160,
    });
    expect(publicPage.periods).toMatchObject([
      { no: 1, verifiedTonnes: '1367.5', issued: 1367, issuable: 0 },
    ]);
  });

  it('is enforced by the database: retired serials never move, serials exist once, history stays', async () => {
    const tries = [
      // A retired credit (serial 1) moved again, as a writer that skips the code would.
      sql`WITH op AS (INSERT INTO credit_operations (city_id, kind, on_date, actor)
            VALUES (${city}, 'retire', ${on}, 'psql') RETURNING id)
          INSERT INTO credit_entries (city_id, operation_id, position, debit_account, credit_account, project_code, period_no, first_serial, last_serial)
          SELECT ${city}, id, 1, 'buyer', '_retirement', 'bus', 1, 1, 1 FROM op`,
      // More than the holder holds: serials 201–400 are partly the operator's.
      sql`WITH op AS (INSERT INTO credit_operations (city_id, kind, on_date, actor)
            VALUES (${city}, 'transfer', ${on}, 'psql') RETURNING id)
          INSERT INTO credit_entries (city_id, operation_id, position, debit_account, credit_account, project_code, period_no, first_serial, last_serial)
          SELECT ${city}, id, 1, 'buyer', 'operator', 'bus', 1, 201, 400 FROM op`,
      // Serials issued a second time.
      sql`WITH op AS (INSERT INTO credit_operations (city_id, kind, project_code, period_no, on_date, actor)
            VALUES (${city}, 'issue', 'bus', 1, ${on}, 'psql') RETURNING id)
          INSERT INTO credit_entries (city_id, operation_id, position, debit_account, credit_account, project_code, period_no, first_serial, last_serial)
          SELECT ${city}, id, 1, '_issuance', 'buyer', 'bus', 1, 5, 5 FROM op`,
      sql`UPDATE credit_blocks SET account = 'buyer' WHERE account = '_retirement'`,
      sql`DELETE FROM credit_blocks WHERE account = '_retirement'`,
      sql`DELETE FROM credit_entries`,
      sql`UPDATE credit_operations SET kind = 'transfer' WHERE kind = 'retire'`,
    ];
    const before = await counts(db());
    for (const statement of tries) {
      const error = await db()
        .transaction()
        .execute((trx) => statement.execute(trx))
        .then(
          () => null,
          (e: unknown) => e as { code?: string; message?: string },
        );
      expect(['23514', '23P01', '55000'], error?.message).toContain(error?.code);
    }
    expect(await counts(db())).toEqual(before);
    expect(await checkLedger(db(), city)).toEqual([]);
  });
});
