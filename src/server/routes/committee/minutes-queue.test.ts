import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../../../db/city/seed-dataset.js';
import { importCommittee } from '../../../db/committee/import-committee.js';
import { describeEachDatabase } from '../../../db/test-support/databases.js';
import {
  KAOHSIUNG_SEED_MEETING,
  loadKaohsiungCommittee,
} from '../../../db/test-support/kaohsiung-committee.js';
import { createApp } from '../../app.js';
import { ReportFiles } from '../../report-files.js';
import { ApiClient, addUser, TEST_PASSWORD } from '../../test-support/api-client.js';

const C = '/cities/kaohsiung/committee';
const minutes = (format: string) => `${C}/meetings/${KAOHSIUNG_SEED_MEETING}/minutes/${format}`;

describeEachDatabase("the committee's ODT and PDF wait in the results report's queue", (getDb) => {
  // No request may wait: while the slot is held, a conversion is refused at once.
  const files = new ReportFiles({ maxWaiting: 0, log: () => undefined });
  let sec: ApiClient;

  beforeAll(async () => {
    const { db, engine } = getDb();
    await seedDataset(db, 'kaohsiung');
    await importCommittee(db, 'kaohsiung', await loadKaohsiungCommittee(), 'setup');
    await addUser(db, 'kaohsiung', 'sec', 'admin');
    sec = new ApiClient(createApp({ db, engine, reportFiles: files, log: () => undefined }));
    expect((await sec.signIn('kaohsiung', 'sec', TEST_PASSWORD)).status).toBe(200);
  });

  it('answers 429 RATE_LIMITED for the minutes and the follow-up table while LibreOffice is busy; DOCX and XLSX still come', async () => {
    let release: () => void = () => undefined;
    const held = files.converting(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      for (const path of [minutes('pdf'), minutes('odt'), `${C}/follow-up-table/pdf`]) {
        const res = await sec.json<{ code: string; message: string; details: { path: string }[] }>(
          'GET',
          path,
        );
        expect(res.status, path).toBe(429);
        expect(res.body.code).toBe('RATE_LIMITED');
        expect(res.body.message).toMatch(/LibreOffice is busy/);
        expect(res.body.details.map((d) => d.path)).toEqual(['format']);
      }
      expect((await sec.request('GET', minutes('docx'))).status).toBe(200);
      expect((await sec.request('GET', `${C}/follow-up-table/xlsx`)).status).toBe(200);
    } finally {
      release();
      await held;
    }
  });

  it('converts the minutes to PDF once the queue is free', async () => {
    const res = await sec.request('GET', minutes('pdf'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  }, 180_000);
});
