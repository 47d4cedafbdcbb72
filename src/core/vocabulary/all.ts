import { followUpEvents } from '../committee/follow-up.js';
import { followUpSubjectKinds } from '../committee/follow-up-record.js';
import { reminderKinds } from '../committee/reminders.js';
import { DISCUSSION_SUBJECT_KINDS } from '../discussions/subject.js';
import { indicatorVocabulary } from '../indicators/vocabulary.js';
import { registryDifferenceReasons } from '../registries/compare-figures.js';
import { registryProblemCodes } from '../registries/read-value.js';
import { registryFieldTypes, registryTallies } from '../registries/vocabulary.js';
import {
  creditAccountKinds,
  creditOperationKinds,
  creditProblemCodes,
  projectRegistrationStatuses,
} from '../credits/vocabulary.js';
import {
  agendaItemKinds,
  commentChannels,
  followUpStates,
  meetingKinds,
  memberCategories,
  memberRoles,
  writtenCommentForms,
} from '../committee/vocabulary.js';
import { BUDGET_STATUSES } from '../emissions/carbon-budget.js';
import { GASES, GWP_SETS } from '../emissions/gases.js';
import { NOTATION_KEYS } from '../emissions/inventory-entry.js';
import { INVENTORY_SECTORS, SCOPES } from '../emissions/sectors.js';
import { progressStatuses } from '../progress/status.js';
import { resultBases, targetKinds } from '../targets.js';
import {
  sectorCodes,
  sourceKinds,
  emissionBases,
  reductionMethods,
  roles,
  roundStatuses,
  storedSubmissionStates,
  submissionStates,
  editableSubmissionStates,
  auditActions,
  reportFormats,
  libreOfficeFormats,
  snapshotKinds,
  openDataDatasets,
  openDataFieldTypes,
  inventoryStatuses,
  entryMethods,
  emissionTargetKinds,
  capBases,
  emissionOrigins,
  trajectoryOrigins,
  costPerTonneReasons,
  databaseEngines,
  scopeShareCategories,
  languages,
  uploadProblemCodes,
} from './lists.js';

/**
 * Every closed list by name: the duplicate check (vocabulary.test.ts) and the database's CHECK
 * constraints test read them from here.
 */
export const vocabularies = {
  progressStatus: progressStatuses,
  targetKind: targetKinds,
  resultBasis: resultBases,
  sector: sectorCodes,
  sourceKind: sourceKinds,
  emissionBasis: emissionBases,
  reductionMethod: reductionMethods,
  role: roles,
  roundStatus: roundStatuses,
  storedSubmissionState: storedSubmissionStates,
  submissionState: submissionStates,
  editableSubmissionState: editableSubmissionStates,
  auditAction: auditActions,
  reportFormat: reportFormats,
  libreOfficeFormat: libreOfficeFormats,
  snapshotKind: snapshotKinds,
  openDataDataset: openDataDatasets,
  openDataFieldType: openDataFieldTypes,
  inventoryStatus: inventoryStatuses,
  entryMethod: entryMethods,
  emissionTargetKind: emissionTargetKinds,
  capBasis: capBases,
  emissionOrigin: emissionOrigins,
  trajectoryOrigin: trajectoryOrigins,
  costPerTonneReason: costPerTonneReasons,
  databaseEngine: databaseEngines,
  scopeShareCategory: scopeShareCategories,
  language: languages,
  uploadProblemCode: uploadProblemCodes,
  budgetStatus: BUDGET_STATUSES,
  gas: GASES,
  gwpSet: GWP_SETS,
  notationKey: NOTATION_KEYS,
  inventorySector: INVENTORY_SECTORS,
  scope: SCOPES,
  meetingKind: meetingKinds,
  agendaItemKind: agendaItemKinds,
  memberCategory: memberCategories,
  memberRole: memberRoles,
  commentChannel: commentChannels,
  writtenCommentForm: writtenCommentForms,
  followUpState: followUpStates,
  followUpEvent: followUpEvents,
  followUpSubjectKind: followUpSubjectKinds,
  reminderKind: reminderKinds,
  discussionSubjectKind: DISCUSSION_SUBJECT_KINDS,
  // Sustainability indicators (core/indicators)
  indicatorKind: indicatorVocabulary.kind,
  indicatorDirection: indicatorVocabulary.direction,
  indicatorStatus: indicatorVocabulary.status,
  indicatorStatusReason: indicatorVocabulary.statusReason,
  // Registries
  registryFieldType: registryFieldTypes,
  registryTally: registryTallies,
  registryProblemCode: registryProblemCodes,
  registryDifferenceReason: registryDifferenceReasons,
  projectRegistrationStatus: projectRegistrationStatuses,
  creditOperationKind: creditOperationKinds,
  creditAccountKind: creditAccountKinds,
  creditProblemCode: creditProblemCodes,
} as const satisfies Record<string, readonly (string | number)[]>;
export type VocabularyName = keyof typeof vocabularies;
