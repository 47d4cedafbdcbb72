import type { StoredResultsReport } from './results-report/model-v1.js';
import { renderResultsDocx } from './render/docx/results-docx.js';
import type { ConvertOptions, DocxConversion } from './render/libreoffice.js';
import { renderDocumentFiles } from './render-document-files.js';
import { startLibreOffice } from './report-formats.js';
import type { ReportFormat } from '../core/vocabulary/lists.js';

export interface RenderOptions extends ConvertOptions {
  /** LibreOffice already started by `startLibreOffice` for these formats; this call owns it. */
  libreOffice?: DocxConversion;
}

/**
 * Renders one report model to the requested formats. ODT and PDF are LibreOffice's conversions
 * of the DOCX, both from one LibreOffice start, which is under way while the DOCX and the XLSX
 * are rendered; XLSX is written directly.
 */
export function renderResultsReport(
  report: StoredResultsReport,
  formats: readonly ReportFormat[],
  options: RenderOptions = {},
): Promise<Map<ReportFormat, Buffer>> {
  return renderDocumentFiles(
    formats,
    { docx: () => renderResultsDocx(report), xlsx: () => renderXlsx(report) },
    options.libreOffice ?? startLibreOffice(formats, options),
  );
}

/**
 * exceljs takes ~0.4 s to load; loaded here, it loads while LibreOffice converts the DOCX
 * instead of before the DOCX exists.
 */
async function renderXlsx(report: StoredResultsReport): Promise<Buffer> {
  const { renderResultsXlsx } = await import('./render/results-xlsx.js');
  return renderResultsXlsx(report);
}
