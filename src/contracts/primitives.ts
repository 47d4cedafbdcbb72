import { z } from 'zod';

/** Field shapes shared by every part of the city document (city-document.ts, emissions-document.ts). */
export const decimalText = z
  .string()
  .regex(
    /^-?(0|[1-9]\d{0,17})(\.\d{1,12})?$/,
    'must be a decimal written as a string, e.g. "1537275" or "0.05" (no separators; at most 18 digits before the point and 12 after, so products stay exact)',
  );
export const code = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, "_" or "-"');
export const isoDate = z.iso
  .date({ message: 'must be an ISO date YYYY-MM-DD' })
  .refine((date) => !date.startsWith('0000'), 'year 0 does not exist; the first is 0001');
export const text = z.string().trim().min(1, 'must not be empty');
export const notes = z.array(text).optional();
export const year = z.int().min(1900).max(2200);
