/** Lives outside committee-minutes/ (a unit-test folder): it needs the databases. */
import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../db/city/seed-dataset.js';
import {
  loadFollowUpRecords,
  replyToAssignment,
  setMinutesSent,
} from '../db/committee/follow-up.js';
import { importCommittee } from '../db/committee/import-committee.js';
import { describeEachDatabase } from '../db/test-support/databases.js';
import { KAOHSIUNG_SIGNALS_POINT } from '../db/test-support/kaohsiung-committee.js';
import { buildFollowUpTable, committeeAgencyNames } from './committee-minutes/follow-up-table.js';
import {
  loadSeedCommittee,
  SEED_MEETING,
} from './committee-minutes/test-support/seed-committee.js';

const { city, committee } = await loadSeedCommittee();

describeEachDatabase('the follow-up table from stored records', (getDb) => {
  beforeAll(async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    await importCommittee(db, 'kaohsiung', committee, 'sec');
    await setMinutesSent(db, 'kaohsiung', SEED_MEETING, '2023-11-16', 'sec');
    await replyToAssignment(
      db,
      'kaohsiung',
      { subject: KAOHSIUNG_SIGNALS_POINT, agency: 'tb' },
      { text: '已納入號誌優化計畫。', date: '2023-11-20' },
      'tb-clerk',
    );
  });

  it('has a row per assigned point and resolution, with the replies and overdue marks', async () => {
    const records = await loadFollowUpRecords(getDb().db, 'kaohsiung', { meeting: SEED_MEETING });
    const table = buildFollowUpTable(committee, records, {
      asOf: '2023-11-24',
      agencyNames: committeeAgencyNames(city.agencies, committee),
    });
    expect(table.rows).toHaveLength(new Set(records.map((r) => JSON.stringify(r.subject))).size);
    const first = table.rows[0];
    expect(first?.assignments).toEqual([
      expect.objectContaining({
        agencyCode: 'tb',
        dueDate: '2023-11-23',
        reply: '已納入號誌優化計畫。',
        repliedOn: '2023-11-20',
        state: 'replied',
        overdue: false,
      }),
    ]);
    const awaiting = table.rows.flatMap((r) => r.assignments).filter((a) => a.state === 'open');
    expect(awaiting.length).toBe(records.length - 1);
    expect(awaiting.every((a) => a.overdue)).toBe(true);
  });
});
