import { endpoints } from '../../contracts/api/endpoints/index.js';
import { reviewRequest, type ReviewRequest } from '../../contracts/api/review.js';
import { openRoundRequest, type OpenRoundRequest } from '../../contracts/api/rounds.js';
import {
  saveSubmissionRequest,
  type SaveSubmissionRequest,
} from '../../contracts/api/submissions.js';
import {
  createUserRequest,
  updateUserRequest,
  type CreateUserRequest,
  type UpdateUserRequest,
} from '../../contracts/api/users.js';
import { call, checkedBody, hrefOf } from './client.js';

/**
 * The signed-in endpoints. Request bodies are parsed with their contract before sending, so a
 * form mistake is named here, field by field, the same way the server would name it.
 */
const key = (city: string, id: number, sector: string, no: number) => ({ city, id, sector, no });

export const listRounds = (city: string, signal: AbortSignal) =>
  call(endpoints.listRounds, { params: { city }, signal });

export const openRound = (city: string, request: OpenRoundRequest) =>
  call(endpoints.openRound, {
    params: { city },
    body: checkedBody(openRoundRequest, request),
  });

export const fetchRound = (city: string, id: number, signal: AbortSignal) =>
  call(endpoints.getRound, { params: { city, id }, signal });

export const fetchOverdue = (city: string, id: number, signal: AbortSignal) =>
  call(endpoints.roundOverdue, { params: { city, id }, signal });

export const listSubmissions = (city: string, id: number, signal: AbortSignal) =>
  call(endpoints.listSubmissions, { params: { city, id }, signal });

export const fetchSubmission = (
  city: string,
  id: number,
  sector: string,
  no: number,
  signal: AbortSignal,
) => call(endpoints.getSubmission, { params: key(city, id, sector, no), signal });

export const saveSubmission = (
  city: string,
  id: number,
  sector: string,
  no: number,
  request: SaveSubmissionRequest,
) =>
  call(endpoints.saveSubmission, {
    params: key(city, id, sector, no),
    body: checkedBody(saveSubmissionRequest, request),
  });

export const submitSubmission = (
  city: string,
  id: number,
  sector: string,
  no: number,
  version: number,
) =>
  call(endpoints.submitSubmission, {
    params: key(city, id, sector, no),
    body: { version },
  });

export const reviewSubmission = (
  city: string,
  id: number,
  sector: string,
  no: number,
  request: ReviewRequest,
) =>
  call(endpoints.reviewSubmission, {
    params: key(city, id, sector, no),
    body: checkedBody(reviewRequest, request),
  });

export const uploadAttachment = (
  city: string,
  id: number,
  sector: string,
  no: number,
  file: File,
) =>
  call(endpoints.addAttachment, {
    params: key(city, id, sector, no),
    raw: {
      body: file,
      headers: {
        'content-type': file.type || 'application/octet-stream',
        'x-filename': encodeURIComponent(file.name),
      },
    },
  });

export const attachmentHref = (
  city: string,
  id: number,
  sector: string,
  no: number,
  attachmentId: number,
) => hrefOf(endpoints.getAttachment, { ...key(city, id, sector, no), attachmentId });

export const listUsers = (city: string, signal: AbortSignal) =>
  call(endpoints.listUsers, { params: { city }, signal });

export const createUser = (city: string, request: CreateUserRequest) =>
  call(endpoints.createUser, {
    params: { city },
    body: checkedBody(createUserRequest, request),
  });

/** A stale `version` is a 409 whose `current` is the user as they are now. */
export const updateUser = (city: string, username: string, request: UpdateUserRequest) =>
  call(endpoints.updateUser, {
    params: { city, username },
    body: checkedBody(updateUserRequest, request),
  });

/** With the version the admin saw: a user changed since is a 409, not removed unseen. */
export const deleteUser = (city: string, username: string, version: number) =>
  call(endpoints.deleteUser, { params: { city, username }, query: { version } });
