import { z } from 'zod';
import { sectorCodes } from '../../core/vocabulary/lists.js';
import { code } from '../primitives.js';
import { followUpSubjectSchema } from './committee.js';

/**
 * What a member's point is linked to, besides its agencies (the point's concerns and its
 * assignments): a measure (…/measure-links, shown on the measure's page), a sector as a whole, or
 * a sustainability indicator (shown on the indicator's page).
 */

const wholeNumber = z.coerce.number().int().min(1);
const oneOfSectors = `one of ${sectorCodes.join(', ')}`;
export const sectorSchema = z.enum(sectorCodes, { error: oneOfSectors });

/** A point in a query string: ?item=1&comment=2&point=3&subPoint=a */
const pointQuery = z.strictObject({
  item: wholeNumber,
  comment: wholeNumber,
  point: wholeNumber,
  subPoint: z
    .string()
    .regex(/^[a-z]$/, 'must be one letter a–z')
    .optional(),
});

/** DELETE …/meetings/{meeting}/measure-links?item&comment&point[&subPoint]&plan&sector&no */
export const unlinkMeasureQuery = pointQuery.extend({ plan: code, sector: code, no: wholeNumber });

/** POST …/meetings/{meeting}/sector-links: the point concerns a sector as a whole. */
export const linkSectorRequest = z.strictObject({
  subject: followUpSubjectSchema,
  sector: sectorSchema,
});

/** DELETE …/meetings/{meeting}/sector-links?item&comment&point[&subPoint]&sector */
export const unlinkSectorQuery = pointQuery.extend({ sector: sectorSchema });

/** POST …/meetings/{meeting}/indicator-links: the point concerns a sustainability indicator. */
export const linkIndicatorRequest = z.strictObject({
  subject: followUpSubjectSchema,
  indicator: code,
});

/** DELETE …/meetings/{meeting}/indicator-links?item&comment&point[&subPoint]&indicator */
export const unlinkIndicatorQuery = pointQuery.extend({ indicator: code });

/** A sector in a path: one of the statutory six, else VALIDATION_FAILED. */
export const sectorParam = z.enum(sectorCodes, { error: oneOfSectors });
