import type { ReportFormat } from '../core/vocabulary/lists.js';
import type { ConvertOptions } from './render/libreoffice.js';
import {
  checkFormats,
  renderDocumentFiles,
  type DocumentRenderers,
} from './render-document-files.js';
import { startLibreOffice } from './report-formats.js';

/** A kind of document: what it is called in an error, the formats it is made in, its renderers. */
export interface DocumentKind<Model, F extends ReportFormat> {
  name: string;
  formats: readonly F[];
  renderers: (model: Model) => DocumentRenderers;
}

/**
 * How a kind of document is rendered to the formats asked for: a format it is not made in is
 * refused, then LibreOffice is started for ODT and PDF before the DOCX is rendered, so the two
 * overlap.
 * @example const renderMinutesFiles = documentRenderer({ name: 'the minutes', formats: ['docx', 'pdf'], renderers: (m) => ({ docx: () => minutesDocx(m) }) })
 */
export function documentRenderer<Model, F extends ReportFormat>(kind: DocumentKind<Model, F>) {
  return (
    model: Model,
    formats: readonly F[],
    options: ConvertOptions = {},
  ): Promise<Map<F, Buffer>> => {
    checkFormats(formats, kind.formats, kind.name);
    return renderDocumentFiles(formats, kind.renderers(model), startLibreOffice(formats, options));
  };
}
