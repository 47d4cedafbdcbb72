import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NetZeroError } from '../core/errors.js';
import type { StoredResultsReport } from './results-report/model-v1.js';
import { renderResultsDocx } from './render/docx/results-docx.js';
import { convertDocxTo, type ConvertOptions } from './render/libreoffice.js';
import { profileTemplate } from './render/libreoffice-profile.js';
import { renderResultsXlsx } from './render/results-xlsx.js';

export type ReportFormat = 'docx' | 'odt' | 'pdf' | 'xlsx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['docx', 'odt', 'pdf', 'xlsx'];

/** 'docx,pdf' → ['docx', 'pdf']; an unknown name is a usage error naming it. */
export function parseFormats(text: string): ReportFormat[] {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = names.filter((n) => !(REPORT_FORMATS as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `--format takes ${REPORT_FORMATS.join(',')}; not "${unknown.join(',') || text}"`,
      [{ path: 'arguments', message: `unknown format ${unknown.join(',')}` }],
    );
  return [...new Set(names as ReportFormat[])];
}

/**
 * Renders one report model to the requested formats. ODT and PDF are LibreOffice's conversions
 * of the DOCX, both from one LibreOffice start; XLSX is written directly.
 */
export async function renderResultsReport(
  report: StoredResultsReport,
  formats: readonly ReportFormat[],
  options: ConvertOptions = {},
): Promise<Map<ReportFormat, Buffer>> {
  const files = new Map<ReportFormat, Buffer>();
  const targets = (['odt', 'pdf'] as const).filter((f) => formats.includes(f));
  // LibreOffice's profile initialises while the DOCX is written.
  if (targets.length > 0) void profileTemplate(options);
  const needsDocx = formats.some((f) => f !== 'xlsx');
  const [docx, xlsx] = await Promise.all([
    needsDocx ? renderResultsDocx(report) : undefined,
    formats.includes('xlsx') ? renderResultsXlsx(report) : undefined,
  ]);
  if (docx && formats.includes('docx')) files.set('docx', docx);
  if (xlsx) files.set('xlsx', xlsx);
  if (docx && targets.length > 0)
    for (const [f, data] of await convertDocxTo(docx, targets, options)) files.set(f, data);
  return files;
}

/** `results-kaohsiung-phase2-2023-09-30.pdf` */
export function reportFileName(report: StoredResultsReport, format: ReportFormat): string {
  return `results-${report.city.code}-${report.plan.code}-${report.asOf}.${format}`;
}

export async function writeReportFiles(
  report: StoredResultsReport,
  files: ReadonlyMap<ReportFormat, Buffer>,
  outDir: string,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const format of REPORT_FORMATS) {
    const data = files.get(format);
    if (!data) continue;
    const path = join(outDir, reportFileName(report, format));
    await writeFile(path, data);
    written.push(path);
  }
  return written;
}
