import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import { parseDecimal } from '../../core/decimal.js';
import { checkGasFactorUnit } from '../../core/emissions/factor-unit.js';
import { getGas } from '../../core/emissions/gases.js';
import { nextInList } from '../city/rows.js';
import type { Tables } from '../tables.js';
import { selectCityRows } from '../city-scope.js';

export interface NewFactorVersion {
  version: string;
  value: string;
  unit: string;
  year: number;
  source?: string | undefined;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  notes?: readonly string[] | undefined;
}

/**
 * Adds a new version of a factor that supersedes an existing one. Figures keep citing the version
 * they used; the old version is never edited (the database refuses that once a published figure
 * uses it). The gas and name carry over: a new version is the same factor, newly measured.
 */
export async function supersedeFactor(
  db: Kysely<Tables>,
  cityId: string,
  code: string,
  supersedes: string,
  next: NewFactorVersion,
): Promise<void> {
  const value = parseDecimal(next.value, 'value');
  if (value.isNegative())
    throw new NetZeroError('VALIDATION_FAILED', 'value: must not be negative', [
      { path: 'value', message: 'must not be negative' },
    ]);
  await db.transaction().execute(async (trx) => {
    const old = await selectCityRows(trx, 'emission_factors', cityId)
      .selectAll()
      .where('code', '=', code)
      .where('version', '=', supersedes)
      .executeTakeFirst();
    if (!old)
      throw new NetZeroError('NOT_FOUND', `no factor ${code} version ${supersedes}`, [
        { path: 'supersedes', message: 'not found' },
      ]);
    checkGasFactorUnit(next.unit, old.gas === null ? null : getGas(old.gas, 'gas'), 'unit');
    const taken = await selectCityRows(trx, 'emission_factors', cityId)
      .select('version')
      .where('code', '=', code)
      .where('version', '=', next.version)
      .executeTakeFirst();
    if (taken)
      throw new NetZeroError('CONFLICT', `factor ${code} already has a version ${next.version}`, [
        { path: 'version', message: 'already exists' },
      ]);
    const factors = selectCityRows(trx, 'emission_factors', cityId);
    await trx
      .insertInto('emission_factors')
      .values({
        city_id: cityId,
        code,
        version: next.version,
        name: old.name,
        value: value.toFixed(),
        unit: next.unit,
        year: next.year,
        gas: old.gas,
        supersedes_version: supersedes,
        source_code: next.source ?? old.source_code,
        valid_from: next.validFrom ?? null,
        valid_to: next.validTo ?? null,
        notes: JSON.stringify(next.notes ?? []),
        position: await nextInList(factors, 'position', 0),
      })
      .execute();
  });
}
