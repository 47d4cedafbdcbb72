import { NetZeroError } from '../../core/errors.js';

/** The SQLSTATEs with which the ledger's constraints and triggers refuse a write (0013). */
const LEDGER_REFUSALS = new Set([
  '23514', // a CHECK or the ledger's trigger: serials not held, beyond the verified tonnes
  '23P01', // an exclusion constraint: a serial or a monitoring period twice
  '55000', // an append-only table changed
]);

/**
 * Runs a write and turns a refusal by the database into a CONFLICT naming the rule. The code
 * checks everything first with clearer words; this is the floor for what it could not see (a
 * concurrent writer) or got wrong, so a refusal never reaches a person as a 500.
 */
export async function refusedByLedger<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && LEDGER_REFUSALS.has(code) && error instanceof Error)
      throw new NetZeroError('CONFLICT', `the credits ledger refused the write: ${error.message}`, [
        { path: '', message: error.message, code: 'ledger_refused' },
      ]);
    throw error;
  }
}
