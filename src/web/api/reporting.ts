import { endpoints } from '../../contracts/api/endpoints/index.js';
import type { ReviewRequest } from '../../contracts/api/review.js';
import type { OpenRoundRequest } from '../../contracts/api/rounds.js';
import type { SaveSubmissionRequest } from '../../contracts/api/submissions.js';
import type { CreateUserRequest, UpdateUserRequest } from '../../contracts/api/users.js';
import { call, hrefOf } from './client.js';

/**
 * The signed-in endpoints. `call` parses request bodies with their contract before sending, so a
 * form mistake is named here, field by field, the same way the server would name it.
 */

/** Which submission: a round of a city, and one measure of it (sector + number) — its path. */
export interface SubmissionKey {
  city: string;
  id: number;
  sector: string;
  no: number;
}

export const listRounds = (city: string, signal: AbortSignal) =>
  call(endpoints.listRounds, { params: { city }, signal });

export const openRound = (city: string, request: OpenRoundRequest) =>
  call(endpoints.openRound, { params: { city }, body: request });

export const fetchRound = (city: string, id: number, signal: AbortSignal) =>
  call(endpoints.getRound, { params: { city, id }, signal });

export const fetchOverdue = (city: string, id: number, signal: AbortSignal) =>
  call(endpoints.roundOverdue, { params: { city, id }, signal });

export const listSubmissions = (city: string, id: number, signal: AbortSignal) =>
  call(endpoints.listSubmissions, { params: { city, id }, signal });

export const fetchSubmission = (key: SubmissionKey, signal: AbortSignal) =>
  call(endpoints.getSubmission, { params: key, signal });

export const saveSubmission = (key: SubmissionKey, request: SaveSubmissionRequest) =>
  call(endpoints.saveSubmission, { params: key, body: request });

export const submitSubmission = (key: SubmissionKey, version: number) =>
  call(endpoints.submitSubmission, { params: key, body: { version } });

export const reviewSubmission = (key: SubmissionKey, request: ReviewRequest) =>
  call(endpoints.reviewSubmission, { params: key, body: request });

export const uploadAttachment = (key: SubmissionKey, file: File) =>
  call(endpoints.addAttachment, {
    params: key,
    raw: {
      body: file,
      headers: {
        'content-type': file.type || 'application/octet-stream',
        'x-filename': encodeURIComponent(file.name),
      },
    },
  });

export const attachmentHref = (key: SubmissionKey, attachmentId: number) =>
  hrefOf(endpoints.getAttachment, { ...key, attachmentId });

export const listUsers = (city: string, signal: AbortSignal) =>
  call(endpoints.listUsers, { params: { city }, signal });

export const createUser = (city: string, request: CreateUserRequest) =>
  call(endpoints.createUser, { params: { city }, body: request });

/** A stale `version` is a 409 whose `current` is the user as they are now. */
export const updateUser = (city: string, username: string, request: UpdateUserRequest) =>
  call(endpoints.updateUser, { params: { city, username }, body: request });

/** With the version the admin saw: a user changed since is a 409, not removed unseen. */
export const deleteUser = (city: string, username: string, version: number) =>
  call(endpoints.deleteUser, { params: { city, username }, query: { version } });
