import type { CommitteeDocument } from '../../contracts/committee-document.js';
import type { ConvertOptions } from '../render/libreoffice.js';
import { documentRenderer } from '../document-renderer.js';
import { writeDocumentFiles } from '../render-document-files.js';
import { renderMinutesDocx } from './minutes-docx.js';
import { buildMinutesModel, type MinutesModel } from './minutes-model.js';

export type MinutesFormat = 'docx' | 'odt' | 'pdf';
export const MINUTES_FORMATS: readonly MinutesFormat[] = ['docx', 'odt', 'pdf'];

/**
 * The minutes in the requested formats: the DOCX rendered here, ODT and PDF converted from it by
 * one LibreOffice start, begun before the DOCX is rendered so the two overlap.
 */
export const renderMinutesFiles = documentRenderer({
  name: 'the minutes',
  formats: MINUTES_FORMATS,
  renderers: (minutes: MinutesModel) => ({ docx: () => renderMinutesDocx(minutes) }),
});

/** `minutes-t7-plenary-1.pdf` */
export const minutesFileName = (meetingCode: string, format: MinutesFormat) =>
  `minutes-${meetingCode}.${format}`;

/**
 * Writes the minutes of one meeting of a validated committee document to `outDir` in each
 * format, and returns the paths written: the way to try the minutes before the CLI has a
 * command for them.
 * @example await renderMinutes(committee, 't7-plenary-1', ['docx', 'pdf'], 'out') // ['out/minutes-t7-plenary-1.docx', …]
 */
export async function renderMinutes(
  document: CommitteeDocument,
  meetingCode: string,
  formats: readonly MinutesFormat[],
  outDir: string,
  options: ConvertOptions = {},
): Promise<string[]> {
  const files = await renderMinutesFiles(
    buildMinutesModel(document, meetingCode),
    formats,
    options,
  );
  return writeDocumentFiles(files, MINUTES_FORMATS, (f) => minutesFileName(meetingCode, f), outDir);
}
