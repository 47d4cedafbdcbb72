import { z } from 'zod';

/** GET /api/v1/health */
export const healthResponse = z.strictObject({
  status: z.literal('ok'),
  engine: z.enum(['pglite', 'postgres']),
  time: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponse>;
