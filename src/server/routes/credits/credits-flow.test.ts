import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { seedCredits } from '../../../db/credits/seed-credits.js';
import { describeEachDatabase } from '../../../db/test-support/databases.js';
import type { ApiClient } from '../../test-support/api-client.js';
import { kaohsiungApp } from '../../test-support/kaohsiung-app.js';

interface ErrorBody {
  code: string;
  details: { path: string; code?: string }[];
}
interface Page {
  project: { code: string; totals: Record<string, unknown> };
  periods: { no: number; issuable: number }[];
  history: { kind: string; quantity: number; from: { code: string } | null }[];
}

const K = '/cities/kaohsiung/credits';
const P = `${K}/projects/synthetic-bus`;
const on = '2024-07-01';
const op = (fields: Record<string, unknown>) => ({ on, ...fields });

describeEachDatabase(
  'credits: record → verify → issue → transfer → retire, read in public',
  (getDb) => {
    let sec: ApiClient;
    let reviewer: ApiClient;
    let anon: ApiClient;
    const counts = async () => {
      const { rows } = await sql<{ n: string }>`
      SELECT (SELECT count(*) FROM credit_operations) + (SELECT count(*) FROM credit_entries)
        + (SELECT count(*) FROM credit_blocks) + (SELECT count(*) FROM audit_log) AS n`.execute(
        getDb().db,
      );
      return rows[0]?.n;
    };
    /** A refusal: its status, the field and code it names, and nothing written. */
    const refused = async (body: unknown, status: number, detail: string) => {
      const before = await counts();
      const res = await sec.json<ErrorBody>('POST', `${K}/operations`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.details.map((d) => `${d.path}:${d.code ?? ''}`)).toContain(detail);
      expect(await counts()).toBe(before);
    };

    beforeAll(async () => {
      const { db, engine } = getDb();
      const { visitor, signedIn } = await kaohsiungApp({
        db,
        engine,
        now: () => new Date('2024-07-01T02:00:00Z'),
      });
      await seedCredits(db, 'kaohsiung', 'setup');
      sec = await signedIn('sec', 'admin');
      reviewer = await signedIn('rev', 'reviewer');
      anon = await visitor();
    });

    it('shows the public registered projects only', async () => {
      const list = await anon.json<{ code: string }[]>('GET', `${K}/projects`);
      expect(list.body.map((p) => p.code)).toEqual(['hancheng-electric-buses']);
      expect((await anon.json('GET', `${K}/projects/sanfang-chemical`)).status).toBe(404);
      const seen = await reviewer.json<{ code: string }[]>('GET', `${K}/projects`);
      expect(seen.body.map((p) => p.code)).toEqual(['hancheng-electric-buses', 'sanfang-chemical']);
    });

    it('lets only the secretariat record and move credits', async () => {
      const project = {
        code: 'synthetic-bus',
        name: '合成電動公車專案 (synthetic)',
        proponent: '合成客運 (synthetic)',
        methodology: '合成方法學 (synthetic)',
        registration: { status: 'registered', number: 'SYN-9', date: '2024-01-05' },
        measure: { plan: 'phase2', sector: 'manufacturing', no: 4 },
      };
      expect((await anon.json('POST', `${K}/projects`, project)).status).toBe(401);
      expect((await reviewer.json('POST', `${K}/projects`, project)).status).toBe(403);
      expect((await sec.json('POST', `${K}/projects`, project)).status).toBe(201);
      const period = {
        no: 1,
        startsOn: '2023-01-01',
        endsOn: '2023-12-31',
        reportedTonnes: '820.4',
      };
      expect((await sec.json('POST', `${P}/periods`, period)).status).toBe(201);
      const verified = await sec.json<Page>('PUT', `${P}/periods/1/verification`, {
        tonnes: '800.7',
        on: '2024-06-01',
      });
      expect(verified.body.periods).toMatchObject([{ no: 1, issuable: 800 }]);
      for (const holder of [
        { code: 'bus-co', name: '合成客運 (synthetic)' },
        { code: 'steel-co', name: '合成鋼鐵 (synthetic)' },
      ])
        expect((await sec.json('POST', `${K}/accounts`, holder)).status).toBe(201);
      const issue = op({
        kind: 'issue',
        project: 'synthetic-bus',
        period: 1,
        to: 'bus-co',
        quantity: '800',
      });
      expect((await reviewer.json('POST', `${K}/operations`, issue)).status).toBe(403);
      expect((await sec.json('POST', `${K}/operations`, issue)).status).toBe(201);
      // The secretariat moves them on: each operation in turn, each accepted.
      for (const moved of [
        { kind: 'transfer', from: 'bus-co', to: 'steel-co', quantity: '300' },
        {
          kind: 'retire',
          from: 'steel-co',
          quantity: '120',
          reference: '合成鋼鐵 113年自願註銷 (synthetic)',
        },
        { kind: 'use', from: 'steel-co', quantity: '100', reference: '113年碳費 (synthetic)' },
      ])
        expect((await sec.json('POST', `${K}/operations`, op(moved))).status).toBe(201);
    });

    it('refuses bad operations with the field and reason, writing nothing', async () => {
      const cases: [body: Record<string, unknown>, status: number, detail: string][] = [
        [
          { kind: 'transfer', from: 'bus-co', to: 'nobody', quantity: '5' },
          400,
          'to:unknown_holder',
        ],
        [
          { kind: 'retire', from: 'steel-co', quantity: '81' },
          409,
          'quantity:insufficient_balance',
        ],
        [{ kind: 'retire', from: 'steel-co', quantity: '-1' }, 400, 'quantity:not_positive'],
        [{ kind: 'retire', from: 'steel-co', quantity: 'many' }, 400, 'body.quantity:'],
        [{ kind: 'retire', from: 'steel-co', quantity: '1.5' }, 400, 'quantity:not_whole_tonnes'],
        [
          { kind: 'issue', project: 'synthetic-bus', period: 1, to: 'bus-co', quantity: '1' },
          409,
          'quantity:exceeds_verified',
        ],
      ];
      for (const [fields, status, detail] of cases) await refused(op(fields), status, detail);
    });

    it('gives the public the registry page: issues and retirements, no transfers or uses', async () => {
      const page = await anon.json<Page>('GET', P);
      expect(page.status).toBe(200);
      expect(page.body.history.map((h) => [h.kind, h.quantity, h.from?.code ?? null])).toEqual([
        ['issue', 800, null],
        ['retire', 120, 'steel-co'],
      ]);
      expect(page.body.project.totals).toEqual({
        verifiedTonnes: '800.7',
        issued: 800,
        retired: 120,
        used: 100,
        outstanding: 580,
      });
      const full = await reviewer.json<Page>('GET', P);
      expect(full.body.history.map((h) => `${h.kind} ${h.quantity}`)).toEqual([
        'issue 800',
        'transfer 300',
        'retire 120',
        'use 100',
      ]);
      expect((await anon.json('GET', `${K}/accounts`)).status).toBe(401);
      const accounts = await reviewer.json<{ code: string; balance: number }[]>(
        'GET',
        `${K}/accounts`,
      );
      expect(accounts.body.map((a) => [a.code, a.balance])).toEqual([
        ['bus-co', 500],
        ['steel-co', 80],
        ['_issuance', -800],
        ['_retirement', 120],
        ['_use', 100],
      ]);
    });

    it('audits every ledger write', async () => {
      const { rows } = await sql<{ action: string }>`
      SELECT action FROM audit_log WHERE action LIKE 'credits.%' AND actor = 'sec' ORDER BY seq`.execute(
        getDb().db,
      );
      expect(rows.map((r) => r.action)).toEqual([
        'credits.project_record',
        'credits.period_record',
        'credits.period_verify',
        'credits.account_add',
        'credits.account_add',
        'credits.issue',
        'credits.transfer',
        'credits.retire',
        'credits.use',
      ]);
    });
  },
);
