import { z } from 'zod';

/**
 * How the minutes number a member's point, as one shape for the committee document, its
 * follow-up and the API: 一、 (the agenda item) 1. (the speaker) (1) (the point) a. (a sub-point).
 */
export const subPointLetter = z.string().regex(/^[a-z]$/, 'must be one lower-case letter a–z');

export const pointNumbers = {
  /** The agenda item's number (一、 → 1). */
  item: z.int().min(1),
  /** The speaker's number in the item (1. → 1). */
  comment: z.int().min(1),
  /** The point's number ((1) → 1). */
  point: z.int().min(1),
};
