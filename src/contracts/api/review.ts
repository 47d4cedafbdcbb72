import { z } from 'zod';

/**
 * POST /api/v1/cities/{city}/rounds/{id}/submissions/{sector}/{no}/review (admin) →
 * submissionDetailResponse. Approving publishes the figures into the public results; returning
 * sends the submission back to the agency with the comment (required).
 */
export const reviewRequest = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('approve'),
    version: z.int().min(1),
    comment: z.string().max(5000).optional(),
  }),
  z.strictObject({
    decision: z.literal('return'),
    version: z.int().min(1),
    comment: z.string().min(1, 'say what to fix').max(5000),
  }),
]);
export type ReviewRequest = z.infer<typeof reviewRequest>;

/** POST …/comments (admin, reviewer): a committee comment on a submission. */
export const commentRequest = z.strictObject({ text: z.string().min(1).max(5000) });
export const commentResponse = z.strictObject({
  id: z.int(),
  author: z.string(),
  role: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export const commentListResponse = z.array(commentResponse);
