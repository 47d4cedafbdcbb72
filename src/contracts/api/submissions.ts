import { z } from 'zod';
import { sectorCode } from '../city-document.js';
import { decimalString, isoDate, timestamp } from './common.js';
import { progressStatuses } from '../../core/progress/status.js';
import { resultBases, targetKinds } from '../../core/targets.js';
import { submissionStates } from '../../core/vocabulary/lists.js';

export const submissionState = z.enum(submissionStates);
export type SubmissionState = z.infer<typeof submissionState>;
const status = z.enum(progressStatuses);

/** The measure a submission is for, its agency and where it stands: in the list and the detail alike. */
const submissionHeading = {
  sector: sectorCode,
  no: z.int(),
  name: z.string(),
  agencyCode: z.string().nullable(),
  agencyName: z.string().nullable(),
  state: submissionState,
};

/** One row of GET /api/v1/cities/{city}/rounds/{id}/submissions (an agency sees only its own measures). */
export const submissionSummary = z.strictObject({
  ...submissionHeading,
  updatedAt: timestamp.nullable(),
  version: z.int(),
});
export const submissionListResponse = z.array(submissionSummary);

export const submissionFigure = z.strictObject({
  indicator: z.string().min(1),
  value: decimalString,
  /** increment: done during the round's period; total: the running total / level at the cut-off. */
  basis: z.enum(resultBases),
});
export type SubmissionFigure = z.infer<typeof submissionFigure>;

export const attachmentMeta = z.strictObject({
  id: z.int(),
  filename: z.string(),
  contentType: z.string(),
  size: z.int(),
  uploadedBy: z.string(),
  uploadedAt: timestamp,
});

/** GET /api/v1/cities/{city}/rounds/{id}/submissions/{sector}/{no} */
export const submissionDetailResponse = z.strictObject({
  round: z.strictObject({
    id: z.int(),
    title: z.string(),
    periodStart: isoDate,
    cutOff: isoDate,
    dueDate: isoDate,
  }),
  ...submissionHeading,
  /** 0 until the first draft is saved. */
  version: z.int(),
  indicators: z.array(
    z.strictObject({
      key: z.string(),
      label: z.string(),
      unit: z.string(),
      targetKind: z.enum(targetKinds),
      target: decimalString.nullable(),
      /** Published figures before this round, for reference. */
      previous: z.array(
        z.strictObject({
          periodStart: isoDate,
          periodEnd: isoDate,
          value: decimalString,
          basis: z.enum(resultBases),
        }),
      ),
    }),
  ),
  figures: z.array(submissionFigure),
  qualitativeText: z.string(),
  laggingExplanation: z.string().nullable(),
  /** Status computed at the cut-off with the entered figures; lagging makes an explanation required. */
  computedStatus: status,
  reviewComment: z.string().nullable(),
  attachments: z.array(attachmentMeta),
  updatedBy: z.string().nullable(),
  updatedAt: timestamp.nullable(),
});
export type SubmissionDetail = z.infer<typeof submissionDetailResponse>;

/** PUT …/submissions/{sector}/{no} (agency_editor of the measure's agency, admin): save the draft. */
export const saveSubmissionRequest = z.strictObject({
  /** The version read (0 for a submission not started). */
  version: z.int().min(0),
  figures: z.array(submissionFigure).max(50),
  qualitativeText: z.string().max(20000),
  laggingExplanation: z.string().max(20000).nullable(),
});
export type SaveSubmissionRequest = z.infer<typeof saveSubmissionRequest>;

/** POST …/submissions/{sector}/{no}/submit → detail (qualitative text required; explanation when lagging). */
export const submitRequest = z.strictObject({ version: z.int().min(1) });

/**
 * POST …/submissions/{sector}/{no}/attachments: the raw file as the body, its name in the
 * `X-Filename` header (URI-encoded). PDF, PNG, JPEG, XLSX/DOCX/ODT (zip) up to 5 MB, checked by
 * their first bytes (Office files by their parts, inflated up to 64 MB); at most 20 files and
 * 25 MB per submission, only while it is a draft or returned and its round open. → attachmentMeta. GET …/attachments/{attachmentId} → the file.
 */
export const maxAttachmentBytes = 5 * 1024 * 1024;
/** What an Office attachment may inflate to: a 5 MB report with images is far below it. */
export const maxAttachmentInflatedBytes = 64 * 1024 * 1024;
/**
 * Evidence per submission (one measure in one round): a round's evidence is a few reports,
 * photos and spreadsheets, so 20 files and 25 MB in all leave room and stop a flood.
 */
export const attachmentQuota = { files: 20, bytes: 25 * 1024 * 1024 } as const;
export const attachmentResponse = attachmentMeta;
