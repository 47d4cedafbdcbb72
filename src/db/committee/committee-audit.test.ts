import { beforeAll, expect, it } from 'vitest';
import { exportCity } from '../city/export-city.js';
import { importCity } from '../city/import-city.js';
import { seedDataset } from '../city/seed-dataset.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { loadKaohsiungCommittee } from '../test-support/kaohsiung-committee.js';
import { setAgencyContacts } from './agency-contacts.js';
import { importCommittee } from './import-committee.js';

const clerk = { name: '王承辦', address: 'clerk@tb.kcg.gov.tw' };
const desk = { name: null, address: 'desk@tb.kcg.gov.tw' };

describeEachDatabase('the committee in the audit trail', (getDb) => {
  const entries = (action: string) =>
    getDb()
      .db.selectFrom('audit_log')
      .select(['actor', 'entity', 'entity_key', 'before', 'after'])
      .where('city_id', '=', 'kaohsiung')
      .where('action', '=', action)
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    await importCommittee(db, 'kaohsiung', await loadKaohsiungCommittee(), 'setup');
  });

  it("records each change of an agency's mail contacts, before and after, and not a refused one", async () => {
    const { db } = getDb();
    await setAgencyContacts(db, 'kaohsiung', 'tb', [clerk], 'demo-epb');
    await setAgencyContacts(db, 'kaohsiung', 'tb', [clerk, desk], 'demo-epb');
    await expect(
      setAgencyContacts(db, 'kaohsiung', 'tb', [{ name: null, address: 'x@tb,kcg' }], 'demo-epb'),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await entries('committee.agency_contacts')).toEqual([
      {
        actor: 'demo-epb',
        entity: 'agency',
        entity_key: 'tb',
        before: { contacts: [] },
        after: { contacts: [clerk], via: 'contacts' },
      },
      {
        actor: 'demo-epb',
        entity: 'agency',
        entity_key: 'tb',
        before: { contacts: [clerk] },
        after: { contacts: [clerk, desk], via: 'contacts' },
      },
    ]);
  });

  it('records a whole-city import of the committee and of the mail contacts, by whom', async () => {
    const { db } = getDb();
    const before = (await entries('committee.import')).length;
    const doc = await exportCity(db, 'kaohsiung');
    await importCity(db, doc, { replace: true, actor: 'cli:ops' });
    const imports = await entries('committee.import');
    expect(imports).toHaveLength(before + 1);
    expect(imports.at(-1)).toMatchObject({
      actor: 'cli:ops',
      entity: 'committee',
      entity_key: 'kaohsiung',
      after: { via: 'city', meetings: doc.committee?.meetings.map((m) => m.code) },
    });
    expect((await entries('committee.agency_contacts')).at(-1)).toEqual({
      actor: 'cli:ops',
      entity: 'agency',
      entity_key: 'tb',
      before: null,
      after: { contacts: [clerk, desk], via: 'city' },
    });
  });
});
