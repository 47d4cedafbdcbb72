import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  attachmentQuota,
  maxAttachmentBytes,
  maxAttachmentInflatedBytes,
  type submissionSummary,
} from '../../contracts/api/submissions.js';
import type { z } from 'zod';

type SubmissionSummary = z.infer<typeof submissionSummary>;
import { NetZeroError } from '../../core/errors.js';
import { isEditableSubmissionState } from '../../core/vocabulary/lists.js';
import { allowedAttachmentKinds, sniffFileType } from '../../core/file-type.js';
import { checkOfficeZip } from '../../core/office-zip.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { loadSubmissionContext } from './submission-context.js';
import { assertOpen, type SubmissionKey } from './submissions.js';
import type { SubmissionContext } from './submission-context.js';
import { requireRoundRow } from './find-round.js';
import { onSameCity, selectCityRows } from '../city-scope.js';
import { planMeasuresInOrderQuery } from '../measures/measure-rows.js';

/** Stores an attachment in the database (one transaction with its audit entry). */
export async function addAttachment(
  db: Kysely<Tables>,
  key: SubmissionKey,
  file: { filename: string; bytes: Uint8Array },
  actor: string,
): Promise<{
  id: number;
  filename: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}> {
  const filename = file.filename.trim();
  if (filename === '' || filename.length > 200 || hasPathOrControlChar(filename))
    throw new NetZeroError(
      'VALIDATION_FAILED',
      'X-Filename: give the file name (no slashes, at most 200 characters)',
      [{ path: 'X-Filename', message: 'invalid' }],
    );
  if (file.bytes.length === 0)
    throw new NetZeroError('VALIDATION_FAILED', 'body: the file is empty', [
      { path: 'body', message: 'empty' },
    ]);
  if (file.bytes.length > maxAttachmentBytes)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `body: the file is larger than ${maxAttachmentBytes / 1024 / 1024} MB`,
      [{ path: 'body', message: 'too large' }],
    );
  const contentType = sniffFileType(file.bytes, filename);
  if (!contentType || !isWholeOfficeFile(file.bytes, filename))
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `body: "${filename}" is not a ${allowedAttachmentKinds} file (checked by its content and extension)`,
      [{ path: 'body', message: 'file type not allowed' }],
    );
  return db.transaction().execute(async (trx) => {
    const ctx = await loadSubmissionContext(trx, key.city, key.roundId, key.sector, key.no);
    await assertEvidenceMayChange(trx, ctx, file.bytes.length);
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const row = await trx
      .insertInto('attachments')
      .values({
        city_id: key.city,
        round_id: ctx.round.id,
        measure_id: ctx.measure.id,
        filename,
        content_type: contentType,
        size: file.bytes.length,
        sha256,
        content: file.bytes,
        uploaded_by: actor,
      })
      .returning(['id', 'uploaded_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      city: key.city,
      actor,
      action: 'attachment.add',
      entity: 'attachment',
      entityKey: `${key.roundId}/${key.sector}/${key.no}/${row.id}`,
      before: null,
      after: { filename, contentType, size: file.bytes.length, sha256 },
    });
    return {
      id: row.id,
      filename,
      contentType,
      size: file.bytes.length,
      uploadedBy: actor,
      uploadedAt: row.uploaded_at,
    };
  });
}

/**
 * Evidence belongs to the figures it supports: it may change only while they may (the round
 * open, the submission not yet submitted or approved), and within the per-submission quota.
 * The submission row is locked, so a submit cannot slip between this check and the insert.
 */
async function assertEvidenceMayChange(
  trx: Kysely<Tables>,
  ctx: SubmissionContext,
  adding: number,
): Promise<void> {
  assertOpen(ctx);
  const submission = await selectCityRows(trx, 'submissions', ctx.city)
    .select('state')
    .where('round_id', '=', ctx.round.id)
    .where('measure_id', '=', ctx.measure.id)
    .forUpdate()
    .executeTakeFirst();
  if (submission && !isEditableSubmissionState(submission.state))
    throw new NetZeroError(
      'CONFLICT',
      `the submission is ${submission.state}: evidence can be added again only if the secretariat returns it`,
      [{ path: 'state', message: submission.state }],
    );
  const stored = await selectCityRows(trx, 'attachments', ctx.city)
    .select((eb) => [
      eb.fn.countAll<string>().as('files'),
      eb.fn.coalesce(eb.fn.sum<string>('size'), eb.lit(0)).as('bytes'),
    ])
    .where('round_id', '=', ctx.round.id)
    .where('measure_id', '=', ctx.measure.id)
    .executeTakeFirstOrThrow();
  if (Number(stored.files) + 1 > attachmentQuota.files)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `body: this submission already has ${attachmentQuota.files} attachments, the most it may have`,
      [{ path: 'body', message: 'too many attachments' }],
    );
  if (Number(stored.bytes) + adding > attachmentQuota.bytes)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `body: this submission's attachments would exceed ${attachmentQuota.bytes / 1024 / 1024} MB in all`,
      [{ path: 'body', message: 'attachment quota exceeded' }],
    );
}

export async function getAttachment(db: Kysely<Tables>, key: SubmissionKey, id: number) {
  const ctx = await loadSubmissionContext(db, key.city, key.roundId, key.sector, key.no);
  const row = await selectCityRows(db, 'attachments', key.city)
    .select(['filename', 'content_type', 'content'])
    .where('round_id', '=', ctx.round.id)
    .where('measure_id', '=', ctx.measure.id)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row)
    throw new NetZeroError('NOT_FOUND', `attachment ${id} not found`, [
      { path: 'attachment', message: 'not found' },
    ]);
  return row;
}

/** The round's measures with their submission state, optionally only some agencies'. */
export async function listSubmissions(
  db: Kysely<Tables>,
  city: string,
  roundId: number,
  agencies: readonly string[] | null,
) {
  const round = await requireRoundRow(db, city, roundId);
  if (agencies !== null && agencies.length === 0) return [];
  let query = planMeasuresInOrderQuery(db, city, round.plan_code)
    .leftJoin('agencies', (j) => onSameCity(j, ['agencies.code', 'measures.agency_code']))
    .leftJoin('submissions', (j) =>
      onSameCity(j, ['submissions.measure_id', 'measures.id']).on(
        'submissions.round_id',
        '=',
        roundId,
      ),
    )
    .select([
      'measures.sector_code',
      'measures.no',
      'measures.name',
      'measures.agency_code',
      'agencies.name as agency_name',
      'submissions.state',
      'submissions.updated_at',
      'submissions.version',
    ]);
  if (agencies !== null) query = query.where('measures.agency_code', 'in', [...agencies]);
  const rows = await query.execute();
  return rows.map((r) => ({
    sector: r.sector_code as SubmissionSummary['sector'],
    no: r.no,
    name: r.name,
    agencyCode: r.agency_code,
    agencyName: r.agency_name,
    state: r.state ?? ('not_started' as const),
    updatedAt: r.updated_at,
    version: r.version ?? 0,
  }));
}

/**
 * An Office file must really be the kind its name says, and must not inflate beyond
 * maxAttachmentInflatedBytes when a colleague opens it (checked by inflating, not by trusting
 * the sizes the zip declares).
 */
function isWholeOfficeFile(bytes: Uint8Array, filename: string): boolean {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  if (ext !== 'xlsx' && ext !== 'docx' && ext !== 'odt' && ext !== 'ods') return true;
  return checkOfficeZip(Buffer.from(bytes), ext, maxAttachmentInflatedBytes) === 'ok';
}

/** Slashes would make a path of the name; control characters have no place in one. */
function hasPathOrControlChar(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x2f || code === 0x5c) return true;
  }
  return false;
}
