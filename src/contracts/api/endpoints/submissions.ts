import { endpoint, wholeNumberParam } from '../endpoint.js';
import { commentListResponse, commentRequest, commentResponse, reviewRequest } from '../review.js';
import {
  attachmentResponse,
  maxAttachmentBytes,
  saveSubmissionRequest,
  submissionDetailResponse,
  submissionListResponse,
  submitRequest,
} from '../submissions.js';

const submission = '/cities/{city}/rounds/{id}/submissions/{sector}/{no}';
const key = { id: wholeNumberParam, no: wholeNumberParam };
const readers = "admin, reviewer, the measure's agency editors";
const writers = "admin, the measure's agency editors";

/** One measure's submission in a round: drafted by its agency, reviewed by the secretariat. */
export const submissionEndpoints = {
  listSubmissions: endpoint({
    method: 'get',
    path: '/cities/{city}/rounds/{id}/submissions',
    summary: "The round's measures and their state (agency editors: their agencies only)",
    policy: 'submissions.read',
    params: { id: wholeNumberParam },
    response: submissionListResponse,
  }),
  getSubmission: endpoint({
    method: 'get',
    path: submission,
    summary: "One measure's submission with previous figures",
    policy: 'submissions.read',
    agencyScoped: true,
    access: readers,
    params: key,
    response: submissionDetailResponse,
  }),
  saveSubmission: endpoint({
    method: 'put',
    path: submission,
    summary: 'Save the draft (version 0 creates it; stale version → 409)',
    policy: 'submissions.edit',
    agencyScoped: true,
    access: writers,
    params: key,
    body: saveSubmissionRequest,
    response: submissionDetailResponse,
  }),
  submitSubmission: endpoint({
    method: 'post',
    path: `${submission}/submit`,
    summary: 'Submit for review (qualitative results required; explanation when lagging)',
    policy: 'submissions.edit',
    agencyScoped: true,
    access: writers,
    params: key,
    body: submitRequest,
    response: submissionDetailResponse,
  }),
  reviewSubmission: endpoint({
    method: 'post',
    path: `${submission}/review`,
    summary: 'Approve (publishes) or return with a comment',
    policy: 'submissions.review',
    agencyScoped: true,
    params: key,
    body: reviewRequest,
    response: submissionDetailResponse,
  }),
  listComments: endpoint({
    method: 'get',
    path: `${submission}/comments`,
    summary: 'Comments on a submission',
    policy: 'submissions.read',
    agencyScoped: true,
    access: readers,
    params: key,
    response: commentListResponse,
  }),
  addComment: endpoint({
    method: 'post',
    path: `${submission}/comments`,
    summary: 'Comment on a submission',
    policy: 'submissions.comment',
    agencyScoped: true,
    params: key,
    body: commentRequest,
    response: commentResponse,
    status: 201,
  }),
  addAttachment: endpoint({
    method: 'post',
    path: `${submission}/attachments`,
    summary:
      'Attach a file (raw body, name in X-Filename; PDF/PNG/JPEG/XLSX/DOCX/ODT/ODS ≤ 5 MB, checked by content)',
    policy: 'submissions.edit',
    agencyScoped: true,
    access: writers,
    params: key,
    rawBody: 'application/octet-stream',
    // The file and a little room for the request's own framing.
    bodyLimit: maxAttachmentBytes + 1024,
    response: attachmentResponse,
    status: 201,
  }),
  getAttachment: endpoint({
    method: 'get',
    path: `${submission}/attachments/{attachmentId}`,
    summary: 'Download an attachment',
    policy: 'submissions.read',
    agencyScoped: true,
    access: readers,
    params: { ...key, attachmentId: wholeNumberParam },
    rawResponse: 'application/octet-stream',
  }),
};
