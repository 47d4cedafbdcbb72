import { documentRenderer } from '../document-renderer.js';
import { renderFollowUpDocx } from './follow-up-docx.js';
import type { FollowUpTable } from './follow-up-table.js';
import { reportFormats } from '../../core/vocabulary/lists.js';

/**
 * The follow-up table in the requested formats (docx, odt, pdf, xlsx): the DOCX and the XLSX
 * rendered here, ODT and PDF converted from the DOCX by one LibreOffice start.
 */
export const renderFollowUpFiles = documentRenderer({
  name: 'the follow-up table',
  formats: reportFormats,
  renderers: (table: FollowUpTable) => ({
    docx: () => renderFollowUpDocx(table),
    // exceljs loads in ~0.4 s: loaded only when asked for, while LibreOffice converts.
    xlsx: async () => (await import('./follow-up-xlsx.js')).renderFollowUpXlsx(table),
  }),
});
