import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { renderResultsDocx } from '../render/docx/results-docx.js';
import { renderResultsXlsx } from '../render/results-xlsx.js';
import type { ResultsReport } from '../results-report/model.js';
import type { ResultsReportV1 } from '../results-report/model-v1.js';
import { loadReportSnapshot, saveReportSnapshot } from './report-snapshots.js';
import ExcelJS from 'exceljs';

const run = promisify(execFile);

/**
 * A version-1 model, as `report results` froze it for Kaohsiung as of 2023-09-30 before chapter 1
 * came from the emissions module (the stored JSON, formatted).
 */
const fixture = new URL('./fixtures/results-report-v1-kaohsiung.json', import.meta.url);

/**
 * SHA-256 of chapter 1 part 1 of the DOCX's document.xml (from its heading to the next one),
 * as the renderer of version 1 wrote it for the fixture before this version existed; bookmark
 * ids blanked (the docx package numbers them per process, not per document).
 */
const V1_CHAPTER_SHA256 = 'e74468a2052146060d13dfb7296c59467148fd1bf40347b729eaa462afd8851b';
const withoutBookmarkIds = (xml: string) =>
  xml.replace(/_Toc\d+/g, '_Toc').replace(/w:id="\d+"/g, 'w:id=""');

async function documentXml(docx: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'netzero-snapshot-'));
  try {
    await writeFile(join(dir, 'r.docx'), docx);
    return (await run('unzip', ['-p', join(dir, 'r.docx'), 'word/document.xml'])).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describeEachDatabase('report snapshots of an earlier model version', (getDb) => {
  it('renders a version-1 snapshot as it was: same chapter 1, table-cell charts, no images', async () => {
    const { db } = getDb();
    const v1 = JSON.parse(await readFile(fixture, 'utf8')) as ResultsReportV1;
    // Saved as a version-1 row would have been; the store takes any stored model.
    const saved = await saveReportSnapshot(db, v1 as unknown as ResultsReport);
    const loaded = await loadReportSnapshot(db, 'kaohsiung', saved.id);
    expect(loaded.report.format).toBe('netzero-results-report/1');
    expect(loaded.report).toEqual(v1);
    const xml = await documentXml(await renderResultsDocx(loaded.report));
    const start = xml.lastIndexOf('一、溫室氣體排放現況');
    const end = xml.indexOf('二、溫室氣體減量執行方案推動成果', start);
    const chapter = withoutBookmarkIds(xml.slice(start, end));
    expect(chapter).toContain(v1.emissions.paragraphs[0]);
    expect(chapter).not.toContain('<w:drawing>');
    expect(createHash('sha256').update(chapter, 'utf8').digest('hex')).toBe(V1_CHAPTER_SHA256);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderResultsXlsx(loaded.report)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name).slice(0, 2)).toEqual(['排放現況', '排放結構']);
  });

  it('refuses a snapshot whose model format this version does not know', async () => {
    const { db } = getDb();
    const v1 = JSON.parse(await readFile(fixture, 'utf8')) as ResultsReportV1;
    const future = { ...v1, format: 'netzero-results-report/99', asOf: '2023-09-29' };
    const saved = await saveReportSnapshot(db, future as unknown as ResultsReport);
    await expect(loadReportSnapshot(db, 'kaohsiung', saved.id)).rejects.toThrow(
      /format "netzero-results-report\/99"/,
    );
  });
});
