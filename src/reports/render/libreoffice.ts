import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NetZeroError } from '../../core/errors.js';

export type LibreOfficeTarget = 'odt' | 'pdf';

export interface ConvertOptions {
  /** The soffice binary (default `soffice` on PATH, or SOFFICE_PATH). */
  soffice?: string;
  /** Killed after this long; a stuck conversion must not hang a server or a CLI. */
  timeoutMs?: number;
}

/**
 * Converts a DOCX to ODT or PDF with LibreOffice headless. Each call runs its own soffice with
 * a private profile directory (-env:UserInstallation), so conversions may run in parallel
 * without locking each other out, and nothing is left behind.
 */
export async function convertDocx(
  docx: Buffer,
  target: LibreOfficeTarget,
  options: ConvertOptions = {},
): Promise<Buffer> {
  return convertDocument(docx, 'docx', target, options);
}

/** Any document LibreOffice reads (`from` names its type by extension) to ODT or PDF. */
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
    const filter = target === 'pdf' ? 'pdf:writer_pdf_Export' : 'odt';
    await runSoffice(
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        filter,
        '--outdir',
        join(work, 'out'),
        input,
      ],
      options,
    );
    try {
      // Converting to the input's own type would overwrite nothing: out/ is a separate folder.
      return await readFile(join(work, 'out', `report.${target}`));
    } catch {
      throw new NetZeroError('INTERNAL', `LibreOffice produced no ${target.toUpperCase()} file`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function runSoffice(args: string[], options: ConvertOptions): Promise<void> {
  const binary = options.soffice ?? process.env.SOFFICE_PATH ?? 'soffice';
  const timeout = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    execFile(binary, args, { timeout, killSignal: 'SIGKILL' }, (error, _stdout, stderr) => {
      if (!error) {
        resolve();
        return;
      }
      const reason = error.killed
        ? `timed out after ${String(timeout)} ms`
        : `${error.message}${stderr ? `: ${stderr.trim()}` : ''}`;
      reject(new NetZeroError('INTERNAL', `LibreOffice conversion failed (${binary}): ${reason}`));
    });
  });
}
