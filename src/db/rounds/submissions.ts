import type { Kysely } from 'kysely';
import type { SaveSubmissionRequest, SubmissionDetail } from '../../contracts/api/submissions.js';
import { NetZeroError, staleVersion } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import type { StoredFigure } from '../tables-accounts.js';
import type { Tables } from '../tables.js';
import { figureIssues } from '../../core/submissions/check-figures.js';
import { computedStatus } from '../../core/submissions/computed-status.js';
import { loadSubmissionContext, type SubmissionContext } from './submission-context.js';
import { isEditableSubmissionState } from '../../core/vocabulary/lists.js';
import { type AuditAction } from '../../core/vocabulary/lists.js';
import { selectCityRows, updateCityRows } from '../city-scope.js';

export interface SubmissionKey {
  city: string;
  roundId: number;
  sector: string;
  no: number;
}

async function loadRow(db: Kysely<Tables>, ctx: SubmissionContext) {
  return selectCityRows(db, 'submissions', ctx.city)
    .selectAll()
    .where('round_id', '=', ctx.round.id)
    .where('measure_id', '=', ctx.measure.id)
    .executeTakeFirst();
}

/** The submission as the form shows it; not started yet = version 0 and empty fields. */
export async function getSubmission(
  db: Kysely<Tables>,
  key: SubmissionKey,
): Promise<SubmissionDetail> {
  const ctx = await loadSubmissionContext(db, key.city, key.roundId, key.sector, key.no);
  return present(db, ctx);
}

/** Who the measure belongs to, for the policy check before anything else is read. */
export async function measureAgency(
  db: Kysely<Tables>,
  key: SubmissionKey,
): Promise<string | null> {
  const ctx = await loadSubmissionContext(db, key.city, key.roundId, key.sector, key.no);
  return ctx.measure.agencyCode;
}

async function present(db: Kysely<Tables>, ctx: SubmissionContext): Promise<SubmissionDetail> {
  const [row, attachments] = await Promise.all([
    loadRow(db, ctx),
    selectCityRows(db, 'attachments', ctx.city)
      .select(['id', 'filename', 'content_type', 'size', 'uploaded_by', 'uploaded_at'])
      .where('round_id', '=', ctx.round.id)
      .where('measure_id', '=', ctx.measure.id)
      .orderBy('id')
      .execute(),
  ]);
  const figures = row?.figures ?? [];
  return {
    round: {
      id: ctx.round.id,
      title: ctx.round.title,
      periodStart: ctx.round.periodStart,
      cutOff: ctx.round.cutOff,
      dueDate: ctx.round.dueDate,
    },
    sector: ctx.measure.sector as SubmissionDetail['sector'],
    no: ctx.measure.no,
    name: ctx.measure.name,
    agencyCode: ctx.measure.agencyCode,
    agencyName: ctx.measure.agencyName,
    state: row?.state ?? 'not_started',
    version: row?.version ?? 0,
    indicators: ctx.indicators.map((i) => ({
      key: i.key,
      label: i.label,
      unit: i.unit,
      targetKind: i.targetKind,
      target: i.targetValue,
      previous: i.results.map((r) => ({
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        value: r.value,
        basis: r.basis,
      })),
    })),
    figures,
    qualitativeText: row?.qualitative_text ?? '',
    laggingExplanation: row?.lagging_explanation ?? null,
    computedStatus: computedStatus(ctx, figures),
    reviewComment: row?.review_comment ?? null,
    attachments: attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      contentType: a.content_type,
      size: a.size,
      uploadedBy: a.uploaded_by,
      uploadedAt: a.uploaded_at,
    })),
    updatedBy: row?.updated_by ?? null,
    updatedAt: row?.updated_at ?? null,
  };
}

function stale(current: SubmissionDetail): NetZeroError {
  return staleVersion(
    `this submission was changed by ${current.updatedBy ?? 'someone else'} (now version ${current.version}, ${current.state}); reload and retry`,
    current,
  );
}

export function assertOpen(ctx: SubmissionContext): void {
  if (ctx.round.status !== 'open')
    throw new NetZeroError('CONFLICT', `round ${ctx.round.id} is closed`, [
      { path: 'round', message: 'closed' },
    ]);
}

/**
 * Saves the draft when `version` is the one stored (0 creates it). Another editor's newer save
 * makes this one a 409 carrying what they saved, so nobody overwrites unseen work.
 */
export async function saveSubmission(
  db: Kysely<Tables>,
  key: SubmissionKey,
  input: SaveSubmissionRequest,
  actor: string,
): Promise<SubmissionDetail> {
  return db.transaction().execute((trx) => saveSubmissionIn(trx, key, input, actor));
}

/**
 * saveSubmission inside a transaction the caller holds, so several drafts (an agency's whole
 * Excel upload) are saved all or nothing.
 */
export async function saveSubmissionIn(
  trx: Kysely<Tables>,
  key: SubmissionKey,
  input: SaveSubmissionRequest,
  actor: string,
): Promise<SubmissionDetail> {
  const ctx = await loadSubmissionContext(trx, key.city, key.roundId, key.sector, key.no);
  assertOpen(ctx);
  const before = await present(trx, ctx);
  if (!isEditableSubmissionState(before.state))
    throw new NetZeroError(
      'CONFLICT',
      `the submission is ${before.state}: it can be edited again only if the secretariat returns it`,
      [{ path: 'state', message: before.state }],
    );
  const issues = figureIssues(ctx, input.figures, false);
  if (issues.length > 0)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `${issues[0]?.path}: ${issues[0]?.message}`,
      issues,
    );
  const figures: StoredFigure[] = input.figures.map((f) => ({
    indicator: f.indicator,
    value: f.value.trim(),
    basis: f.basis,
  }));
  const values = {
    state: 'draft' as const,
    figures: JSON.stringify(figures),
    qualitative_text: input.qualitativeText,
    lagging_explanation: input.laggingExplanation,
    updated_by: actor,
    updated_at: new Date().toISOString(),
  };
  if (input.version === 0) {
    const inserted = await trx
      .insertInto('submissions')
      .values({
        city_id: key.city,
        round_id: ctx.round.id,
        measure_id: ctx.measure.id,
        ...values,
      })
      .onConflict((oc) => oc.columns(['city_id', 'round_id', 'measure_id']).doNothing())
      .executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows === 0n) throw stale(await present(trx, ctx));
  } else {
    const updated = await updateCityRows(trx, 'submissions', key.city)
      .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
      .where('round_id', '=', ctx.round.id)
      .where('measure_id', '=', ctx.measure.id)
      .where('version', '=', input.version)
      .where('state', 'in', ['draft', 'returned'])
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw stale(await present(trx, ctx));
  }
  return presentAudited(trx, ctx, key, actor, 'submission.save', before);
}

/** Draft → submitted, once everything the secretariat needs is there. */
export async function submitSubmission(
  db: Kysely<Tables>,
  key: SubmissionKey,
  version: number,
  actor: string,
): Promise<SubmissionDetail> {
  return db.transaction().execute(async (trx) => {
    const ctx = await loadSubmissionContext(trx, key.city, key.roundId, key.sector, key.no);
    assertOpen(ctx);
    const before = await present(trx, ctx);
    if (before.version !== version) throw stale(before);
    if (before.state !== 'draft')
      throw new NetZeroError(
        'CONFLICT',
        `only a draft can be submitted; this one is ${before.state}`,
        [{ path: 'state', message: before.state }],
      );
    const issues = figureIssues(ctx, before.figures, true);
    if (before.qualitativeText.trim() === '')
      issues.push({
        path: 'qualitativeText',
        message: '執行成果 (qualitative results) are required',
      });
    if (before.computedStatus === 'lagging' && (before.laggingExplanation ?? '').trim() === '')
      issues.push({
        path: 'laggingExplanation',
        message:
          'the measure is lagging with these figures: explain why (落後原因) and what will be done',
      });
    if (issues.length > 0)
      throw new NetZeroError(
        'VALIDATION_FAILED',
        `cannot submit: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        issues,
      );
    await transition(trx, ctx, version, 'submitted', actor, {});
    return presentAudited(trx, ctx, key, actor, 'submission.submit', before);
  });
}

export async function transition(
  trx: Kysely<Tables>,
  ctx: SubmissionContext,
  version: number,
  state: 'submitted' | 'returned' | 'approved',
  actor: string,
  extra: { review_comment?: string | null },
): Promise<void> {
  const updated = await updateCityRows(trx, 'submissions', ctx.city)
    .set((eb) => ({
      state,
      ...extra,
      updated_by: actor,
      updated_at: new Date().toISOString(),
      version: eb('version', '+', 1),
    }))
    .where('round_id', '=', ctx.round.id)
    .where('measure_id', '=', ctx.measure.id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw stale(await present(trx, ctx));
}

export { present as presentSubmission };

/**
 * The submission as a change left it, with the change's audit entry (`before` → now): how every
 * save, submission and review ends.
 */
export async function presentAudited(
  trx: Kysely<Tables>,
  ctx: SubmissionContext,
  key: SubmissionKey,
  actor: string,
  action: AuditAction,
  before: SubmissionDetail,
): Promise<SubmissionDetail> {
  const after = await present(trx, ctx);
  await audit(trx, key, actor, action, before, after);
  return after;
}

async function audit(
  trx: Kysely<Tables>,
  key: SubmissionKey,
  actor: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
): Promise<void> {
  const strip = (d: unknown) => {
    if (!d || typeof d !== 'object') return d;
    const { indicators: _indicators, round: _round, ...rest } = d as Record<string, unknown>;
    return rest;
  };
  await appendAudit(trx, {
    city: key.city,
    actor,
    action,
    entity: 'submission',
    entityKey: `${key.roundId}/${key.sector}/${key.no}`,
    before: strip(before),
    after: strip(after),
  });
}
