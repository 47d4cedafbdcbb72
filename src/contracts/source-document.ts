import { z } from 'zod';
import { isPublicationDate } from '../core/publication-date.js';
import { code, notes, text } from './primitives.js';
import { sourceKinds } from '../core/vocabulary/lists.js';

/** A publication date as precise as the source gives it: 2023, 2023-11 or 2023-11-20. */
export const publicationDate = z
  .string()
  .refine(isPublicationDate, 'must be a date YYYY-MM-DD, a month YYYY-MM or a year YYYY');

const webAddress = z
  .string()
  .regex(/^https?:\/\/\S+$/, 'must be a web address starting with http:// or https://');

/**
 * A source, cited as a publication: who published it, its title, when, and where a reader finds
 * it (a web address or a document number such as 高市府環氣字第11302418200號). Where no address
 * is known, `urlUnknown: true` says so, and `dateUnknown: true` where no date is. The fields are
 * optional so documents written before they existed still import; `citationGaps` lists what a
 * source still lacks, and shipped datasets must have none.
 */
export const sourceSchema = z
  .strictObject({
    code,
    title: text,
    publisher: text.optional(),
    date: publicationDate.optional(),
    dateUnknown: z.literal(true).optional(),
    kind: z.enum(sourceKinds),
    url: webAddress.optional(),
    documentNumber: text.optional(),
    urlUnknown: z.literal(true).optional(),
    /** Where inside the publication (a chapter, a page), when that helps a reader. */
    locator: text.optional(),
    notes,
  })
  .refine((s) => !(s.url && s.urlUnknown), {
    message: 'a source with a url cannot also say its url is unknown',
    path: ['urlUnknown'],
  })
  .refine((s) => !(s.date && s.dateUnknown), {
    message: 'a source with a date cannot also say its date is unknown',
    path: ['dateUnknown'],
  });
export type SourceDocument = z.infer<typeof sourceSchema>;

/** What a source lacks to be cited as a publication (publisher, title, date, where to find it). */
export function citationGaps(source: SourceDocument): string[] {
  const gaps: string[] = [];
  if (!source.publisher) gaps.push('names no publisher');
  if (!source.date && !source.dateUnknown)
    gaps.push('gives no date (write dateUnknown: true if none is known)');
  if (!source.url && !source.documentNumber && !source.urlUnknown)
    gaps.push('gives no url or documentNumber (write urlUnknown: true if none is known)');
  return gaps;
}
