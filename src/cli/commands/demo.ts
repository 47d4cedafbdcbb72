import { presentPlanSummary } from '../../contracts/plan-summary.js';
import { getPlanSummary } from '../../db/plans/plan-summary.js';
import { withDatabase } from '../database.js';
import { formatSummary } from '../format-summary.js';
import type { CliIo } from '../io.js';
import { seedDataset } from '../../db/city/seed-dataset.js';

/** The report's cut-off date: Table 1 covers 110 to 112/9. */
const DEMO_AS_OF = '2023-09-30';

/**
 * `npm start`: migrate, seed Kaohsiung on first run, print the plan summary as of the seed
 * report's cut-off date. (The web application will take over this command.)
 */
export async function demoCommand(_argv: readonly string[], io: CliIo): Promise<number> {
  const text = await withDatabase(io, async (db, database) => {
    const outcome = await seedDataset(db, 'kaohsiung');
    io.out(
      outcome === 'created'
        ? `Seeded Kaohsiung into ${database.engine}.`
        : `Using the existing Kaohsiung data (${database.engine}).`,
    );
    const summary = presentPlanSummary(await getPlanSummary(db, 'kaohsiung', 'phase2', DEMO_AS_OF));
    return formatSummary(summary, '高雄市', 'zh');
  });
  io.out(text);
  io.out(
    '\nMore: npx netzero plan summary --as-of 2023-09-30 [--json] [--lang en]; npx netzero --help',
  );
  return 0;
}
