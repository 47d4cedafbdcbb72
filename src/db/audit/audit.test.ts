import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../city/seed-dataset.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { appendAudit } from './append-audit.js';
import { canonicalJson } from './canonical-json.js';
import { verifyAudit } from './verify-audit.js';

it('writes canonical JSON whatever the key order', () => {
  expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
    '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
  );
  expect(canonicalJson({ a: undefined, b: '萬' })).toBe('{"b":"萬"}');
});

describeEachDatabase('audit trail', (getDb) => {
  beforeAll(async () => {
    await seedDataset(getDb().db, 'kaohsiung');
    await getDb()
      .db.transaction()
      .execute(async (trx) => {
        for (let i = 1; i <= 5; i++)
          await appendAudit(trx, {
            city: 'kaohsiung',
            actor: 'clerk',
            action: 'round.open',
            entity: 'thing',
            entityKey: String(i),
            before: i === 1 ? null : { value: String(i - 1), nested: { z: 1, a: [i] } },
            after: { value: String(i), note: '萬公噸' },
          });
      });
  });

  it('chains entries and verifies intact', async () => {
    const result = await verifyAudit(getDb().db, 'kaohsiung', 2);
    expect(result).toEqual({ city: 'kaohsiung', ok: true, entries: 5, firstBroken: null });
  });

  it('refuses UPDATE and DELETE on the trail', async () => {
    await expect(
      sql`UPDATE audit_log SET actor = 'x' WHERE seq = 1`.execute(getDb().db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE seq = 1`.execute(getDb().db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('appends from concurrent transactions without a fork in the chain', async () => {
    const db = getDb().db;
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        db.transaction().execute((trx) =>
          appendAudit(trx, {
            city: 'kaohsiung',
            actor: `w${i}`,
            action: 'round.update',
            entity: 'thing',
            entityKey: 'r',
            before: null,
            after: { i },
          }),
        ),
      ),
    );
    expect(await verifyAudit(db, 'kaohsiung')).toMatchObject({ ok: true, entries: 11 });
  });

  it('finds the first altered entry when a row is changed behind its back', async () => {
    const db = getDb().db;
    // What an attacker with SQL access would do: lift the guard, rewrite history.
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(db);
    await sql`UPDATE audit_log SET after = '{"value":"999","note":"萬公噸"}' WHERE city_id = 'kaohsiung' AND seq = 3`.execute(
      db,
    );
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(db);
    const result = await verifyAudit(db, 'kaohsiung');
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({
      seq: 3,
      reason: 'hash does not match the entry’s content: the entry was altered',
    });
  });
});
