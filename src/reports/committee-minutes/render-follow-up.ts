import { NetZeroError } from '../../core/errors.js';
import type { ConvertOptions } from '../render/libreoffice.js';
import { startLibreOffice } from '../report-formats.js';
import { renderFollowUpDocx } from './follow-up-docx.js';
import type { FollowUpTable } from './follow-up-table.js';
import {
  reportFormats,
  type LibreOfficeFormat,
  type ReportFormat,
} from '../../core/vocabulary/lists.js';

/**
 * The follow-up table in the requested formats (docx, odt, pdf, xlsx): the DOCX and the XLSX
 * rendered here, ODT and PDF converted from the DOCX by one LibreOffice start.
 */
export async function renderFollowUpFiles(
  table: FollowUpTable,
  formats: readonly ReportFormat[],
  options: ConvertOptions = {},
): Promise<Map<ReportFormat, Buffer>> {
  if (formats.length === 0 || formats.some((f) => !reportFormats.includes(f))) {
    throw new NetZeroError('VALIDATION_FAILED', `formats are ${reportFormats.join(', ')}`, [
      { path: 'formats', message: 'unknown or no format' },
    ]);
  }
  const libreOffice = startLibreOffice(formats, options);
  const files = new Map<ReportFormat, Buffer>();
  let converted: Promise<Map<LibreOfficeFormat, Buffer>> | undefined;
  try {
    const docx = formats.some((f) => f !== 'xlsx') ? await renderFollowUpDocx(table) : undefined;
    if (docx && formats.includes('docx')) files.set('docx', docx);
    converted = docx && libreOffice ? libreOffice.convert(docx) : undefined;
    converted?.catch(() => undefined); // awaited below, after the XLSX
    if (formats.includes('xlsx')) {
      // exceljs loads in ~0.4 s: loaded only when asked for, while LibreOffice converts.
      const { renderFollowUpXlsx } = await import('./follow-up-xlsx.js');
      files.set('xlsx', await renderFollowUpXlsx(table));
    }
    if (converted) for (const [f, data] of await converted) files.set(f, data);
    return files;
  } catch (error) {
    if (converted) await converted.catch(() => undefined);
    else await libreOffice?.cancel();
    throw error;
  }
}
