import { interpolate, type Params } from '../../core/catalog/catalog.js';
import { en } from '../../core/catalog/en.js';
import type { UploadProblemCode } from '../../core/vocabulary/lists.js';
import type { UploadIssue } from './types.js';

/**
 * A problem of an uploaded template at `cell`: its code and parameters for the reader's client
 * to word (src/core/catalog), and the English words for API users and logs.
 * @example uploadIssue('執行量!H3', 'not_a_number', { text: '約四千' })
 */
export const uploadIssue = (
  cell: string,
  code: UploadProblemCode,
  params: Params = {},
): UploadIssue => ({ cell, code, params, message: interpolate(en.uploadProblem[code], params) });
