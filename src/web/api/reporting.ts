import { reviewRequest, type ReviewRequest } from '../../contracts/api/review.js';
import {
  openRoundRequest,
  overdueResponse,
  roundListResponse,
  roundResponse,
  type OpenRoundRequest,
} from '../../contracts/api/rounds.js';
import {
  attachmentResponse,
  saveSubmissionRequest,
  submissionDetailResponse,
  submissionListResponse,
  type SaveSubmissionRequest,
} from '../../contracts/api/submissions.js';
import { okSchema } from '../../contracts/api/common.js';
import {
  createUserRequest,
  updateUserRequest,
  userListResponse,
  userResponse,
  type CreateUserRequest,
  type UpdateUserRequest,
} from '../../contracts/api/users.js';
import { apiRequest, checkedBody } from './client.js';

/**
 * The signed-in endpoints. Request bodies are parsed with their contract before sending, so a
 * form mistake is named here, field by field, the same way the server would name it.
 */
const city = (code: string) => `/cities/${encodeURIComponent(code)}`;
const round = (code: string, id: number) => `${city(code)}/rounds/${id}`;
const submission = (code: string, id: number, sector: string, no: number) =>
  `${round(code, id)}/submissions/${encodeURIComponent(sector)}/${no}`;

export const listRounds = (code: string, signal: AbortSignal) =>
  apiRequest(`${city(code)}/rounds`, roundListResponse, { signal });

export const openRound = (code: string, request: OpenRoundRequest) =>
  apiRequest(`${city(code)}/rounds`, roundResponse, {
    method: 'POST',
    body: checkedBody(openRoundRequest, request),
  });

export const fetchRound = (code: string, id: number, signal: AbortSignal) =>
  apiRequest(round(code, id), roundResponse, { signal });

export const fetchOverdue = (code: string, id: number, signal: AbortSignal) =>
  apiRequest(`${round(code, id)}/overdue`, overdueResponse, { signal });

export const listSubmissions = (code: string, id: number, signal: AbortSignal) =>
  apiRequest(`${round(code, id)}/submissions`, submissionListResponse, { signal });

export const fetchSubmission = (
  code: string,
  id: number,
  sector: string,
  no: number,
  signal: AbortSignal,
) => apiRequest(submission(code, id, sector, no), submissionDetailResponse, { signal });

export const saveSubmission = (
  code: string,
  id: number,
  sector: string,
  no: number,
  request: SaveSubmissionRequest,
) =>
  apiRequest(submission(code, id, sector, no), submissionDetailResponse, {
    method: 'PUT',
    body: checkedBody(saveSubmissionRequest, request),
  });

export const submitSubmission = (
  code: string,
  id: number,
  sector: string,
  no: number,
  version: number,
) =>
  apiRequest(`${submission(code, id, sector, no)}/submit`, submissionDetailResponse, {
    method: 'POST',
    body: { version },
  });

export const reviewSubmission = (
  code: string,
  id: number,
  sector: string,
  no: number,
  request: ReviewRequest,
) =>
  apiRequest(`${submission(code, id, sector, no)}/review`, submissionDetailResponse, {
    method: 'POST',
    body: checkedBody(reviewRequest, request),
  });

export const uploadAttachment = (
  code: string,
  id: number,
  sector: string,
  no: number,
  file: File,
) =>
  apiRequest(`${submission(code, id, sector, no)}/attachments`, attachmentResponse, {
    method: 'POST',
    raw: {
      body: file,
      headers: {
        'content-type': file.type || 'application/octet-stream',
        'x-filename': encodeURIComponent(file.name),
      },
    },
  });

export const attachmentHref = (
  code: string,
  id: number,
  sector: string,
  no: number,
  attachmentId: number,
) => `/api/v1${submission(code, id, sector, no)}/attachments/${attachmentId}`;

export const listUsers = (code: string, signal: AbortSignal) =>
  apiRequest(`${city(code)}/users`, userListResponse, { signal });

export const createUser = (code: string, request: CreateUserRequest) =>
  apiRequest(`${city(code)}/users`, userResponse, {
    method: 'POST',
    body: checkedBody(createUserRequest, request),
  });

const user = (code: string, username: string) =>
  `${city(code)}/users/${encodeURIComponent(username)}`;

/** A stale `version` is a 409 whose `current` is the user as they are now. */
export const updateUser = (code: string, username: string, request: UpdateUserRequest) =>
  apiRequest(user(code, username), userResponse, {
    method: 'PATCH',
    body: checkedBody(updateUserRequest, request),
  });

/** With the version the admin saw: a user changed since is a 409, not removed unseen. */
export const deleteUser = (code: string, username: string, version: number) =>
  apiRequest(`${user(code, username)}?version=${version}`, okSchema, { method: 'DELETE' });
