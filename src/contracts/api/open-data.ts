import { z } from 'zod';
import { timestamp } from './common.js';
import { openDataFieldTypes } from '../../core/vocabulary/lists.js';

/**
 * Open data (開放資料), public: GET /cities/{city}/open-data describes the datasets in
 * data.gov.tw's terms; GET /cities/{city}/open-data/{file} serves `measures.csv`,
 * `results.json`, … (CSV: UTF-8 with BOM, CRLF; JSON: { metadata, data }). Published records
 * only, for anyone.
 */
export const openDataFileName = z
  .string()
  .regex(/^(measures|results|reductions)\.(csv|json)$|^metadata\.json$/, {
    message: 'one of measures|results|reductions .csv|.json, or metadata.json',
  });

export const openDataField = z.strictObject({
  name: z.string(),
  zh: z.string(),
  type: z.enum(openDataFieldTypes),
  description: z.string(),
  descriptionEn: z.string(),
});

export const openDataDataset = z.strictObject({
  identifier: z.string(),
  title: z.string(),
  titleEn: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  publisher: z.string(),
  publisherEn: z.string(),
  source: z.string(),
  sourceEn: z.string(),
  license: z.string(),
  licenseEn: z.string(),
  licenseUrl: z.string(),
  fee: z.string(),
  feeEn: z.string(),
  encoding: z.string(),
  formats: z.array(z.string()),
  updatedAt: timestamp,
  updateFrequency: z.string(),
  updateFrequencyEn: z.string(),
  records: z.int(),
  fields: z.array(openDataField),
  /** Paths of the files under /api/v1. */
  downloads: z.strictObject({ csv: z.string(), json: z.string() }),
});

export const openDataResponse = z.strictObject({
  city: z.string(),
  publisher: z.string(),
  publisherEn: z.string(),
  /** When the published records last changed (an approval, or the city's import). */
  updatedAt: timestamp,
  datasets: z.array(openDataDataset),
});
export type OpenDataResponse = z.infer<typeof openDataResponse>;

export const csvContentType = 'text/csv; charset=utf-8';
export const jsonContentType = 'application/json; charset=utf-8';
