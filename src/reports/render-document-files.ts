import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NetZeroError } from '../core/errors.js';
import type { LibreOfficeFormat, ReportFormat } from '../core/vocabulary/lists.js';
import type { DocxConversion } from './render/libreoffice.js';

/** How one document is drawn: its DOCX and, where it has a spreadsheet form, its XLSX. */
export interface DocumentRenderers {
  docx: () => Promise<Buffer>;
  xlsx?: () => Promise<Buffer>;
}

/**
 * Refuses an empty list or a format this document is not made in, naming the formats it is.
 * @example checkFormats(['pdf', 'xlsx'], ['docx', 'odt', 'pdf'], 'minutes') // throws: not "xlsx"
 */
export function checkFormats<F extends ReportFormat>(
  formats: readonly ReportFormat[],
  allowed: readonly F[],
  what: string,
): F[] {
  const unknown = formats.filter((f) => !(allowed as readonly ReportFormat[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `${what} is made as ${allowed.join(', ')}; not "${unknown.join(',')}"`,
      [{ path: 'formats', message: 'unknown or no format' }],
    );
  }
  return formats as F[];
}

/**
 * One document in the requested formats. ODT and PDF are LibreOffice's conversions of the DOCX,
 * both from `libreOffice` (started by `startLibreOffice` before the document's data was read),
 * which converts while the XLSX is rendered. LibreOffice is never left behind: a running
 * conversion is awaited, a waiting one cancelled, before an error goes on.
 */
export async function renderDocumentFiles<F extends ReportFormat>(
  formats: readonly F[],
  renderers: DocumentRenderers,
  libreOffice: DocxConversion | undefined,
): Promise<Map<F, Buffer>> {
  const files = new Map<ReportFormat, Buffer>();
  let converted: Promise<Map<LibreOfficeFormat, Buffer>> | undefined;
  try {
    const docx = formats.some((f) => f !== 'xlsx') ? await renderers.docx() : undefined;
    if (docx && formats.includes('docx' as F)) files.set('docx', docx);
    converted = docx && libreOffice ? libreOffice.convert(docx) : undefined;
    converted?.catch(() => undefined); // awaited below, after the XLSX
    if (renderers.xlsx && formats.includes('xlsx' as F)) files.set('xlsx', await renderers.xlsx());
    if (converted) for (const [f, data] of await converted) files.set(f, data);
    return files as Map<F, Buffer>;
  } catch (error) {
    if (converted) await converted.catch(() => undefined);
    else await libreOffice?.cancel();
    throw error;
  }
}

/** Writes the files in `order` to `outDir`, named by `fileName`; returns the paths written. */
export async function writeDocumentFiles<F extends ReportFormat>(
  files: ReadonlyMap<F, Buffer>,
  order: readonly F[],
  fileName: (format: F) => string,
  outDir: string,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const format of order) {
    const data = files.get(format);
    if (!data) continue;
    const path = join(outDir, fileName(format));
    await writeFile(path, data);
    written.push(path);
  }
  return written;
}
