import type {
  AgendaItemKind,
  CommentChannel,
  FollowUpState,
  MeetingKind,
  MemberCategory,
  MemberRole,
  WrittenCommentForm,
} from '../committee/vocabulary.js';
import type { ReminderKind } from '../committee/reminders.js';
import type {
  IndicatorDirection,
  IndicatorKind,
  IndicatorStatus,
  IndicatorStatusReason,
} from '../indicators/vocabulary.js';
import type { RegistryDifferenceReason } from '../registries/compare-figures.js';
import type { RegistryProblemCode } from '../registries/read-value.js';
import type { RegistryFieldType, RegistryTally } from '../registries/vocabulary.js';
import type { CreditWords } from './credits-words.js';
import type { BudgetStatus } from '../emissions/carbon-budget.js';
import type { InventorySector } from '../emissions/sectors.js';
import type { ProgressStatus } from '../progress/status.js';
import type { ResultBasis, TargetKind } from '../targets.js';
import type {
  EmissionOrigin,
  Role,
  RoundStatus,
  ScopeShareCategory,
  SectorCode,
  SubmissionState,
  UploadProblemCode,
} from '../vocabulary/lists.js';

/** What an emission share or a budget allocation is of: an inventory or plan sector, or a scope. */
export type EmissionCategory = InventorySector | SectorCode | ScopeShareCategory;

/**
 * The words for the shared vocabulary and the server's message codes, one catalog per language
 * (zh-TW.ts, en.ts), both typed by this interface: a missing key is a type error. The web, the
 * reports and the CLI all read them, so a status reads the same on a page, in the printed report
 * and in a terminal. Messages hold `{name}` placeholders filled by `interpolate`.
 */
export interface Catalog extends CreditWords {
  status: Record<ProgressStatus, string>;
  targetKind: Record<TargetKind, string>;
  basis: Record<ResultBasis, string>;
  sector: Record<SectorCode, string>;
  role: Record<Role, string>;
  roundStatus: Record<RoundStatus, string>;
  state: Record<SubmissionState, string>;
  approval: Record<BudgetStatus, string>;
  emissionCategory: Record<EmissionCategory, string>;
  emissionOrigin: Record<EmissionOrigin, string>;
  /** Problems of an uploaded agency template, by the code the server sends. */
  uploadProblem: Record<UploadProblemCode, string>;
  /** The committee's words (core/committee/vocabulary.ts); zh as the minutes print them. */
  meetingKind: Record<MeetingKind, string>;
  agendaItemKind: Record<AgendaItemKind, string>;
  memberCategory: Record<MemberCategory, string>;
  memberRole: Record<MemberRole, string>;
  commentChannel: Record<CommentChannel, string>;
  writtenCommentForm: Record<WrittenCommentForm, string>;
  followUpState: Record<FollowUpState, string>;
  reminderKind: Record<ReminderKind, string>;
  /** Sustainability indicators (core/indicators/vocabulary.ts): 目標型/觀察型, 達標/未達標/觀察/無資料. */
  indicatorKind: Record<IndicatorKind, string>;
  indicatorDirection: Record<IndicatorDirection, string>;
  indicatorStatus: Record<IndicatorStatus, string>;
  /** Why a year has its status; {value}, {target} and {unit} are filled in. */
  indicatorStatusReason: Record<IndicatorStatusReason, string>;
  /** Registries (core/registries): field types, tallies, case problems, differences. */
  registryFieldType: Record<RegistryFieldType, string>;
  registryTally: Record<RegistryTally, string>;
  registryProblem: Record<RegistryProblemCode, string>;
  registryDifference: Record<RegistryDifferenceReason, string>;
}

export type Params = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible so it gets noticed.
 * @example interpolate('共 {count} 項措施', { count: 12 }) // '共 12 項措施'
 */
export function interpolate(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

type Group = keyof Catalog;
/** `status.achieved`, `sector.energy`…: the catalog's keys as the web's flat catalogue has them. */
export type CatalogKey = { [G in Group]: `${G}.${keyof Catalog[G] & string}` }[Group];

/** The catalog as one flat `group.code → words` table, for the web's message lookup. */
export function flattenCatalog(catalog: Catalog): Record<CatalogKey, string> {
  return Object.fromEntries(
    Object.entries(catalog).flatMap(([group, words]) =>
      Object.entries(words as Record<string, string>).map(([code, text]) => [
        `${group}.${code}`,
        text,
      ]),
    ),
  ) as Record<CatalogKey, string>;
}
