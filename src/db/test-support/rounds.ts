import type { Kysely } from 'kysely';
import type { OpenRoundRequest, RoundResponse } from '../../contracts/api/rounds.js';
import { openRound } from '../rounds/rounds.js';
import type { Tables } from '../tables.js';

/** The reporting round the tests use: Kaohsiung's phase 2, 112年10–12月, due 113年1月31日. */
export const KAOHSIUNG_Q4_2023: OpenRoundRequest = {
  plan: 'phase2',
  title: '112年第4季',
  periodStart: '2023-10-01',
  cutOff: '2023-12-31',
  dueDate: '2024-01-31',
};

/** A later round, 114年上半年, whose agency templates the template tests write and read back. */
export const KAOHSIUNG_H1_2025: OpenRoundRequest = {
  plan: 'phase2',
  title: '114年上半年',
  periodStart: '2025-01-01',
  cutOff: '2025-06-30',
  dueDate: '2025-07-31',
};

/** Opens KAOHSIUNG_Q4_2023 (under another title when a test tells its rounds apart). */
export function openKaohsiungQ4Round(
  db: Kysely<Tables>,
  title = KAOHSIUNG_Q4_2023.title,
): Promise<RoundResponse> {
  return openRound(db, 'kaohsiung', { ...KAOHSIUNG_Q4_2023, title }, 'test');
}
