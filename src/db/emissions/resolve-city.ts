import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import type { Tables } from '../tables.js';

/** The city a command means; it may be left out when there is only one. */
export async function resolveCity(db: Kysely<Tables>, city: string | undefined): Promise<string> {
  const cities = (await db.selectFrom('cities').select('id').orderBy('id').execute()).map(
    (c) => c.id,
  );
  const chosen = city ?? (cities.length === 1 ? cities[0] : undefined);
  if (chosen === undefined)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `--city is required; cities: ${cities.join(', ') || '(none)'}`,
      [{ path: 'city', message: 'required' }],
    );
  if (!cities.includes(chosen))
    throw new NetZeroError(
      'NOT_FOUND',
      `no city "${chosen}"; cities: ${cities.join(', ') || '(none)'}`,
      [{ path: 'city', message: 'not found' }],
    );
  return chosen;
}
