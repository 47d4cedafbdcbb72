import type { StoredResultsReport } from './results-report/model-v1.js';
import { renderResultsDocx } from './render/docx/results-docx.js';
import type { ConvertOptions, DocxConversion } from './render/libreoffice.js';
import { startLibreOffice } from './report-formats.js';
import { type LibreOfficeFormat, type ReportFormat } from '../core/vocabulary/lists.js';

export interface RenderOptions extends ConvertOptions {
  /** LibreOffice already started by `startLibreOffice` for these formats; this call owns it. */
  libreOffice?: DocxConversion;
}

/**
 * Renders one report model to the requested formats. ODT and PDF are LibreOffice's conversions
 * of the DOCX, both from one LibreOffice start, which is under way while the DOCX and the XLSX
 * are rendered; XLSX is written directly.
 */
export async function renderResultsReport(
  report: StoredResultsReport,
  formats: readonly ReportFormat[],
  options: RenderOptions = {},
): Promise<Map<ReportFormat, Buffer>> {
  const libreOffice = options.libreOffice ?? startLibreOffice(formats, options);
  const files = new Map<ReportFormat, Buffer>();
  let converted: Promise<Map<LibreOfficeFormat, Buffer>> | undefined;
  try {
    const needsDocx = formats.some((f) => f !== 'xlsx');
    const docx = needsDocx ? await renderResultsDocx(report) : undefined;
    if (docx && formats.includes('docx')) files.set('docx', docx);
    // LibreOffice takes the DOCX now and converts it while the XLSX is rendered.
    converted = docx && libreOffice ? libreOffice.convert(docx) : undefined;
    converted?.catch(() => undefined); // awaited below, after the XLSX
    if (formats.includes('xlsx')) files.set('xlsx', await renderXlsx(report));
    if (converted) for (const [f, data] of await converted) files.set(f, data);
    return files;
  } catch (error) {
    // Never leave LibreOffice behind: let a running conversion finish, end a waiting one.
    if (converted) await converted.catch(() => undefined);
    else await libreOffice?.cancel();
    throw error;
  }
}

/**
 * exceljs takes ~0.4 s to load; loaded here, it loads while LibreOffice converts the DOCX
 * instead of before the DOCX exists.
 */
async function renderXlsx(report: StoredResultsReport): Promise<Buffer> {
  const { renderResultsXlsx } = await import('./render/results-xlsx.js');
  return renderResultsXlsx(report);
}
