import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NetZeroError } from '../../core/errors.js';
import {
  profileTemplate,
  runSoffice,
  WARM_DOCX,
  type SofficeOptions,
} from './libreoffice-profile.js';
import { type LibreOfficeFormat } from '../../core/vocabulary/lists.js';

export type ConvertOptions = SofficeOptions;

/** A LibreOffice started for one DOCX, waiting for it (see `startDocxConversion`). */
export interface DocxConversion {
  /** Hands LibreOffice the DOCX and waits for the files. */
  convert(docx: Buffer): Promise<Map<LibreOfficeFormat, Buffer>>;
  /**
   * Ends LibreOffice without a document (what was to be converted failed). It throws only when
   * `convert` or `cancel` was called before; LibreOffice failing to start is no error here.
   */
  cancel(): Promise<void>;
}

/**
 * Starts LibreOffice headless for one DOCX before the DOCX exists, so its start overlaps
 * whatever the caller does meanwhile (reading the database, rendering); `convert` then hands it
 * the document, imported once and stored in each format (libreoffice-profile.ts). Each
 * conversion has its own profile directory (-env:UserInstallation), so conversions may run in
 * parallel. It waits for the DOCX at most `timeoutMs` and is killed `timeoutMs` after that
 * at the latest (a document may come late and still get its full time); its temp files are
 * removed. The caller must call `convert` or `cancel` exactly once.
 */
export function startDocxConversion(
  targets: readonly LibreOfficeFormat[],
  options: ConvertOptions = {},
): DocxConversion {
  const waitMs = options.timeoutMs ?? 120_000;
  const started = (async () => {
    const template = await profileTemplate(options);
    const work = await mkdtemp(join(tmpdir(), 'netzero-soffice-'));
    try {
      const profile = join(work, 'profile');
      await cp(template, profile, { recursive: true });
      const url = (name: string) => pathToFileURL(join(work, name)).href;
      const out = (target: LibreOfficeFormat) =>
        targets.includes(target) ? url(`report.${target}`) : '';
      const warm = pathToFileURL(join(profile, WARM_DOCX)).href;
      const call = [url('report.docx'), out('odt'), out('pdf'), url('cancel'), warm]
        .map((u) => `"${u}"`)
        .join(',');
      const exited = runSoffice(
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          `macro:///Standard.Module1.Convert(${call},${String(waitMs)})`,
        ],
        // Killed once it has waited for the DOCX and then converted for `timeoutMs` each.
        { ...options, timeoutMs: 2 * waitMs },
      );
      exited.catch(() => undefined); // awaited by convert or cancel
      return { work, exited };
    } catch (error) {
      await rm(work, { recursive: true, force: true });
      throw error;
    }
  })();
  started.catch(() => undefined); // reported by convert; cancel ignores it
  let handedOver = false;
  const once = () => {
    if (handedOver) throw new NetZeroError('INTERNAL', 'a LibreOffice conversion ran twice');
    handedOver = true;
  };
  return {
    async convert(docx) {
      once();
      const { work, exited } = await started;
      try {
        // Written beside and renamed into place: LibreOffice never sees half a file.
        await writeFile(join(work, 'report.part'), docx);
        await rename(join(work, 'report.part'), join(work, 'report.docx'));
        await exited;
        const files = new Map<LibreOfficeFormat, Buffer>();
        for (const target of targets) {
          try {
            files.set(target, await readFile(join(work, `report.${target}`)));
          } catch {
            // A macro that fails (a document LibreOffice cannot open) ends without an exit status.
            throw new NetZeroError(
              'INTERNAL',
              `LibreOffice produced no ${target.toUpperCase()} file`,
            );
          }
        }
        return files;
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    },
    async cancel() {
      once();
      try {
        const { work, exited } = await started;
        try {
          await writeFile(join(work, 'cancel'), '');
          await exited.catch(() => undefined);
        } finally {
          await rm(work, { recursive: true, force: true });
        }
      } catch {
        // it never started: nothing to end
      }
    },
  };
}

/** Converts a DOCX to ODT and/or PDF with one start of LibreOffice. */
export function convertDocxTo(
  docx: Buffer,
  targets: readonly LibreOfficeFormat[],
  options: ConvertOptions = {},
): Promise<Map<LibreOfficeFormat, Buffer>> {
  return startDocxConversion(targets, options).convert(docx);
}

/** One format of a DOCX. */
export async function convertDocx(
  docx: Buffer,
  target: LibreOfficeFormat,
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
  target: LibreOfficeFormat,
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
