import type { ReportFormatName } from '../contracts/api/reports.js';
import { NetZeroError } from '../core/errors.js';
import { renderResultsReport } from '../reports/generate-results-report.js';
import type { ConvertOptions } from '../reports/render/libreoffice.js';
import type { ReportSnapshot } from '../reports/snapshots/report-snapshots.js';
import { libreOfficeFormats } from '../core/vocabulary/lists.js';

export interface ReportFilesOptions {
  /** LibreOffice binary and timeout (render/libreoffice.ts). */
  convert?: ConvertOptions;
  /** Conversions that may wait for the running one; one more gets 429. */
  maxWaiting?: number;
  /** Rendered files kept in memory (the newest). */
  cacheEntries?: number;
  log?: (error: unknown) => void;
}

/**
 * Renders report snapshots for download. DOCX and XLSX are written in-process; ODT and PDF are
 * LibreOffice's, which runs as a child process (the event loop only waits for it), one
 * conversion at a time: LibreOffice takes seconds of CPU and the machine has few cores. Up to
 * `maxWaiting` requests queue behind it; beyond that the caller gets RATE_LIMITED and retries.
 * A rendered file is kept (keyed by snapshot and content hash), so the same snapshot downloads
 * as the same bytes and LibreOffice runs once per snapshot, not once per click.
 */
export class ReportFiles {
  private readonly cache = new Map<string, Promise<Buffer>>();
  private running = false;
  private readonly queue: (() => void)[] = [];
  private readonly maxWaiting: number;
  private readonly cacheEntries: number;

  constructor(private readonly options: ReportFilesOptions = {}) {
    this.maxWaiting = options.maxWaiting ?? 2;
    this.cacheEntries = options.cacheEntries ?? 24;
  }

  file(snapshot: ReportSnapshot, format: ReportFormatName): Promise<Buffer> {
    const key = (f: ReportFormatName) =>
      `${snapshot.city}/${String(snapshot.id)}/${snapshot.contentHash}/${f}`;
    const cached = this.cache.get(key(format));
    if (cached) {
      // Most recently used last, so the oldest is dropped first.
      this.cache.delete(key(format));
      this.cache.set(key(format), cached);
      return cached;
    }
    if (format === 'docx' || format === 'xlsx') {
      const made = this.render(snapshot, [format]).then((files) => pick(files, format));
      this.remember(key(format), made);
      return made;
    }
    // One LibreOffice start gives both the ODT and the PDF: keep both.
    const both = this.converted(snapshot);
    for (const f of libreOfficeFormats)
      this.remember(
        key(f),
        both.then((files) => pick(files, f)),
      );
    return both.then((files) => pick(files, format));
  }

  private converted(snapshot: ReportSnapshot): Promise<Map<ReportFormatName, Buffer>> {
    return this.converting(() => this.render(snapshot, [...libreOfficeFormats]));
  }

  /**
   * Runs `work`, which starts LibreOffice with `options`, in the one conversion slot: other
   * documents (the committee's minutes and follow-up table) wait in the same queue as the
   * results report, and are told to retry (RATE_LIMITED) when it is full.
   */
  async converting<T>(work: (options: ConvertOptions) => Promise<T>): Promise<T> {
    await this.slot();
    try {
      return await work(this.options.convert ?? {});
    } finally {
      this.release();
    }
  }

  private async render(
    snapshot: ReportSnapshot,
    formats: ReportFormatName[],
  ): Promise<Map<ReportFormatName, Buffer>> {
    try {
      return await renderResultsReport(snapshot.report, formats, this.options.convert ?? {});
    } catch (error) {
      (this.options.log ?? console.error)(error);
      const what = formats.map((f) => f.toUpperCase()).join('/');
      throw new NetZeroError(
        'INTERNAL',
        `the ${what} of report snapshot ${String(snapshot.id)} could not be made${
          formats.includes('pdf') ? ' (LibreOffice conversion failed)' : ''
        }; the error has been logged, try again later`,
        [{ path: 'format', message: 'conversion failed' }],
      );
    }
  }

  private remember(key: string, file: Promise<Buffer>): void {
    this.cache.set(key, file);
    // A failure is not kept: the next request tries again.
    file.catch(() => {
      if (this.cache.get(key) === file) this.cache.delete(key);
    });
    while (this.cache.size > this.cacheEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }

  private slot(): Promise<void> {
    if (!this.running) {
      this.running = true;
      return Promise.resolve();
    }
    if (this.queue.length >= this.maxWaiting)
      return Promise.reject(
        new NetZeroError(
          'RATE_LIMITED',
          'LibreOffice is busy converting other documents; try again in a minute (DOCX and XLSX are available now)',
          [{ path: 'format', message: 'conversion queue full' }],
        ),
      );
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.running = false;
  }
}

function pick(files: Map<ReportFormatName, Buffer>, format: ReportFormatName): Buffer {
  const data = files.get(format);
  if (!data) throw new NetZeroError('INTERNAL', `no ${format} was rendered`);
  return data;
}
