import type { Kysely } from 'kysely';
import type { ProjectInput } from '../../contracts/api/credits.js';
import { creditProblem } from '../../core/credits/quantity.js';
import type { ProjectRegistrationStatus } from '../../core/credits/vocabulary.js';
import { invalid, NetZeroError } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { checkMeasureExists } from '../measures/measure-exists.js';

/**
 * Records an offset project (抵換專案) as its proponent registered it or applied to. Refused: a
 * code the city already has, a registration number or date on a project not yet registered, a
 * measure or source the city does not have.
 */
export async function recordProject(
  db: Kysely<Tables>,
  city: string,
  project: ProjectInput,
  actor: string,
): Promise<void> {
  const { registration, measure } = project;
  if (registration.status === 'applied' && (registration.number ?? registration.date) !== null)
    throw invalid(
      'registration',
      'a project applied for has no registration number or date until it is registered',
    );
  await db.transaction().execute(async (trx) => {
    const rows = await selectCityRows(trx, 'credit_projects', city).select('code').execute();
    if (rows.some((r) => r.code === project.code))
      throw new NetZeroError('CONFLICT', `offset project "${project.code}" already exists`, [
        { path: 'code', message: 'already exists' },
      ]);
    if (measure) await checkMeasureExists(trx, city, measure, 'measure');
    if (project.source !== null) await sourceAt(trx, city, project.source, 'source');
    await trx
      .insertInto('credit_projects')
      .values({
        city_id: city,
        code: project.code,
        name: project.name,
        name_en: project.nameEn,
        proponent: project.proponent,
        description: project.description,
        methodology: project.methodology,
        registration_status: registration.status,
        registration_number: registration.number,
        registered_on: registration.date,
        measure_plan_code: measure?.plan ?? null,
        measure_sector_code: measure?.sector ?? null,
        measure_no: measure?.no ?? null,
        source_code: project.source,
        notes: JSON.stringify(project.notes),
        position: rows.length + 1,
      })
      .execute();
    await appendAudit(trx, {
      city,
      actor,
      action: 'credits.project_record',
      entity: 'credit_project',
      entityKey: project.code,
      before: null,
      after: project,
    });
  });
}

/** Refuses a source code the city does not list, at `path`. */
export async function sourceAt(
  db: Kysely<Tables>,
  city: string,
  code: string,
  path: string,
): Promise<void> {
  const found = await selectCityRows(db, 'sources', city)
    .select('code')
    .where('code', '=', code)
    .executeTakeFirst();
  if (!found) throw invalid(path, `no source "${code}" in the city's sources`);
}

/** The project's registration status, or `unknown_project` at `path`. */
export async function projectAt(
  db: Kysely<Tables>,
  city: string,
  code: string,
  path: string,
): Promise<{ code: string; registration_status: ProjectRegistrationStatus }> {
  const row = await selectCityRows(db, 'credit_projects', city)
    .select(['code', 'registration_status'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row)
    throw creditProblem('NOT_FOUND', path, 'unknown_project', `no offset project "${code}"`, {
      project: code,
    });
  return row;
}
