import { Hono, type Context } from 'hono';
import {
  commentListResponse,
  commentRequest,
  commentResponse,
  reviewRequest,
} from '../../contracts/api/review.js';
import {
  attachmentResponse,
  saveSubmissionRequest,
  submissionDetailResponse,
  submissionListResponse,
  submitRequest,
} from '../../contracts/api/submissions.js';
import {
  addSubmissionComment,
  listSubmissionComments,
} from '../../db/discussions/submission-comments.js';
import { addAttachment, getAttachment, listSubmissions } from '../../db/rounds/attachments.js';
import { reviewSubmission } from '../../db/rounds/review.js';
import {
  getSubmission,
  measureAgency,
  saveSubmission,
  submitSubmission,
  type SubmissionKey,
} from '../../db/rounds/submissions.js';
import type { AppEnv } from '../context.js';
import { ApiFailure } from '../errors.js';
import { agencyFilter, authorize, type Action } from '../policies.js';
import { intParam, readBody, reply } from '../validate.js';

const base = '/cities/:city/rounds/:id/submissions/:sector/:no';

function keyOf(c: Context<AppEnv>): SubmissionKey {
  return {
    city: c.req.param('city') ?? '',
    roundId: intParam(c, 'id'),
    sector: c.req.param('sector') ?? '',
    no: intParam(c, 'no'),
  };
}

/**
 * Authorizes against the measure's agency: an agency editor reaches only its own measures.
 * The city check runs first, so another city's users learn nothing about this one's measures.
 */
async function authorizeMeasure(c: Context<AppEnv>, action: Action) {
  const key = keyOf(c);
  authorize(c.var.user, key.city, action);
  const user = authorize(c.var.user, key.city, action, await measureAgency(c.var.deps.db, key));
  return { key, user };
}

export const submissionRoutes = new Hono<AppEnv>()
  .get('/cities/:city/rounds/:id/submissions', async (c) => {
    const city = c.req.param('city');
    const user = authorize(c.var.user, city, 'submissions.read');
    return reply(
      c,
      submissionListResponse,
      await listSubmissions(c.var.deps.db, city, intParam(c, 'id'), agencyFilter(user)),
    );
  })
  .get(base, async (c) => {
    const { key } = await authorizeMeasure(c, 'submissions.read');
    return reply(c, submissionDetailResponse, await getSubmission(c.var.deps.db, key));
  })
  .put(base, async (c) => {
    const { key, user } = await authorizeMeasure(c, 'submissions.edit');
    const body = await readBody(c, saveSubmissionRequest);
    return reply(
      c,
      submissionDetailResponse,
      await saveSubmission(c.var.deps.db, key, body, user.username),
    );
  })
  .post(`${base}/submit`, async (c) => {
    const { key, user } = await authorizeMeasure(c, 'submissions.edit');
    const body = await readBody(c, submitRequest);
    return reply(
      c,
      submissionDetailResponse,
      await submitSubmission(c.var.deps.db, key, body.version, user.username),
    );
  })
  .post(`${base}/review`, async (c) => {
    const { key, user } = await authorizeMeasure(c, 'submissions.review');
    const body = await readBody(c, reviewRequest);
    const detail = await reviewSubmission(c.var.deps.db, key, body, user.username);
    // Approval changed published data: the public views of this city are recomputed.
    if (body.decision === 'approve') c.var.deps.cache.invalidateCity(key.city);
    return reply(c, submissionDetailResponse, detail);
  })
  .get(`${base}/comments`, async (c) => {
    const { key } = await authorizeMeasure(c, 'submissions.read');
    return reply(c, commentListResponse, await listSubmissionComments(c.var.deps.db, key));
  })
  .post(`${base}/comments`, async (c) => {
    const { key, user } = await authorizeMeasure(c, 'submissions.comment');
    const body = await readBody(c, commentRequest);
    return reply(
      c,
      commentResponse,
      await addSubmissionComment(c.var.deps.db, key, user, body.text),
      201,
    );
  })
  .post(`${base}/attachments`, async (c) => {
    const { key, user } = await authorizeMeasure(c, 'submissions.edit');
    const header = c.req.header('X-Filename');
    if (!header)
      throw new ApiFailure(
        'VALIDATION_FAILED',
        'X-Filename: the header naming the file is required',
        [{ path: 'X-Filename', message: 'missing' }],
      );
    let filename: string;
    try {
      filename = decodeURIComponent(header);
    } catch {
      throw new ApiFailure('VALIDATION_FAILED', 'X-Filename: not URI-encoded text', [
        { path: 'X-Filename', message: 'invalid' },
      ]);
    }
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return reply(
      c,
      attachmentResponse,
      await addAttachment(c.var.deps.db, key, { filename, bytes }, user.username),
      201,
    );
  })
  .get(`${base}/attachments/:attachmentId`, async (c) => {
    const { key } = await authorizeMeasure(c, 'submissions.read');
    const file = await getAttachment(c.var.deps.db, key, intParam(c, 'attachmentId'));
    return c.body(new Uint8Array(file.content), 200, {
      'Content-Type': file.content_type,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    });
  });
