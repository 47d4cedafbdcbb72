import { z } from 'zod';
import { cityCode, isoDate } from './common.js';

/** GET /api/v1/cities */
export const cityListResponse = z.array(
  z.strictObject({ code: cityCode, name: z.string(), nameEn: z.string().nullable() }),
);
export type CityListResponse = z.infer<typeof cityListResponse>;

/** GET /api/v1/cities/{city}/plans */
export const planListResponse = z.array(
  z.strictObject({
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    start: isoDate,
    end: isoDate,
    /** The latest period end among the plan's recorded figures: the date the data runs to (null: none yet). */
    dataThrough: isoDate.nullable(),
    measures: z.int(),
    sectors: z.array(
      z.strictObject({ code: z.string(), name: z.string(), nameEn: z.string().nullable() }),
    ),
    agencies: z.array(
      z.strictObject({ code: z.string(), name: z.string(), nameEn: z.string().nullable() }),
    ),
  }),
);
export type PlanListResponse = z.infer<typeof planListResponse>;

/** GET /api/v1/cities/{city}/plans/{plan}/summary?asOf=YYYY-MM-DD (asOf defaults to today in Taiwan). */
export const summaryQuery = z.strictObject({ asOf: isoDate.optional() });
export { planSummarySchema as summaryResponse } from '../plan-summary.js';
