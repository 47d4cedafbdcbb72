import { submissionEndpoints as e } from '../../contracts/api/endpoints/submissions.js';
import { NetZeroError } from '../../core/errors.js';
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
import type { ServerDeps } from '../context.js';
import { agencyFilter } from '../policies.js';
import { route } from '../route.js';

interface KeyParams {
  city: string;
  id: number;
  sector: string;
  no: number;
}

const keyOf = (p: KeyParams): SubmissionKey => ({
  city: p.city,
  roundId: p.id,
  sector: p.sector,
  no: p.no,
});

/** An agency editor reaches only its own measures: the measure's agency decides. */
const agencyOf = ({ deps, params }: { deps: ServerDeps; params: KeyParams }) =>
  measureAgency(deps.db, keyOf(params));

function filenameOf(header: string | undefined): string {
  if (!header)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      'X-Filename: the header naming the file is required',
      [{ path: 'X-Filename', message: 'missing' }],
    );
  try {
    return decodeURIComponent(header);
  } catch {
    throw new NetZeroError('VALIDATION_FAILED', 'X-Filename: not URI-encoded text', [
      { path: 'X-Filename', message: 'invalid' },
    ]);
  }
}

export const submissionRoutes = [
  route(e.listSubmissions, {
    handle: ({ deps, params, user }) =>
      listSubmissions(deps.db, params.city, params.id, agencyFilter(user)),
  }),
  route(e.getSubmission, {
    agencyOf,
    handle: ({ deps, params }) => getSubmission(deps.db, keyOf(params)),
  }),
  route(e.saveSubmission, {
    agencyOf,
    handle: ({ deps, params, body, user }) =>
      saveSubmission(deps.db, keyOf(params), body, user.username),
  }),
  route(e.submitSubmission, {
    agencyOf,
    handle: ({ deps, params, body, user }) =>
      submitSubmission(deps.db, keyOf(params), body.version, user.username),
  }),
  route(e.reviewSubmission, {
    agencyOf,
    handle: async ({ deps, params, body, user }) => {
      const detail = await reviewSubmission(deps.db, keyOf(params), body, user.username);
      // Approval changed published data: the public views of this city are recomputed.
      if (body.decision === 'approve') deps.cache.invalidateCity(params.city);
      return detail;
    },
  }),
  route(e.listComments, {
    agencyOf,
    handle: ({ deps, params }) => listSubmissionComments(deps.db, keyOf(params)),
  }),
  route(e.addComment, {
    agencyOf,
    handle: ({ deps, params, body, user }) =>
      addSubmissionComment(deps.db, keyOf(params), user, body.text),
  }),
  route(e.addAttachment, {
    agencyOf,
    handle: async ({ c, deps, params, user }) => {
      const filename = filenameOf(c.req.header('X-Filename'));
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return addAttachment(deps.db, keyOf(params), { filename, bytes }, user.username);
    },
  }),
  route(e.getAttachment, {
    agencyOf,
    handle: async ({ c, deps, params }) => {
      const file = await getAttachment(deps.db, keyOf(params), params.attachmentId);
      return c.body(new Uint8Array(file.content), 200, {
        'Content-Type': file.content_type,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      });
    },
  }),
];
