import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { NetZeroError, type Issue } from '../../core/errors.js';
import { appendAudit } from '../../db/audit/append-audit.js';
import { figureIssues } from '../../core/submissions/check-figures.js';
import { loadSubmissionContext } from '../../db/rounds/submission-context.js';
import { presentSubmission, saveSubmissionIn } from '../../db/rounds/submissions.js';
import type { StoredFigure } from '../../db/tables-accounts.js';
import type { Tables } from '../../db/tables.js';
import { measureKeys, structureHash, structureKeys } from './build-agency-template.js';
import { columnLetter, FIGURE_HEADERS, SHEETS } from './layout.js';
import {
  parseAgencyUpload,
  readTemplateRecord,
  type TemplateRecord,
} from './parse-agency-upload.js';
import { loadRoundTemplateInput } from './round-template.js';
import type { UploadIssue } from './types.js';
import { uploadIssue } from './upload-issue.js';
import { WHOLE_FILE } from '../../contracts/api/round-templates.js';
import { isEditableSubmissionState } from '../../core/vocabulary/lists.js';

/** Where an upload must belong when the caller already knows (the API's URL and account). */
export interface UploadScope {
  city: string;
  round: number;
  /** Agency codes the caller may file for; undefined = any (admin, CLI). */
  agencies?: readonly string[];
}

export interface UploadImport {
  city: string;
  round: number;
  agency: { code: string; name: string };
  /** Measures whose draft was saved (a new version each). */
  saved: { sector: string; no: number; version: number }[];
  /**
   * Measures left as they were: the draft already held exactly the uploaded content, or the
   * file left the measure blank (a blank never erases a started draft).
   */
  unchanged: { sector: string; no: number }[];
  /** Measures left blank in the file with no draft yet (nothing to save, nothing unchanged). */
  blank: { sector: string; no: number }[];
  sha256: string;
}

/** Each problem keeps its code and parameters: the web and the CLI word it for their reader. */
const toIssues = (issues: readonly UploadIssue[]): Issue[] =>
  issues.map((i) => ({ path: i.cell, message: i.message, code: i.code, params: i.params }));

/** `執行量!K3: `, or nothing for a problem of the whole file. */
const located = (cell: string) => (cell === WHOLE_FILE ? '' : `${cell}: `);

function refused(issues: readonly UploadIssue[]): NetZeroError {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${String(issues.length - 1)} more)` : '';
  return new NetZeroError(
    'VALIDATION_FAILED',
    `the upload was refused: ${first ? `${located(first.cell)}${first.message}` : 'invalid'}${more}`,
    toIssues(issues),
  );
}

/**
 * Files an agency's filled-in template as its DRAFT submissions for the round: the file is
 * checked cell by cell, then every measure's draft is saved through the same saveSubmission the
 * API's form uses (versioned, audited), all in one transaction — any problem and nothing is
 * written. A measure whose draft already holds the uploaded content, or that the file leaves
 * blank, is left alone, so the same file uploaded twice changes nothing. A measure someone else
 * saved after the template was made is a CONFLICT naming it (newerEdit), nothing written. Notes beside figures are kept, appended to the measure's
 * qualitative text (a stored figure has no note of its own).
 */
export async function importRoundUpload(
  db: Kysely<Tables>,
  data: Buffer,
  actor: string,
  scope?: UploadScope,
): Promise<UploadImport> {
  const read = await readTemplateRecord(data);
  if (!read.ok) throw refused(read.issues);
  const record = read.record;
  const roundId = Number(record.round);
  if (scope) {
    const wrong =
      record.city !== scope.city
        ? uploadIssue(SHEETS.meta, 'other_city', { found: record.city, expected: scope.city })
        : record.round !== String(scope.round)
          ? uploadIssue(SHEETS.meta, 'other_round', { found: record.round, expected: scope.round })
          : scope.agencies && !scope.agencies.includes(record.agency)
            ? uploadIssue(SHEETS.meta, 'other_agency', {
                found: record.agency,
                expected: scope.agencies.join('/'),
              })
            : null;
    if (wrong) throw refused([wrong]);
  }
  if (!Number.isSafeInteger(roundId)) throw refused([notTemplate()]);
  const input = await loadRoundTemplateInput(db, record.city, roundId, record.agency);
  const rows = structureKeys(input);
  if (structureHash(rows, measureKeys(input)) !== record.structure)
    throw new NetZeroError(
      'CONFLICT',
      "the round's measures or indicators for this agency changed since the template was made: download a new template",
      [{ path: SHEETS.meta, message: 'structure changed' }],
    );
  const parsed = await parseAgencyUpload(data, {
    city: record.city,
    round: record.round,
    agency: input.agency.code,
  });
  if (!parsed.ok) throw refused(parsed.issues);
  const upload = parsed.submission;
  const valueColumn = columnLetter(FIGURE_HEADERS.length + record.previousColumns + 1);
  const cellOf = (sector: string, no: number, indicator: string) =>
    `${SHEETS.figures}!${valueColumn}${String(rows.indexOf(`${sector}#${String(no)}/${indicator}`) + 2)}`;

  return db.transaction().execute(async (trx) => {
    const issues: Issue[] = [];
    const saves: (() => Promise<{ sector: string; no: number; version: number }>)[] = [];
    const unchanged: UploadImport['unchanged'] = [];
    const blank: UploadImport['blank'] = [];
    const conflicts: Issue[] = [];
    for (const [index, m] of input.measures.entries()) {
      const key = { city: record.city, roundId, sector: m.sector, no: m.no };
      const ctx = await loadSubmissionContext(trx, key.city, roundId, m.sector, m.no);
      const current = await presentSubmission(trx, ctx);
      const mine = upload.figures.filter((f) => f.sector === m.sector && f.no === m.no);
      const text = upload.texts.find((t) => t.sector === m.sector && t.no === m.no);
      const figures: StoredFigure[] = mine.map((f) => ({
        indicator: f.indicator,
        value: f.value,
        basis:
          ctx.indicators.find((i) => i.key === f.indicator)?.targetKind === 'level'
            ? 'total'
            : 'increment',
      }));
      const notes = mine
        .filter((f) => f.note !== null && f.note.trim() !== '')
        .map((f) => `【備註】${f.indicator}：${String(f.note)}`);
      const qualitativeText = [text?.qualitative ?? '', ...notes]
        .filter((t) => t !== '')
        .join('\n');
      const laggingExplanation = text?.explanation ?? null;
      const empty = figures.length === 0 && qualitativeText === '' && laggingExplanation === null;
      const same =
        sameFigures(current.figures, figures) &&
        current.qualitativeText === qualitativeText &&
        current.laggingExplanation === laggingExplanation;
      if (current.state === 'not_started' && empty) {
        blank.push({ sector: m.sector, no: m.no });
        continue;
      }
      // A measure the file leaves blank keeps its started draft: blank cells never erase work.
      if (current.state !== 'not_started' && (same || empty)) {
        unchanged.push({ sector: m.sector, no: m.no });
        continue;
      }
      const conflict = newerEdit(record, m, current, actor);
      if (conflict) {
        conflicts.push({ path: `${SHEETS.texts}!A${String(index + 2)}`, message: conflict });
        continue;
      }
      if (!isEditableSubmissionState(current.state)) {
        const locked = uploadIssue(
          `${SHEETS.texts}!A${String(index + 2)}`,
          current.state === 'approved' ? 'submission_approved' : 'submission_submitted',
          { sector: m.sector, no: m.no },
        );
        issues.push(...toIssues([locked]));
        continue;
      }
      for (const problem of figureIssues(ctx, figures, false)) {
        const at = /^figures\[(\d+)\]/.exec(problem.path);
        const figure = at ? mine[Number(at[1])] : undefined;
        issues.push({
          path: figure ? cellOf(m.sector, m.no, figure.indicator) : problem.path,
          message: problem.message,
        });
      }
      saves.push(async () => {
        const after = await saveSubmissionIn(
          trx,
          key,
          { version: current.version, figures, qualitativeText, laggingExplanation },
          actor,
        );
        return { sector: m.sector, no: m.no, version: after.version };
      });
    }
    if (conflicts.length > 0)
      throw new NetZeroError(
        'CONFLICT',
        `the upload was refused: ${conflicts[0]?.message ?? ''}${more(conflicts)}`,
        conflicts,
      );
    if (issues.length > 0)
      throw new NetZeroError(
        'VALIDATION_FAILED',
        `the upload was refused: ${issues[0]?.path ?? ''}: ${issues[0]?.message ?? ''}${issues.length > 1 ? ` (and ${String(issues.length - 1)} more)` : ''}`,
        issues,
      );
    const saved: UploadImport['saved'] = [];
    for (const save of saves) saved.push(await save());
    const sha256 = createHash('sha256').update(data).digest('hex');
    if (saved.length > 0)
      await appendAudit(trx, {
        city: record.city,
        actor,
        action: 'round.upload',
        entity: 'round',
        entityKey: `${String(roundId)}/${input.agency.code}`,
        before: null,
        after: { sha256, bytes: data.length, saved },
      });
    return {
      city: record.city,
      round: roundId,
      agency: input.agency,
      saved,
      unchanged,
      blank,
      sha256,
    };
  });
}

const more = (issues: readonly unknown[]) =>
  issues.length > 1 ? ` (and ${String(issues.length - 1)} more)` : '';

/**
 * Why the upload may not overwrite this measure, if it may not: someone else saved it after the
 * template was made (its version is newer than the one the template records). The uploader's
 * own later saves (an earlier upload of the same file, their own web edit) are theirs to
 * overwrite. A template made before templates carried versions counts as made from version 0:
 * it fills only measures nobody else has started.
 */
function newerEdit(
  record: TemplateRecord,
  measure: { sector: string; no: number; name: string },
  current: { version: number; updatedBy: string | null },
  actor: string,
): string | null {
  const made = record.versions?.get(`${measure.sector}#${String(measure.no)}`) ?? 0;
  if (current.version <= made || current.updatedBy === actor) return null;
  const which = `${measure.sector} ${String(measure.no)} 「${measure.name}」`;
  const by = current.updatedBy ?? 'someone else';
  return record.versions === null
    ? `${which} was started by ${by}, and this template is from an older release that does not record versions: download a new template`
    : `${which} was changed by ${by} after this template was made (now version ${String(current.version)}, the template has version ${String(made)}): download a new template, or enter your figures in the web form`;
}

const notTemplate = (): UploadIssue => uploadIssue(`${SHEETS.meta}!B1`, 'not_our_template');

/** Figures compared field by field (jsonb does not keep key order). */
const sameFigures = (a: readonly StoredFigure[], b: readonly StoredFigure[]) =>
  a.length === b.length &&
  a.every((f, i) => {
    const g = b[i];
    return (
      g !== undefined && f.indicator === g.indicator && f.value === g.value && f.basis === g.basis
    );
  });
