import type { Kysely, Selectable } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import type { ReportingRoundsTable } from '../tables-accounts.js';
import type { Tables } from '../tables.js';
import { selectCityRows } from '../city-scope.js';

/** A reporting round's stored row; refuses an unknown round (NOT_FOUND, path `round`). */
export async function requireRoundRow(
  db: Kysely<Tables>,
  city: string,
  roundId: number,
): Promise<Selectable<ReportingRoundsTable>> {
  const round = await selectCityRows(db, 'reporting_rounds', city)
    .selectAll()
    .where('id', '=', roundId)
    .executeTakeFirst();
  if (!round)
    throw new NetZeroError('NOT_FOUND', `${city} has no reporting round ${roundId}`, [
      { path: 'round', message: 'not found' },
    ]);
  return round;
}
