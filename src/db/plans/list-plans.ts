import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import type { Tables } from '../tables.js';
import { selectCityRows } from '../city-scope.js';

export interface PlanListing {
  city: string;
  cityName: string;
  code: string;
  name: string;
  start: string;
  end: string;
  measures: number;
}

/** Plans of one city, or of every city when `cityId` is undefined. */
export async function listPlans(db: Kysely<Tables>, cityId?: string): Promise<PlanListing[]> {
  let query = db
    .selectFrom('plans')
    .innerJoin('cities', 'cities.id', 'plans.city_id')
    .select((eb) => [
      'plans.city_id as city',
      'cities.name as cityName',
      'plans.code',
      'plans.name',
      'plans.start_date as start',
      'plans.end_date as end',
      eb
        .selectFrom('measures')
        .select((m) => m.fn.countAll<number>().as('n'))
        .whereRef('measures.city_id', '=', 'plans.city_id')
        .whereRef('measures.plan_code', '=', 'plans.code')
        .as('measures'),
    ])
    .orderBy('plans.city_id')
    .orderBy('plans.position');
  if (cityId !== undefined) query = query.where('plans.city_id', '=', cityId);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, measures: r.measures ?? 0 }));
}

/** One plan with its city's name, or undefined when the city has no such plan. */
export async function findPlan(
  db: Kysely<Tables>,
  city: string,
  plan: string,
): Promise<{ code: string; name: string; cityName: string } | undefined> {
  return db
    .selectFrom('plans')
    .innerJoin('cities', 'cities.id', 'plans.city_id')
    .select(['plans.code', 'plans.name', 'cities.name as cityName'])
    .where('plans.city_id', '=', city)
    .where('plans.code', '=', plan)
    .executeTakeFirst();
}

/**
 * The city and plan a command means. Either may be left out when there is only one to choose
 * from; otherwise the error lists the choices.
 */
export async function resolvePlan(
  db: Kysely<Tables>,
  city: string | undefined,
  plan: string | undefined,
): Promise<{ city: string; plan: string }> {
  const cities = await db.selectFrom('cities').select('id').orderBy('id').execute();
  const cityId = city ?? (cities.length === 1 ? cities[0]?.id : undefined);
  if (cityId === undefined) {
    const choices =
      cities.map((c) => c.id).join(', ') ||
      '(none: run `netzero seed kaohsiung` or `netzero import`)';
    throw new NetZeroError('VALIDATION_FAILED', `--city is required; cities: ${choices}`, [
      { path: 'city', message: 'required' },
    ]);
  }
  if (!cities.some((c) => c.id === cityId)) {
    throw new NetZeroError(
      'NOT_FOUND',
      `no city "${cityId}"; cities: ${cities.map((c) => c.id).join(', ') || '(none)'}`,
      [{ path: 'city', message: 'not found' }],
    );
  }
  const plans = await selectCityRows(db, 'plans', cityId)
    .select('code')
    .orderBy('position')
    .execute();
  const planCode = plan ?? (plans.length === 1 ? plans[0]?.code : undefined);
  if (planCode === undefined) {
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `--plan is required: city "${cityId}" has ${plans.length} plans (${plans.map((p) => p.code).join(', ') || 'none'})`,
      [{ path: 'plan', message: 'required' }],
    );
  }
  if (!plans.some((p) => p.code === planCode)) {
    throw new NetZeroError(
      'NOT_FOUND',
      `city "${cityId}" has no plan "${planCode}"; plans: ${plans.map((p) => p.code).join(', ') || '(none)'}`,
      [{ path: 'plan', message: 'not found' }],
    );
  }
  return { city: cityId, plan: planCode };
}
