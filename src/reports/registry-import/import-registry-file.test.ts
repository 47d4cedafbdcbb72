import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { listAuditEntries } from '../../db/audit/list-audit.js';
import { listRegistryCases } from '../../db/registries/list-cases.js';
import { savedMapping } from '../../db/registries/mappings.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { importRegistryFile } from './import-registry-file.js';
import { seedKaohsiungRegistries } from '../../db/test-support/kaohsiung-registries.js';
import { REGISTRY_FILE_LIMITS } from './read-registry-file.js';

const city = 'kaohsiung';
const kind = 'solar-cases';
const actor = 'test';

// Synthetic cases in an agency's own layout: its own headers, capacity in kW, an extra column.
const header = '備案編號,型式,容量(kW),備案日期,行政區,備註';
const good = [
  'KH-112-0001,屋頂型,120.5,112.03.01,鳳山區,',
  'KH-112-0002,地面型,"1,500",112/07/15,路竹區,',
];
const bad = 'KH-112-0003,屋頂型,3 MWh,108.01.01,岡山區,';
const mapping = {
  permit: '備案編號',
  siteType: '型式',
  capacity: { column: '容量(kW)', unit: 'kW' },
  filedOn: '備案日期',
  district: '行政區',
};
const csv = (...rows: string[]) => Buffer.from([header, ...rows].join('\r\n'), 'utf8');

describeEachDatabase('importing an agency spreadsheet into a registry', (getDb) => {
  beforeAll(async () => {
    const { db } = getDb();
    await seedKaohsiungRegistries(db);
  });
  const count = async () =>
    (await listRegistryCases(getDb().db, city, kind, { limit: 1, offset: 0 })).total;
  const run = (bytes: Buffer, filename = 'cases.csv') =>
    importRegistryFile(getDb().db, { city, kind, bytes, filename, mapping, actor });

  it('refuses a file with one bad row, naming its cells, and writes nothing', async () => {
    const before = await count();
    await expect(run(csv(...good, bad))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('nothing was written') as unknown,
      issues: [
        expect.objectContaining({ path: 'C4', code: 'wrong_dimension' }),
        expect.objectContaining({ path: 'D4', code: 'outside_plan' }),
      ],
    });
    expect(await count()).toBe(before);
  });

  it('takes the fixed file whole, and the same file again changes nothing', async () => {
    const before = await count();
    const fixed = csv(...good, bad.replace('3 MWh', '3 MW').replace('108.01.01', '112.08.01'));
    expect(await run(fixed)).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(await count()).toBe(before + 3);
    expect(await run(fixed)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const { cases } = await listRegistryCases(getDb().db, city, kind, {
      limit: 10,
      offset: 0,
      district: '岡山區',
    });
    expect(cases.map((c) => [c.values.capacity, c.amount, c.placedOn])).toEqual([
      ['3000', '3000', '2023-08-01'],
    ]);
  });

  it('reads an XLSX and refuses formulas and merged cells by cell', async () => {
    const first = ['KH-112-0101', '屋頂型', 80, new Date(Date.UTC(2023, 4, 2)), '前鎮區'];
    const xlsx = async (rows: ExcelJS.CellValue[][], merge?: string) => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('案件');
      sheet.addRow(header.split(','));
      for (const row of rows) sheet.addRow(row);
      if (merge) sheet.mergeCells(merge);
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    const broken = await xlsx(
      [
        first,
        ['KH-112-0102', '屋頂型', { formula: 'C2*2', result: 160 }, '112.05.03', '前鎮區'],
        ['KH-112-0103', '屋頂型', 10, '112.05.04', '前鎮區'],
      ],
      'E4:F4',
    );
    await expect(run(broken, 'cases.xlsx')).rejects.toMatchObject({
      issues: [
        expect.objectContaining({ path: 'E4:F4', code: 'merged_cells' }),
        expect.objectContaining({ path: 'C3', code: 'formula' }),
      ],
    });
    expect(await run(await xlsx([first]), 'cases.xlsx')).toMatchObject({ created: 1 });
    const { cases } = await listRegistryCases(getDb().db, city, kind, {
      limit: 1,
      offset: 0,
      district: '前鎮區',
    });
    expect(cases[0]?.values).toEqual({
      permit: 'KH-112-0101',
      siteType: 'rooftop',
      capacity: '80',
      filedOn: '2023-05-02',
      district: '前鎮區',
    });
  });

  it("keeps the mapping an import worked with, and the agency's next file needs none", async () => {
    const { db } = getDb();
    // The fixed file went in with `mapping` (above): it is kept, once, audited.
    expect(await savedMapping(db, city, kind)).toEqual(mapping);
    const entries = await listAuditEntries(db, city, { limit: 20 });
    expect(entries.filter((e) => e.action === 'registry.mapping')).toHaveLength(1);
    const next = csv('KH-112-0004,屋頂型,80,112.09.01,鳳山區,');
    expect(
      await importRegistryFile(db, { city, kind, bytes: next, filename: 'next.csv', actor }),
    ).toMatchObject({ created: 1 });
    // A refused import does not replace the kept mapping.
    await expect(
      importRegistryFile(db, {
        city,
        kind,
        bytes: next,
        filename: 'next.csv',
        mapping: { ...mapping, capacity: { column: '容量(kW)', unit: 'MWh' } },
        actor,
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await savedMapping(db, city, kind)).toEqual(mapping);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = Buffer.alloc(REGISTRY_FILE_LIMITS.bytes + 1, 0x61);
    await expect(run(huge)).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'file', code: 'file_too_large' })],
    });
  });

  it('names a mapped column the file does not have', async () => {
    await expect(
      importRegistryFile(getDb().db, {
        city,
        kind,
        bytes: csv(...good),
        filename: 'cases.csv',
        mapping: { ...mapping, permit: '案號' },
        actor,
      }),
    ).rejects.toMatchObject({
      issues: [
        expect.objectContaining({
          path: 'file',
          code: 'missing_column',
          params: { field: '案號' },
        }),
      ],
    });
  });
});
