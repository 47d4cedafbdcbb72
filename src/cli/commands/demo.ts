import { presentPlanSummary } from '../../contracts/plan-summary.js';
import {
  DEMO_PASSWORD,
  demoAccounts,
  ensureDemoAccounts,
} from '../../db/accounts/demo-accounts.js';
import { findCity } from '../../db/city/cities.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { publishMinutes } from '../../db/committee/follow-up.js';
import { seedCommittee } from '../../db/committee/seed-committee.js';
import { seedIndicators } from '../../db/indicators/seed-indicators.js';
import { seedCredits } from '../../db/credits/seed-credits.js';
import { todayInTaiwan } from '../../core/dates.js';
import { getPlanSummary } from '../../db/plans/plan-summary.js';
import { listRounds, openRound } from '../../db/rounds/rounds.js';
import { hashPassword } from '../../server/auth/password.js';
import { withDatabase } from '../database.js';
import { formatSummary } from '../format-summary.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { registriesDatasetFolder } from '../../datasets/datasets.js';
import { listRegistryKinds } from '../../db/registries/kinds.js';
import { loadRegistryFolder } from '../../db/registries/seed-registries.js';
import { runServer } from './serve.js';

/** The report's cut-off date: Table 1 covers 110 to 112/9. */
const DEMO_AS_OF = '2023-09-30';

/**
 * `npm start`: migrate, seed Kaohsiung and its committee on first run (and never overwrite them
 * after), create the demo accounts and a reporting round for 112年10–12月 if missing, print the
 * plan summary as of the report's cut-off date, then serve the web app. `--no-serve` stops after printing.
 */
export async function demoCommand(
  { values }: Flags<{ 'no-serve': 'boolean' }>,
  io: CliIo,
): Promise<number> {
  const text = await withDatabase(io, async (db, database) => {
    // Seed only a missing city: once it exists it holds the user's own edits (result add,
    // import), which the demo shows rather than refuses.
    const exists = await findCity(db, 'kaohsiung');
    if (exists) io.out(`Using the existing Kaohsiung data (${database.engine}).`);
    else {
      await seedDataset(db, 'kaohsiung');
      io.out(`Seeded Kaohsiung into ${database.engine}.`);
    }
    // The committee's seed meeting, so its minutes can be downloaded; added to a city seeded
    // before the committee existed too, never twice.
    // Published on the platform the day the demo records it (the city's own publication date of
    // these minutes is not known), so a visitor finds them on the public site.
    if ((await seedCommittee(db, 'kaohsiung', 'kaohsiung', 'system:demo')) === 'created') {
      await publishMinutes(db, 'kaohsiung', 't7-plenary-1', todayInTaiwan(), 'system:demo');
      io.out('Recorded and published the committee meeting 第七屆第一次大會 (112年11月9日).');
    }
    // The sustainability indicators the sources name (no values: none is published).
    if ((await seedIndicators(db, 'kaohsiung', 'kaohsiung', 'system:demo')) === 'created')
      io.out('Recorded the sustainability indicators the committee minutes name (永續發展指標).');
    // Registries (issue 17): the kinds and the seed's cases (Tables 2 and 4), once; a city that
    // has registries keeps them as they are.
    if ((await listRegistryKinds(db, 'kaohsiung')).length === 0) {
      await loadRegistryFolder(
        db,
        'kaohsiung',
        registriesDatasetFolder('kaohsiung'),
        'system:demo',
      );
      io.out('Loaded the registries: solar and fishery-solar cases, counselling visits, academy.');
    }
    // The offset projects the report names (製造4), once; the report records no credits.
    if ((await seedCredits(db, 'kaohsiung', 'system:demo')) === 'created')
      io.out('Recorded the offset projects of 製造4 (漢程客運, 三芳化工).');
    const created = await ensureDemoAccounts(db, 'kaohsiung', hashPassword);
    if (created.length > 0) io.out(`Created demo accounts: ${created.join(', ')}.`);
    if ((await listRounds(db, 'kaohsiung')).length === 0) {
      await openRound(
        db,
        'kaohsiung',
        {
          plan: 'phase2',
          title: '112年第4季 (112年10–12月) 填報',
          periodStart: '2023-10-01',
          cutOff: '2023-12-31',
          dueDate: '2024-01-31',
        },
        'system:demo',
      );
      io.out('Opened the demo reporting round 112年10–12月.');
    }
    const summary = presentPlanSummary(await getPlanSummary(db, 'kaohsiung', 'phase2', DEMO_AS_OF));
    return formatSummary(summary, '高雄市', 'zh');
  });
  io.out(text);
  io.out(
    '\nMore: npx netzero plan summary --as-of 2023-09-30 [--json] [--lang en]; npx netzero --help',
  );
  if (values['no-serve']) return 0;
  await runServer(io, {
    production: io.env.NODE_ENV === 'production',
    onListening: (url) => {
      io.out(`\nOpen ${url} — demo accounts (city kaohsiung, password ${DEMO_PASSWORD}):`);
      for (const a of demoAccounts)
        io.out(
          `  ${a.username.padEnd(14)} ${a.role}${a.agencies.length ? ` (${a.agencies.join(', ')})` : ''}`,
        );
    },
  });
  return 0;
}
