import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NetZeroError } from '../../core/errors.js';
import { profileTemplate, runSoffice, type SofficeOptions } from './libreoffice-profile.js';

export type LibreOfficeTarget = 'odt' | 'pdf';
export type ConvertOptions = SofficeOptions;

/**
 * Converts a DOCX to ODT and/or PDF with LibreOffice headless, in one start of LibreOffice:
 * the document is imported once and stored in each format (libreoffice-profile.ts). Each call
 * has its own profile directory (-env:UserInstallation), so calls may run in parallel; it is
 * killed after a timeout; its temp files are removed.
 */
export async function convertDocxTo(
  docx: Buffer,
  targets: readonly LibreOfficeTarget[],
  options: ConvertOptions = {},
): Promise<Map<LibreOfficeTarget, Buffer>> {
  const template = await profileTemplate(options);
  const work = await mkdtemp(join(tmpdir(), 'netzero-soffice-'));
  try {
    const profile = join(work, 'profile');
    await cp(template, profile, { recursive: true });
    const input = join(work, 'report.docx');
    await writeFile(input, docx);
    const url = (target: LibreOfficeTarget) =>
      targets.includes(target) ? pathToFileURL(join(work, `report.${target}`)).href : '';
    const call = [pathToFileURL(input).href, url('odt'), url('pdf')].map((u) => `"${u}"`).join(',');
    await runSoffice(
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        `macro:///Standard.Module1.Convert(${call})`,
      ],
      options,
    );
    const files = new Map<LibreOfficeTarget, Buffer>();
    for (const target of targets) {
      try {
        files.set(target, await readFile(join(work, `report.${target}`)));
      } catch {
        // A macro that fails (a document LibreOffice cannot open) ends without an exit status.
        throw new NetZeroError('INTERNAL', `LibreOffice produced no ${target.toUpperCase()} file`);
      }
    }
    return files;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** One format of a DOCX. */
export async function convertDocx(
  docx: Buffer,
  target: LibreOfficeTarget,
  options: ConvertOptions = {},
): Promise<Buffer> {
  const files = await convertDocxTo(docx, [target], options);
  const data = files.get(target);
  if (!data) throw new NetZeroError('INTERNAL', `LibreOffice produced no ${target} file`);
  return data;
}

/**
 * Any document LibreOffice reads (`from` names its type) to ODT or PDF with a plain
 * `--convert-to`: used to check that a file we wrote opens in LibreOffice.
 */
export async function convertDocument(
  data: Buffer,
  from: 'docx' | 'odt',
  target: LibreOfficeTarget,
  options: ConvertOptions = {},
): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), 'netzero-soffice-'));
  try {
    const input = join(work, `report.${from}`);
    await writeFile(input, data);
    await runSoffice(
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        target === 'pdf' ? 'pdf:writer_pdf_Export' : 'odt',
        '--outdir',
        join(work, 'out'),
        input,
      ],
      options,
    );
    try {
      return await readFile(join(work, 'out', `report.${target}`));
    } catch {
      throw new NetZeroError('INTERNAL', `LibreOffice produced no ${target.toUpperCase()} file`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
