import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseCsv } from '../../contracts/csv.js';
import { Decimal } from '../../core/decimal.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { printedPlanTotalWan } from '../../db/test-support/kaohsiung-table1.js';
import { DATASETS } from './datasets.js';
import { exportOpenData } from './export-open-data.js';

describeEachDatabase('open data export of Kaohsiung', (getDb) => {
  let out: string;
  beforeAll(async () => {
    await seedDataset(getDb().db, 'kaohsiung');
    out = await mkdtemp(join(tmpdir(), 'netzero-opendata-'));
    await exportOpenData(getDb().db, 'kaohsiung', out, {
      updatedAt: new Date('2023-11-20T00:00:00Z'),
    });
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('writes CSV in UTF-8 with a BOM, one header of field names, and the same rows as the JSON', async () => {
    for (const spec of DATASETS) {
      const csv = await readFile(join(out, `${spec.id}.csv`), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      // The importers' reader, not the writer's own splitting; it takes LF too, so CRLF is checked here.
      const [header, ...rows] = parseCsv(csv.slice(1));
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.split('\r\n').length - 1).toBe(rows.length + 1);
      expect(header).toEqual(spec.fields.map((f) => f.name));
      const json = JSON.parse(await readFile(join(out, `${spec.id}.json`), 'utf8')) as {
        metadata: { records: number; license: string };
        data: Record<string, string | null>[];
      };
      expect(rows.length).toBe(json.data.length);
      expect(json.metadata.records).toBe(rows.length);
      expect(json.metadata.license).toBe('政府資料開放授權條款－第1版');
      rows.forEach((r, i) =>
        expect(r).toEqual(spec.fields.map((f) => json.data[i]?.[f.name] ?? '')),
      );
    }
  });

  it('holds every published result and reductions adding up to the plan total', async () => {
    const { db } = getDb();
    const count = await db
      .selectFrom('results')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('city_id', '=', 'kaohsiung')
      .executeTakeFirstOrThrow();
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as {
      data: unknown[];
    };
    expect(results.data.length).toBe(count.n);
    const reductions = JSON.parse(await readFile(join(out, 'reductions.json'), 'utf8')) as {
      data: { reduction_t: string }[];
    };
    const total = reductions.data.reduce((t, r) => t.plus(r.reduction_t), new Decimal(0));
    // 464.73 萬公噸 by the rows; the report prints 464.74 (ARCHITECTURE.md, reconciliation).
    expect(total.dividedBy(10000).toFixed(2)).toBe('464.73');
    expect(printedPlanTotalWan).toBe('464.74');
  });

  it('describes each dataset in metadata.json with update time, licence and field descriptions in Chinese and English', async () => {
    const meta = JSON.parse(await readFile(join(out, 'metadata.json'), 'utf8')) as {
      updatedAt: string;
      datasets: {
        identifier: string;
        licenseUrl: string;
        descriptionEn: string;
        publisherEn: string;
        sourceEn: string;
        feeEn: string;
        fields: { description: string; descriptionEn: string }[];
      }[];
      publisherEn: string;
    };
    expect(meta.publisherEn).toBe('Kaohsiung City');
    expect(meta.updatedAt).toBe('2023-11-20T00:00:00.000Z');
    expect(meta.datasets.map((d) => d.identifier)).toEqual([
      'kaohsiung-measures',
      'kaohsiung-results',
      'kaohsiung-reductions',
    ]);
    for (const d of meta.datasets) {
      expect(d.licenseUrl).toBe('https://data.gov.tw/license');
      expect(d.fields.every((f) => f.description.length > 0)).toBe(true);
      // English beside the Chinese: Latin letters, and not merely the Chinese repeated.
      expect(d.descriptionEn).toMatch(/^[A-Z]/);
      expect([d.publisherEn, d.sourceEn, d.feeEn]).toEqual([
        'Kaohsiung City',
        'The Net-Zero Tracker database of Kaohsiung City',
        'Free of charge',
      ]);
      for (const f of d.fields) {
        expect(f.descriptionEn).toMatch(/[A-Za-z]/);
        if (/[\u4e00-\u9fff]/.test(f.description)) expect(f.descriptionEn).not.toBe(f.description);
      }
    }
  });
});
