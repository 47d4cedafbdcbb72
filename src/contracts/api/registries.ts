import { z } from 'zod';
import type { FeedComparison, FedFigure } from '../../core/registries/compare-figures.js';
import { registryDifferenceReasons } from '../../core/registries/compare-figures.js';
import { resultBases } from '../../core/targets.js';
import { columnMapping, registryDefinitionSchema } from '../registry-document.js';
import { decimalString, isoDate } from './common.js';

const words = z.strictObject({ zh: z.string(), en: z.string() });

/** GET …/registries: each kind with what it feeds and how many cases it holds. */
export const registryListResponse = z.array(
  z.strictObject({ definition: registryDefinitionSchema, cases: z.int().min(0) }),
);

/** ?district=&year= (year as the Gregorian calendar counts it). */
export const registryFilterQuery = z.strictObject({
  district: z.string().min(1).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});

export const registryCaseListQuery = registryFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const summaryRow = z.strictObject({
  key: z.union([z.string(), z.number(), z.null()]),
  cases: z.int().min(0),
  amount: decimalString.nullable(),
});

/** GET …/registries/{kind}: the definition and its summaries by year, district and fields. */
export const registryResponse = z.strictObject({
  definition: registryDefinitionSchema,
  summary: z.strictObject({
    total: summaryRow,
    byYear: z.array(summaryRow),
    byDistrict: z.array(summaryRow),
    byField: z.array(z.strictObject({ field: z.string(), rows: z.array(summaryRow) })),
  }),
});

export const registryCaseResponse = z.strictObject({
  id: z.int(),
  kindVersion: z.int().min(1),
  values: z.record(z.string(), z.string()),
  placedFrom: isoDate,
  placedOn: isoDate,
  amount: decimalString.nullable(),
  caseCount: z.int().min(1),
  aggregate: z.boolean(),
  note: z.string().nullable(),
  district: z.string().nullable(),
});

export const registryCaseListResponse = z.strictObject({
  total: z.int().min(0),
  cases: z.array(registryCaseResponse),
});

const fedFigure = z.strictObject({
  period: z.strictObject({ start: isoDate, end: isoDate }),
  basis: z.enum(resultBases),
  published: decimalString,
  computed: decimalString,
  cases: z.int().min(0),
  difference: decimalString,
  reason: z.enum(registryDifferenceReasons),
  explanation: words,
});

/** GET …/registry-feeds: each fed indicator's published figures beside the computed ones. */
export const registryFeedsResponse = z.array(
  z.strictObject({
    kind: z.string(),
    feeds: registryDefinitionSchema.shape.feeds.unwrap(),
    indicator: z
      .strictObject({ id: z.int(), measureId: z.int(), label: z.string(), unit: z.string() })
      .nullable(),
    comparison: z
      .strictObject({ unit: z.string(), figures: z.array(fedFigure), toDate: fedFigure.nullable() })
      .nullable(),
  }),
);

/** POST …/registries/{kind}/import?filename=&mapping= (raw XLSX or CSV body). */
export const registryImportQuery = z.strictObject({
  filename: z.string().regex(/\.(xlsx|csv)$/i, 'a file name ending .xlsx or .csv'),
  /** JSON: field key → header, or { column, unit }. */
  mapping: z
    .string()
    .transform((text, ctx) => {
      try {
        return columnMapping.parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'mapping must be JSON: { field: header }' });
        return z.NEVER;
      }
    })
    .optional(),
});

/** The column mapping a registry's keeping agency last imported with (null: none yet). */
export const registryMappingResponse = z.strictObject({ mapping: columnMapping.nullable() });

export const registryImportResponse = z.strictObject({
  created: z.int().min(0),
  updated: z.int().min(0),
  unchanged: z.int().min(0),
  sha256: z.string(),
});

/** Raw bodies a registry import takes; the bytes tell XLSX from CSV. */
export const registryImportContentType = 'application/octet-stream';
/** The largest file a registry import takes (the reader refuses larger ones too). */
export const maxRegistryUploadBytes = 32 * 1024 * 1024;

const presentFigure = (f: FedFigure) => ({
  ...f,
  published: f.published.toFixed(),
  computed: f.computed.toFixed(),
  difference: f.difference.toFixed(),
});

/** Decimals as exact text for the wire. */
export function presentComparison(c: FeedComparison) {
  return {
    unit: c.unit,
    figures: c.figures.map(presentFigure),
    toDate: c.toDate ? presentFigure(c.toDate) : null,
  };
}
