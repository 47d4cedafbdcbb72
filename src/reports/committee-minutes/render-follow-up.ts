import type { ConvertOptions } from '../render/libreoffice.js';
import { checkFormats, renderDocumentFiles } from '../render-document-files.js';
import { startLibreOffice } from '../report-formats.js';
import { renderFollowUpDocx } from './follow-up-docx.js';
import type { FollowUpTable } from './follow-up-table.js';
import { reportFormats, type ReportFormat } from '../../core/vocabulary/lists.js';

/**
 * The follow-up table in the requested formats (docx, odt, pdf, xlsx): the DOCX and the XLSX
 * rendered here, ODT and PDF converted from the DOCX by one LibreOffice start.
 */
export function renderFollowUpFiles(
  table: FollowUpTable,
  formats: readonly ReportFormat[],
  options: ConvertOptions = {},
): Promise<Map<ReportFormat, Buffer>> {
  checkFormats(formats, reportFormats, 'the follow-up table');
  return renderDocumentFiles(
    formats,
    {
      docx: () => renderFollowUpDocx(table),
      // exceljs loads in ~0.4 s: loaded only when asked for, while LibreOffice converts.
      xlsx: async () => (await import('./follow-up-xlsx.js')).renderFollowUpXlsx(table),
    },
    startLibreOffice(formats, options),
  );
}
