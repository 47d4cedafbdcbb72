import { sql, type Kysely } from 'kysely';
import type { OperationInput } from '../../../contracts/api/credits.js';
import { projectInput, periodInput, holderInput } from '../../../contracts/api/credits.js';
import type { Tables } from '../../tables.js';
import { addHolder } from '../accounts.js';
import { recordPeriod } from '../periods.js';
import { recordProject } from '../projects.js';
import { recordOperation } from '../record-operation.js';

/**
 * SYNTHETIC test data for the credits ledger — invented, not from any source. Every name says
 * so (合成, "synthetic"), so it can never be mistaken for Kaohsiung's records.
 */
export const SYNTHETIC_LABEL = '合成測試資料 (synthetic test data)';

/** A small deterministic generator (mulberry32), so a failing run can be repeated. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A bare city for ledger tests: no plan, only what the ledger needs. */
export async function createSyntheticCity(db: Kysely<Tables>, city: string): Promise<void> {
  await sql`INSERT INTO cities (id, name) VALUES (${city}, ${`${SYNTHETIC_LABEL} ${city}`})`.execute(
    db,
  );
}

/**
 * Records a synthetic registered project with one verified period of `verifiedTonnes`, and
 * `holders` holders (h1, h2, …), then issues `perHolder` credits to each.
 */
export async function seedSyntheticLedger(
  db: Kysely<Tables>,
  city: string,
  options: { project: string; verifiedTonnes: string; holders: number; perHolder: number },
): Promise<string[]> {
  const actor = 'test:synthetic';
  await recordProject(
    db,
    city,
    projectInput.parse({
      code: options.project,
      name: `合成專案 ${options.project} (synthetic)`,
      proponent: SYNTHETIC_LABEL,
      registration: { status: 'registered', number: `SYN-${options.project}`, date: '2024-01-02' },
    }),
    actor,
  );
  await recordPeriod(
    db,
    city,
    options.project,
    periodInput.parse({
      no: 1,
      startsOn: '2023-01-01',
      endsOn: '2023-12-31',
      verified: { tonnes: options.verifiedTonnes, on: '2024-03-01' },
    }),
    actor,
  );
  const holders = Array.from({ length: options.holders }, (_, i) => `h${i + 1}`);
  for (const code of holders) {
    const holder = holderInput.parse({ code, name: `合成持有者 ${code} (synthetic)` });
    await addHolder(db, city, holder, actor);
    const issue: OperationInput = {
      kind: 'issue',
      project: options.project,
      period: 1,
      to: code,
      quantity: String(options.perHolder),
      on: '2024-03-02',
      note: SYNTHETIC_LABEL,
      idempotencyKey: null,
    };
    await recordOperation(db, city, issue, actor);
  }
  return holders;
}
