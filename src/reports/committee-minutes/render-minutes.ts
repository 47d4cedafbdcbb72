import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommitteeDocument } from '../../contracts/committee-document.js';
import { NetZeroError } from '../../core/errors.js';
import type { ConvertOptions } from '../render/libreoffice.js';
import { startLibreOffice } from '../report-formats.js';
import { renderMinutesDocx } from './minutes-docx.js';
import { buildMinutesModel, type MinutesModel } from './minutes-model.js';

export type MinutesFormat = 'docx' | 'odt' | 'pdf';
export const MINUTES_FORMATS: readonly MinutesFormat[] = ['docx', 'odt', 'pdf'];

/**
 * The minutes in the requested formats: the DOCX rendered here, ODT and PDF converted from it by
 * one LibreOffice start, begun before the DOCX is rendered so the two overlap.
 */
export async function renderMinutesFiles(
  minutes: MinutesModel,
  formats: readonly MinutesFormat[],
  options: ConvertOptions = {},
): Promise<Map<MinutesFormat, Buffer>> {
  const unknown = formats.filter((f) => !MINUTES_FORMATS.includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `minutes are made as ${MINUTES_FORMATS.join(', ')}; not "${unknown.join(',')}"`,
      [{ path: 'formats', message: 'unknown or no format' }],
    );
  }
  const libreOffice = startLibreOffice(formats, options);
  const files = new Map<MinutesFormat, Buffer>();
  let docx: Buffer;
  try {
    docx = await renderMinutesDocx(minutes);
  } catch (error) {
    await libreOffice?.cancel();
    throw error;
  }
  if (formats.includes('docx')) files.set('docx', docx);
  if (libreOffice)
    for (const [format, data] of await libreOffice.convert(docx)) files.set(format, data);
  return files;
}

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
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const format of MINUTES_FORMATS) {
    const data = files.get(format);
    if (!data) continue;
    const path = join(outDir, minutesFileName(meetingCode, format));
    await writeFile(path, data);
    written.push(path);
  }
  return written;
}
