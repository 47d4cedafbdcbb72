import { z } from 'zod';
import { databaseEngines } from '../../core/vocabulary/lists.js';

/** GET /api/v1/health */
export const healthResponse = z.strictObject({
  status: z.literal('ok'),
  engine: z.enum(databaseEngines),
  time: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponse>;
