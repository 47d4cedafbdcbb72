import { z } from 'zod';
import { isoDate, timestamp } from './common.js';
import { roundStatuses } from '../../core/vocabulary/lists.js';

export const roundStatus = z.enum(roundStatuses);

/** A reporting round: figures for periodStart…cutOff, due by dueDate. */
export const roundResponse = z.strictObject({
  id: z.int(),
  plan: z.string(),
  title: z.string(),
  periodStart: isoDate,
  cutOff: isoDate,
  dueDate: isoDate,
  status: roundStatus,
  createdAt: timestamp,
  version: z.int(),
  /** Counts of the round's submissions by state. */
  progress: z.strictObject({
    draft: z.int(),
    submitted: z.int(),
    returned: z.int(),
    approved: z.int(),
    notStarted: z.int(),
  }),
});
export type RoundResponse = z.infer<typeof roundResponse>;

/** GET /api/v1/cities/{city}/rounds (signed-in users of the city) */
export const roundListResponse = z.array(roundResponse);

/** POST /api/v1/cities/{city}/rounds (admin) → roundResponse */
export const openRoundRequest = z
  .strictObject({
    plan: z.string().min(1),
    title: z.string().min(1).max(200),
    /** First day the figures cover; defaults to 1 January of the cut-off's year. */
    periodStart: isoDate.optional(),
    cutOff: isoDate,
    dueDate: isoDate,
  })
  .refine((r) => r.periodStart === undefined || r.periodStart <= r.cutOff, {
    path: ['periodStart'],
    message: 'must be on or before the cut-off date',
  })
  .refine((r) => r.dueDate >= r.cutOff, {
    path: ['dueDate'],
    message: 'must be on or after the cut-off date',
  });
export type OpenRoundRequest = z.infer<typeof openRoundRequest>;

/** PATCH /api/v1/cities/{city}/rounds/{id} (admin): close or move the due date. */
export const updateRoundRequest = z.strictObject({
  version: z.int().min(1),
  dueDate: isoDate.optional(),
  status: roundStatus.optional(),
});

/** GET /api/v1/cities/{city}/rounds/{id}/overdue (admin, reviewer): agencies not yet submitted after the due date. */
export const overdueResponse = z.strictObject({
  dueDate: isoDate,
  today: isoDate,
  overdue: z.boolean(),
  agencies: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      measures: z.int(),
      submitted: z.int(),
      approved: z.int(),
      /** Measures not yet submitted (draft, returned or not started). */
      missing: z.int(),
    }),
  ),
});
export type OverdueResponse = z.infer<typeof overdueResponse>;
