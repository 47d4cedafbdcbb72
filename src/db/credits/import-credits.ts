import type { Kysely } from 'kysely';
import type { CreditsSection } from '../../contracts/credits-document.js';
import type { Tables } from '../tables.js';
import { refusedByLedger } from './ledger-errors.js';
import { writeEntries } from './write-entries.js';

/**
 * Writes a city's credits ledger from its document, inside the city import's transaction.
 * Operations are replayed in order through the ledger's trigger (migration 0013), which rebuilds
 * the blocks and refuses a document that moves serials nobody held, issues beyond a verified
 * period or issues a serial twice: a CONFLICT, and the whole import rolls back.
 */
export async function importCredits(
  trx: Kysely<Tables>,
  city: string,
  section: CreditsSection,
): Promise<void> {
  const { projects, accounts, operations } = section;
  if (projects.length > 0)
    await trx
      .insertInto('credit_projects')
      .values(
        projects.map((p, index) => ({
          city_id: city,
          code: p.code,
          name: p.name,
          name_en: p.nameEn,
          proponent: p.proponent,
          description: p.description,
          methodology: p.methodology,
          registration_status: p.registration.status,
          registration_number: p.registration.number,
          registered_on: p.registration.date,
          measure_plan_code: p.measure?.plan ?? null,
          measure_sector_code: p.measure?.sector ?? null,
          measure_no: p.measure?.no ?? null,
          source_code: p.source,
          notes: JSON.stringify(p.notes),
          position: index + 1,
        })),
      )
      .execute();
  const periods = projects.flatMap((p) =>
    p.periods.map((x) => ({
      city_id: city,
      project_code: p.code,
      no: x.no,
      starts_on: x.startsOn,
      ends_on: x.endsOn,
      reported_t: x.reportedTonnes,
      verified_t: x.verified?.tonnes ?? null,
      verified_on: x.verified?.on ?? null,
      source_code: x.source,
      notes: JSON.stringify(x.notes),
    })),
  );
  if (periods.length > 0) await trx.insertInto('credit_periods').values(periods).execute();
  if (accounts.length > 0)
    await trx
      .insertInto('credit_accounts')
      .values(
        accounts.map((a) => ({
          city_id: city,
          code: a.code,
          kind: a.kind,
          name: a.name,
          name_en: a.nameEn,
        })),
      )
      .execute();
  await refusedByLedger(async () => {
    for (const o of operations) {
      const { id } = await trx
        .insertInto('credit_operations')
        .values({
          city_id: city,
          kind: o.kind,
          project_code: o.project,
          period_no: o.period,
          on_date: o.on,
          reference: o.reference,
          note: o.note,
          idempotency_key: o.idempotencyKey,
          actor: o.actor,
          at: o.at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeEntries(trx, city, id, o.entries);
    }
  });
}
