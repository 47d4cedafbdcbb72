import { z } from 'zod';
import { sourceSchema } from './source-document.js';
import { text } from './primitives.js';

const bilingual = z.strictObject({ zh: text, en: text });

/** A target's code as the UN writes it: goal, dot, a number or a letter (7.2, 11.b, 16.10). */
export const sdgTargetCode = z
  .string()
  .regex(/^(?:[1-9]|1[0-7])\.(?:\d{1,2}|[a-d])$/, 'must be an SDG target code such as 7.2 or 11.b');

/**
 * The SDG reference (data/sdg-targets.yaml, format netzero-sdg-reference/1): the 17 goals and
 * their targets with the UN's codes, in both languages, and the sources they were read from.
 */
export const sdgReferenceSchema = z.strictObject({
  format: z.literal('netzero-sdg-reference/1'),
  sources: z.array(sourceSchema).min(1),
  goals: z.array(
    z.strictObject({
      number: z.int().min(1).max(17),
      title: bilingual,
      targets: z.array(z.strictObject({ code: sdgTargetCode, title: bilingual })).min(1),
    }),
  ),
});
export type SdgReferenceDocument = z.infer<typeof sdgReferenceSchema>;
