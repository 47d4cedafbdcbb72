import type { Params } from '../../core/catalog/catalog.js';
import type { IsoDate } from '../../core/dates.js';
import type { UploadProblemCode } from '../../core/vocabulary/lists.js';

/** What a per-agency template is made from: one reporting round, one agency's measures. */
export interface RoundTemplateInput {
  city: string;
  round: string;
  plan: string;
  /** The figures asked for cover this period; the round closes on `cutOff`. */
  period: { start: IsoDate; end: IsoDate; label: string };
  cutOff: IsoDate;
  agency: { code: string; name: string };
  measures: readonly TemplateMeasure[];
}

export interface TemplateMeasure {
  sector: string;
  sectorName: string;
  no: number;
  name: string;
  /**
   * The measure's submission version when the template was made (0: not started); an upload
   * refuses to overwrite a colleague's newer edit. Absent in templates made before versions.
   */
  version?: number;
  indicators: readonly {
    key: string;
    label: string;
    unit: string;
    /** Earlier figures, shown read-only for reference, e.g. { label: '111年', value: '367' }. */
    previous: readonly { label: string; value: string }[];
  }[];
}

/** A problem in an uploaded workbook, located as sheet!cell, by code (upload-issue.ts). */
export interface UploadIssue {
  /** `執行量!K3`, a sheet's name, or WHOLE_FILE. */
  cell: string;
  code: UploadProblemCode;
  params: Params;
  /** The problem in English, for API users and logs; clients word it from `code`. */
  message: string;
}

/** A valid upload: the agency's draft submission for the round. Values are decimal strings. */
export interface DraftSubmission {
  city: string;
  round: string;
  agency: string;
  period: { start: IsoDate; end: IsoDate };
  figures: { sector: string; no: number; indicator: string; value: string; note: string | null }[];
  texts: { sector: string; no: number; qualitative: string | null; explanation: string | null }[];
}

export type ParseOutcome =
  { ok: true; submission: DraftSubmission } | { ok: false; issues: UploadIssue[] };
