/**
 * The platform's closed lists, each declared once. Contracts derive their zod enums from them
 * (`z.enum(roles)`), the database's CHECK constraints are tested against them
 * (src/db/check-constraints.test.ts), and the labels of the ones a person reads live in
 * src/core/catalog. Lists that belong to one domain file are declared there (progress status,
 * target kind, gases…); all are gathered by name in `vocabularies` (all.ts). This file imports
 * nothing, so any domain file may use it without an import loop.
 */

/** The six sectors of a reduction plan (減量執行方案), as Kaohsiung's Table 1 groups measures. */
export const sectorCodes = [
  'energy',
  'manufacturing',
  'residential_commercial',
  'transport',
  'agriculture',
  'environment',
] as const;
export type SectorCode = (typeof sectorCodes)[number];

/** What kind of publication a source is. */
export const sourceKinds = ['report', 'minutes', 'news', 'law', 'dataset'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** Whether a published emissions figure is net of sinks or gross. */
export const emissionBases = ['net', 'gross'] as const;
export type EmissionBasis = (typeof emissionBases)[number];

/** How a measure's reduction is known: reported in tCO₂e, or quantity × emission factor. */
export const reductionMethods = ['reported', 'computed'] as const;
export type ReductionMethod = (typeof reductionMethods)[number];

/** Who an account is: the secretariat (admin), an agency's editor, a reviewer, a viewer. */
/** committee_member: a member of the committee (推動會) with an account, for written comments. */
export const roles = ['admin', 'agency_editor', 'reviewer', 'viewer', 'committee_member'] as const;
export type Role = (typeof roles)[number];

export const roundStatuses = ['open', 'closed'] as const;
export type RoundStatus = (typeof roundStatuses)[number];

/** The states a stored submission moves through. */
export const storedSubmissionStates = ['draft', 'submitted', 'returned', 'approved'] as const;
export type StoredSubmissionState = (typeof storedSubmissionStates)[number];
/** A measure of a round has no submission row until its agency first saves. */
export const submissionStates = ['not_started', ...storedSubmissionStates] as const;
export type SubmissionState = (typeof submissionStates)[number];
/** The states in which an agency may still change its submission. */
export const editableSubmissionStates = ['not_started', 'draft', 'returned'] as const;
export const isEditableSubmissionState = (state: SubmissionState): boolean =>
  (editableSubmissionStates as readonly SubmissionState[]).includes(state);

/** What an audit entry records; new writes must use one of these. */
export const auditActions = [
  'attachment.add',
  'carbon_budget.create',
  'carbon_budget.transition',
  'comment.add',
  'committee.agenda_item_add',
  'committee.agency_contacts',
  'committee.assign',
  'committee.close',
  'committee.comment_add',
  'committee.import',
  'committee.indicator_link',
  'committee.indicator_unlink',
  'committee.keep_open',
  'committee.measure_link',
  'committee.measure_unlink',
  'committee.meeting_record',
  'committee.member_link',
  'committee.member_update',
  'committee.minutes_publish',
  'committee.minutes_sent',
  'committee.reply',
  'committee.resolution_add',
  'committee.ruling_set',
  'committee.sector_link',
  'committee.sector_unlink',
  'credits.account_add',
  'credits.issue',
  'credits.period_record',
  'credits.period_verify',
  'credits.project_record',
  'credits.retire',
  'credits.transfer',
  'credits.use',
  'discussion.close',
  'discussion.keep_open',
  'indicators.import',
  'indicators.register',
  'indicators.retire',
  'indicators.revise',
  'indicators.value_record',
  'inventory.gwp_set',
  'inventory.import',
  'report.generate',
  'round.open',
  'round.update',
  'round.upload',
  'session.login',
  'session.logout',
  'submission.approve',
  'submission.return',
  'submission.save',
  'submission.submit',
  'user.create',
  'user.delete',
  'user.update',
  'user.update+password',
  // Registries (issue 17)
  'registry.define',
  'registry.import',
  'registry.case_change',
  'registry.mapping',
  // Security review (issue 18)
  'city.import_replace',
  'result.record',
  'session.login_failed',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** The results report's file formats; LibreOffice converts to the last two. */
export const reportFormats = ['docx', 'odt', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof reportFormats)[number];
export const libreOfficeFormats = ['odt', 'pdf'] as const satisfies readonly ReportFormat[];
export type LibreOfficeFormat = (typeof libreOfficeFormats)[number];

/** The open datasets (開放資料) and the types their fields are declared with. */
export const openDataDatasets = ['measures', 'results', 'reductions'] as const;
export type OpenDataDataset = (typeof openDataDatasets)[number];
export const openDataFieldTypes = ['string', 'integer', 'decimal', 'date'] as const;
export type OpenDataFieldType = (typeof openDataFieldTypes)[number];

/** The reports a snapshot may freeze. */
export const snapshotKinds = ['results'] as const;

/** An inventory or a budget's publication state. */
export const inventoryStatuses = ['draft', 'published'] as const;
export type InventoryStatus = (typeof inventoryStatuses)[number];

/** How an inventory entry's tonnes are known (GPC): reported, gas mass × GWP, computed, a notation key. */
export const entryMethods = ['reported', 'gas_mass', 'computed', 'notation'] as const;
export type EntryMethod = (typeof entryMethods)[number];

/** An emissions target: a reduction from a base year, or net zero. */
export const emissionTargetKinds = ['reduction', 'net_zero'] as const;
export type EmissionTargetKind = (typeof emissionTargetKinds)[number];

/** Whether a carbon budget's cap is the whole period's or each year's. */
export const capBases = ['period_total', 'annual'] as const;
export type CapBasis = (typeof capBases)[number];

/** Where a year's emissions come from: an itemised inventory, or a published figure. */
export const emissionOrigins = ['inventory', 'figure'] as const;
export type EmissionOrigin = (typeof emissionOrigins)[number];

/** Why a point of the reduction pathway has its value. */
export const trajectoryOrigins = ['baseline', 'target', 'point', 'linear'] as const;
export type TrajectoryOrigin = (typeof trajectoryOrigins)[number];

/** Why a money budget's cost per tonne is (un)known. */
export const costPerTonneReasons = [
  'ok',
  'unknown_amount',
  'no_reduction',
  'shared_items',
] as const;
export type CostPerTonneReason = (typeof costPerTonneReasons)[number];

/** Emission shares a source gives by scope rather than by sector: shown apart from the sectors. */
export const scopeShareCategories = ['direct', 'indirect'] as const;
export type ScopeShareCategory = (typeof scopeShareCategories)[number];

/**
 * Why an uploaded agency template is refused: the server sends the code with its parameters and
 * the reader's client words it (src/core/catalog).
 */
export const uploadProblemCodes = [
  'file_too_large',
  'encrypted_or_xls',
  'not_xlsx',
  'inflates_too_much',
  'unreadable_workbook',
  'not_our_template',
  'other_city',
  'other_round',
  'other_agency',
  'structure_edited',
  'sheet_missing',
  'too_many_rows',
  'merged_cells',
  'header_changed',
  'extra_row',
  'wrong_row',
  'formula',
  'text_too_long',
  'unreadable_cell',
  'not_a_number',
  'negative',
  'submission_submitted',
  'submission_approved',
] as const;
export type UploadProblemCode = (typeof uploadProblemCodes)[number];
export const isUploadProblemCode = (code: string): code is UploadProblemCode =>
  (uploadProblemCodes as readonly string[]).includes(code);

/** The languages of every label and message (src/core/catalog). */
export const languages = ['zh-TW', 'en'] as const;
export type Language = (typeof languages)[number];

/** The two database engines the platform runs on. */
export const databaseEngines = ['pglite', 'postgres'] as const;
export type DatabaseEngine = (typeof databaseEngines)[number];
