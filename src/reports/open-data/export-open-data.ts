import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.js';
import { toCsv } from './csv.js';
import { DATASETS, LICENCE, type DatasetSpec } from './datasets.js';
import { loadOpenData, type Row } from './load-open-data.js';

export interface OpenDataOptions {
  /** The update time stated in the metadata (資料更新時間); default now. */
  updatedAt?: Date;
}

function metadata(
  spec: DatasetSpec,
  city: { id: string; name: string },
  rows: number,
  updatedAt: string,
) {
  return {
    identifier: `${city.id}-${spec.id}`,
    title: `${city.name}${spec.title}`,
    titleEn: spec.titleEn,
    description: spec.description,
    publisher: city.name,
    source: `${city.name}淨零管考平台（Net-Zero Tracker）資料庫`,
    license: LICENCE.name,
    licenseEn: LICENCE.nameEn,
    licenseUrl: LICENCE.url,
    fee: '免費',
    encoding: 'UTF-8',
    formats: ['CSV', 'JSON'],
    updatedAt,
    updateFrequency: '不定期（各局處填報審核後更新）',
    records: rows,
    fields: spec.fields,
  };
}

/**
 * Writes a city's open data: per dataset a CSV (UTF-8 with BOM, CRLF) and a JSON file
 * ({ metadata, data }), plus metadata.json listing all of them in data.gov.tw's terms.
 * Returns the files written.
 */
export async function exportOpenData(
  db: Kysely<Tables>,
  cityId: string,
  outDir: string,
  options: OpenDataOptions = {},
): Promise<string[]> {
  const data = await loadOpenData(db, cityId);
  const city = await db
    .selectFrom('cities')
    .select(['id', 'name'])
    .where('id', '=', cityId)
    .executeTakeFirstOrThrow();
  const updatedAt = (options.updatedAt ?? new Date()).toISOString();
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const all = [];
  for (const spec of DATASETS) {
    const rows: Row[] = data[spec.id];
    const header = spec.fields.map((field) => field.name);
    const meta = metadata(spec, city, rows.length, updatedAt);
    all.push(meta);
    const csvPath = join(outDir, `${spec.id}.csv`);
    const jsonPath = join(outDir, `${spec.id}.json`);
    await writeFile(
      csvPath,
      toCsv(
        header,
        rows.map((r) => header.map((h) => r[h] ?? null)),
      ),
    );
    await writeFile(jsonPath, `${JSON.stringify({ metadata: meta, data: rows }, null, 2)}\n`);
    written.push(csvPath, jsonPath);
  }
  const metaPath = join(outDir, 'metadata.json');
  await writeFile(
    metaPath,
    `${JSON.stringify({ publisher: city.name, updatedAt, datasets: all }, null, 2)}\n`,
  );
  written.push(metaPath);
  return written;
}
