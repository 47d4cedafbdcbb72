import { presentPlanSummary } from '../../contracts/plan-summary.js';
import { getPlanSummary } from '../../db/plans/plan-summary.js';
import { withDatabase } from '../database.js';
import { formatSummary } from '../format-summary.js';
import type { CliIo } from '../io.js';
import { seedDataset } from '../../db/city/seed-dataset.js';

/** The report's cut-off date: Table 1 covers 110 to 112/9. */
const DEMO_AS_OF = '2023-09-30';

/**
 * `npm start`: migrate, seed Kaohsiung on first run (and never overwrite it after), print the plan summary as of the seed
 * report's cut-off date. (The web application will take over this command.)
 */
export async function demoCommand(_argv: readonly string[], io: CliIo): Promise<number> {
  const text = await withDatabase(io, async (db, database) => {
    // Seed only a missing city: once it exists it holds the user's own edits (result add,
    // import), which the demo shows rather than refuses.
    const exists = await db
      .selectFrom('cities')
      .select('id')
      .where('id', '=', 'kaohsiung')
      .executeTakeFirst();
    if (exists) io.out(`Using the existing Kaohsiung data (${database.engine}).`);
    else {
      await seedDataset(db, 'kaohsiung');
      io.out(`Seeded Kaohsiung into ${database.engine}.`);
    }
    const summary = presentPlanSummary(await getPlanSummary(db, 'kaohsiung', 'phase2', DEMO_AS_OF));
    return formatSummary(summary, '高雄市', 'zh');
  });
  io.out(text);
  io.out(
    '\nMore: npx netzero plan summary --as-of 2023-09-30 [--json] [--lang en]; npx netzero --help',
  );
  return 0;
}
