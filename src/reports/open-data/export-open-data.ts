import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import { findCity } from '../../db/city/cities.js';
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
  city: { id: string; name: string; nameEn: string },
  rows: number,
  updatedAt: string,
) {
  return {
    identifier: `${city.id}-${spec.id}`,
    title: `${city.name}${spec.title}`,
    titleEn: spec.titleEn,
    description: spec.description,
    descriptionEn: spec.descriptionEn,
    publisher: city.name,
    publisherEn: city.nameEn,
    source: `${city.name}淨零管考平台（Net-Zero Tracker）資料庫`,
    sourceEn: `The Net-Zero Tracker database of ${city.nameEn}`,
    license: LICENCE.name,
    licenseEn: LICENCE.nameEn,
    licenseUrl: LICENCE.url,
    fee: '免費',
    feeEn: 'Free of charge',
    encoding: 'UTF-8',
    formats: ['CSV', 'JSON'],
    updatedAt,
    updateFrequency: '不定期（各局處填報審核後更新）',
    updateFrequencyEn: 'Irregular (after agencies report and the secretariat approves)',
    records: rows,
    fields: spec.fields,
  };
}

export type OpenDataMetadata = ReturnType<typeof metadata>;

export interface OpenDataFile {
  /** `measures.csv`, `results.json`, `metadata.json` */
  name: string;
  dataset: DatasetSpec['id'] | null;
  format: 'csv' | 'json';
  text: string;
}

export interface OpenDataBundle {
  publisher: string;
  publisherEn: string;
  updatedAt: string;
  datasets: OpenDataMetadata[];
  files: OpenDataFile[];
}

/**
 * A city's open data in memory: per dataset a CSV (UTF-8 with BOM, CRLF) and a JSON text
 * ({ metadata, data }), plus metadata.json listing all of them in data.gov.tw's terms. The CLI
 * writes these files; the API serves them.
 */
export async function buildOpenData(
  db: Kysely<Tables>,
  cityId: string,
  options: OpenDataOptions = {},
): Promise<OpenDataBundle> {
  const data = await loadOpenData(db, cityId);
  const found = await findCity(db, cityId);
  if (!found) throw new NetZeroError('NOT_FOUND', `no city "${cityId}"`);
  // A city recorded without an English name is named by its code in the English metadata.
  const city = { id: found.code, name: found.name, nameEn: found.nameEn ?? found.code };
  const updatedAt = (options.updatedAt ?? new Date()).toISOString();
  const files: OpenDataFile[] = [];
  const datasets: OpenDataMetadata[] = [];
  for (const spec of DATASETS) {
    const rows: Row[] = data[spec.id];
    const header = spec.fields.map((field) => field.name);
    const meta = metadata(spec, city, rows.length, updatedAt);
    datasets.push(meta);
    files.push({
      name: `${spec.id}.csv`,
      dataset: spec.id,
      format: 'csv',
      text: toCsv(
        header,
        rows.map((r) => header.map((h) => r[h] ?? null)),
      ),
    });
    files.push({
      name: `${spec.id}.json`,
      dataset: spec.id,
      format: 'json',
      text: `${JSON.stringify({ metadata: meta, data: rows }, null, 2)}\n`,
    });
  }
  files.push({
    name: 'metadata.json',
    dataset: null,
    format: 'json',
    text: `${JSON.stringify({ publisher: city.name, publisherEn: city.nameEn, updatedAt, datasets }, null, 2)}\n`,
  });
  return { publisher: city.name, publisherEn: city.nameEn, updatedAt, datasets, files };
}

/** Writes buildOpenData's files to a folder; returns their paths. */
export async function exportOpenData(
  db: Kysely<Tables>,
  cityId: string,
  outDir: string,
  options: OpenDataOptions = {},
): Promise<string[]> {
  const bundle = await buildOpenData(db, cityId, options);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const file of bundle.files) {
    const path = join(outDir, file.name);
    await writeFile(path, file.text);
    written.push(path);
  }
  return written;
}
