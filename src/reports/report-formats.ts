import { NetZeroError } from '../core/errors.js';
import type { StoredResultsReport } from './results-report/model-v1.js';
import { writeDocumentFiles } from './render-document-files.js';
import {
  startDocxConversion,
  type ConvertOptions,
  type DocxConversion,
} from './render/libreoffice.js';
import { libreOfficeFormats, reportFormats, type ReportFormat } from '../core/vocabulary/lists.js';

/*
 * The light half of report generation: formats, file names, starting LibreOffice. It loads none
 * of the renderers (docx, ECharts, exceljs), so a caller can start LibreOffice first and load
 * those while the database opens (src/cli/commands/report.ts).
 */

/** 'docx,pdf' → ['docx', 'pdf']; an unknown name is a usage error naming it. */
export function parseFormats(text: string): ReportFormat[] {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = names.filter((n) => !(reportFormats as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `--format takes ${reportFormats.join(',')}; not "${unknown.join(',') || text}"`,
      [{ path: 'arguments', message: `unknown format ${unknown.join(',')}` }],
    );
  return [...new Set(names as ReportFormat[])];
}

/** The formats LibreOffice makes from the DOCX. */
const libreOfficeTargets = (formats: readonly ReportFormat[]) =>
  libreOfficeFormats.filter((f) => formats.includes(f));

/**
 * Starts LibreOffice for the formats that need it (none: undefined), before the report exists:
 * a caller that still has to read the database (the CLI) starts it first, so LibreOffice's
 * start runs beside the queries. Hand it to `renderResultsReport`, or cancel it on failure.
 */
export function startLibreOffice(
  formats: readonly ReportFormat[],
  options: ConvertOptions = {},
): DocxConversion | undefined {
  const targets = libreOfficeTargets(formats);
  return targets.length > 0 ? startDocxConversion(targets, options) : undefined;
}

/** `results-kaohsiung-phase2-2023-09-30.pdf` */
export function reportFileName(report: StoredResultsReport, format: ReportFormat): string {
  return `results-${report.city.code}-${report.plan.code}-${report.asOf}.${format}`;
}

export function writeReportFiles(
  report: StoredResultsReport,
  files: ReadonlyMap<ReportFormat, Buffer>,
  outDir: string,
): Promise<string[]> {
  return writeDocumentFiles(files, reportFormats, (f) => reportFileName(report, f), outDir);
}
