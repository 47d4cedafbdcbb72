import { z } from 'zod';
import { periodInput, projectInput } from './api/credits.js';
import { code } from './primitives.js';

/**
 * A city's offset projects with their monitoring periods, as shipped in data/<city>-credits.yaml
 * (format netzero-credits/1): what the secretariat would record through the API, in one file.
 */
export const creditsDocument = z.strictObject({
  format: z.literal('netzero-credits/1'),
  city: code,
  projects: z.array(projectInput.extend({ periods: z.array(periodInput).default([]) })),
});
export type CreditsDocument = z.infer<typeof creditsDocument>;
