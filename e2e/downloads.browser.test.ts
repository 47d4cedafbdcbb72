import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../src/db/accounts/demo-accounts.js';
import { SHEETS, VALUE_HEADER } from '../src/reports/agency-template/layout.js';
import { hashPassword } from '../src/server/auth/password.js';
import { SCREENSHOT_DIR, launchBrowser, screenshot } from './support/browser.js';
import { goto, newPerson, settled, signIn } from './support/pages.js';
import { checkAccessible } from './support/accessible.js';
import { startTestSite, type TestSite } from './support/server.js';
import { openKaohsiungQ4Round } from '../src/db/test-support/rounds.js';

/**
 * The download pages in a real browser: the secretariat generates the results report and
 * downloads it (the files are read back by exceljs and pdftotext), an 環保局 clerk downloads
 * the Excel template and uploads it (first with a mistake, then filled in properly), and anyone
 * finds the open data.
 */
describe('report, template and open-data downloads in a real browser', () => {
  let site: TestSite;
  let browser: Browser;
  let admin: Page;
  let clerk: Page;
  let visitor: Page;
  let round = 0;
  /** The clerk's correctly filled template, uploaded once on the submission page. */
  let uploaded: Buffer | null = null;
  let problems: string[][] = [];

  beforeAll(async () => {
    [site, browser] = await Promise.all([
      startTestSite(async (database) => {
        await ensureDemoAccounts(database.db, 'kaohsiung', hashPassword);
        round = (await openKaohsiungQ4Round(database.db)).id;
      }),
      launchBrowser(),
    ]);
    const people = await Promise.all([newPerson(browser), newPerson(browser), newPerson(browser)]);
    [admin, clerk, visitor] = people.map((p) => p.page) as [Page, Page, Page];
    problems = people.map((p) => p.problems);
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    await site.stop();
  });

  async function download(page: Page, link: Locator): Promise<Buffer> {
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 150_000 }),
      link.click(),
    ]);
    const path = await file.path();
    return readFile(path);
  }

  it('lets the secretariat generate the results report and download the XLSX and the PDF', async () => {
    const plans = (await (await fetch(`${site.url}/api/v1/cities/kaohsiung/plans`)).json()) as {
      code: string;
      dataThrough: string;
    }[];
    const dataThrough = plans.find((p) => p.code === 'phase2')?.dataThrough ?? '';
    await signIn(admin, site.url, 'demo-admin', DEMO_PASSWORD);
    await admin.getByRole('link', { name: '成果報告' }).click();
    await admin.getByRole('heading', { level: 1, name: '成果報告' }).waitFor();
    await settled(admin);
    // The cut-off date defaults to the date the plan's data runs to, shown as an ROC date too.
    await expect(admin.getByLabel('統計截止日').inputValue()).resolves.toBe(dataThrough);
    const [y, m, d] = dataThrough.split('-').map(Number) as [number, number, number];
    await expect(admin.getByTestId('as-of-roc').textContent()).resolves.toBe(
      `即 ${y - 1911}年${m}月${d}日`,
    );
    await expect(admin.getByText('尚未產製任何報告。').count()).resolves.toBe(1);
    await admin.getByRole('button', { name: '產製報告' }).click();
    await admin.getByText(/已產製快照 \d+。/).waitFor({ timeout: 60_000 });
    // The list is fetched again after the answer: wait for its row, then count.
    const table = admin.getByTestId('report-snapshots');
    await table.locator('tbody tr').first().waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(1);
    await checkAccessible(admin, 'reports-admin');

    const xlsx = await download(admin, admin.getByRole('link', { name: /下載 XLSX/ }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    const names = book.worksheets.map((s) => s.name);
    expect(names).toContain('表1 推動成果');
    const cells: unknown[] = [];
    book.getWorksheet('表1 推動成果')?.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain('老舊柴油車汰換');

    const pdf = await download(admin, admin.getByRole('link', { name: /下載 PDF/ }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfPath = join(SCREENSHOT_DIR, '..', 'downloaded-report.pdf');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(pdfPath, pdf);
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdfPath, '-']);
    expect(stdout).toContain('老舊柴油車汰換');
  }, 240_000);

  /** The template as the clerk would fill it: every figure, every measure's text. */
  async function filled(template: Buffer, mistake: boolean): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template as unknown as ArrayBuffer);
    const figures = book.getWorksheet(SHEETS.figures);
    const texts = book.getWorksheet(SHEETS.texts);
    if (!figures || !texts) throw new Error('template sheets missing');
    let column = 0;
    figures.getRow(1).eachCell((cell, n) => {
      if (typeof cell.value === 'string' && cell.value.startsWith(VALUE_HEADER)) column = n;
    });
    for (let r = 2; r <= figures.rowCount; r++) figures.getRow(r).getCell(column).value = 5 * r;
    for (let r = 2; r <= texts.rowCount; r++) texts.getRow(r).getCell(4).value = '依進度執行。';
    if (mistake) figures.getRow(3).getCell(column).value = '約三百';
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it("shows the clerk the round's dates and the agency's template beside the measure list", async () => {
    await signIn(clerk, site.url, 'demo-epb', DEMO_PASSWORD);
    await goto(clerk, site.url, `#/rounds/${round}`);
    await expect(clerk.getByTestId('round-facts').textContent()).resolves.toBe(
      '112年第4季：填報 112年10–12月 的數據，統計至 112年12月31日，填報期限 113年1月31日。',
    );
    const section = clerk.getByRole('region', { name: 'Excel 範本' });
    await expect(section.textContent()).resolves.toContain('下載環保局在此填報期程的 Excel 範本');
    await expect(
      section.getByRole('link', { name: '下載 Excel 範本' }).getAttribute('href'),
    ).resolves.toBe(`/api/v1/cities/kaohsiung/rounds/${round}/agencies/epb/template`);
    await checkAccessible(clerk, 'round-clerk');
    // In English the agency reads by its English name, in the list and in the template section.
    await clerk.getByRole('button', { name: 'Switch to English' }).click();
    const english = clerk.getByRole('region', { name: 'Excel template' });
    await expect(english.textContent()).resolves.toContain(
      "Download Environmental Protection Bureau's Excel template",
    );
    await expect(
      clerk
        .getByTestId('submissions')
        .getByRole('row', { name: /老舊柴油車汰換/ })
        .textContent(),
    ).resolves.toContain('Environmental Protection Bureau');
    await screenshot(clerk, 'round-clerk-en');
    await clerk.getByRole('button', { name: '切換為中文' }).click();
    await clerk.getByRole('region', { name: 'Excel 範本' }).waitFor();
  });

  it('lets a clerk download the template, see a mistake named by its cell, then upload drafts', async () => {
    await goto(clerk, site.url, `#/rounds/${round}/submissions/transport/1`);
    await clerk.getByRole('heading', { level: 2, name: 'Excel 範本' }).waitFor();
    // The section names whose template it is.
    await clerk.getByText(/^下載環保局在此填報期程的 Excel 範本/).waitFor();
    const template = await download(clerk, clerk.getByRole('link', { name: '下載 Excel 範本' }));

    const upload = async (file: Buffer) => {
      await clerk.getByLabel('上傳 Excel').setInputFiles({
        name: '環保局填報.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: file,
      });
      await clerk.getByRole('button', { name: '上傳並存為草稿' }).click();
    };

    await upload(await filled(template, true));
    const problemsList = clerk.getByTestId('template-problems');
    await problemsList.waitFor();
    const chinese = (await problemsList.textContent()) ?? '';
    expect(chinese).toMatch(/執行量![A-Z]+3/);
    expect(chinese).not.toContain('a number is expected');
    await expect(clerk.getByRole('alert').textContent()).resolves.toContain('沒有寫入任何資料');
    await checkAccessible(clerk, 'template-upload-refused');
    // The same message in English once the reader switches language.
    await clerk.getByRole('button', { name: 'Switch to English' }).click();
    const english = (await problemsList.textContent()) ?? '';
    expect(english).toMatch(/執行量![A-Z]+3/);
    expect(english).toContain('a number is expected');
    expect(english).not.toBe(chinese);
    await screenshot(clerk, 'template-upload-refused-en');
    await clerk.getByRole('button', { name: '切換為中文' }).click();
    await clerk.getByRole('button', { name: '上傳並存為草稿' }).waitFor();
    // Nothing was written: the measure is still not started.
    await expect(clerk.getByTestId('submission-state').textContent()).resolves.toBe('未填寫');

    uploaded = await filled(template, false);
    await upload(uploaded);
    const result = clerk.getByTestId('template-result');
    await result.getByRole('heading', { name: '已存為草稿的措施' }).waitFor();
    const saved = await result.locator('li').allTextContents();
    expect(saved.length).toBeGreaterThan(1);
    expect(saved.join()).toContain('運輸 1');
    await clerk.getByTestId('submission-state').filter({ hasText: '草稿' }).waitFor();
    await checkAccessible(clerk, 'template-upload-saved');
  }, 120_000);

  it('lists the drafts on the round page, where the same file uploaded again changes nothing', async () => {
    if (!uploaded) throw new Error('the upload test did not run');
    await goto(clerk, site.url, `#/rounds/${round}`);
    const transport1 = clerk
      .getByTestId('submissions')
      .getByRole('row', { name: /老舊柴油車汰換/ });
    await expect(transport1.textContent()).resolves.toContain('草稿');
    await clerk.getByLabel('上傳 Excel').setInputFiles({
      name: '環保局填報.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: uploaded,
    });
    await clerk.getByRole('button', { name: '上傳並存為草稿' }).click();
    const result = clerk.getByTestId('template-result');
    await result.getByRole('heading', { name: '內容與現有草稿相同，未變更的措施' }).waitFor();
    await expect(result.getByRole('heading', { name: '已存為草稿的措施' }).count()).resolves.toBe(
      0,
    );
    await expect(result.textContent()).resolves.toContain('運輸 1');
    await screenshot(clerk, 'round-clerk-unchanged');
  });

  it('shows anyone the open data with licence, update time, fields and files', async () => {
    await goto(visitor, site.url, '#/');
    await visitor.getByRole('link', { name: '開放資料' }).click();
    await visitor.getByRole('heading', { level: 1, name: '開放資料' }).waitFor();
    await settled(visitor);
    await expect(
      visitor.getByRole('link', { name: '政府資料開放授權條款－第1版' }).getAttribute('href'),
    ).resolves.toBe('https://data.gov.tw/license');
    await expect(visitor.getByTestId('open-data-updated').textContent()).resolves.toMatch(
      /^\d+年\d+月\d+日 \d\d:\d\d$/,
    );
    const csvLinks = visitor.getByRole('link', { name: /CSV/ });
    await expect(csvLinks.count()).resolves.toBe(3);
    const href = (await csvLinks.first().getAttribute('href')) ?? '';
    const csv = Buffer.from(await (await visitor.request.get(`${site.url}${href}`)).body());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await visitor
      .getByText(/^欄位說明/)
      .first()
      .click();
    await visitor.getByRole('rowheader', { name: 'sector_code' }).first().waitFor();
    await checkAccessible(visitor, 'open-data');
    // In English, the descriptions of the datasets and of their fields are English.
    await visitor.getByRole('button', { name: 'Switch to English' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
    // The first dataset's field list is still open from above.
    await visitor.getByRole('cell', { name: 'Name of the measure' }).first().waitFor();
    await visitor.getByText(/^Published results of each indicator per period/).waitFor();
    await screenshot(visitor, 'open-data-en');
    await visitor.getByRole('button', { name: '切換為中文' }).click();
  });

  it('raised no script error or CSP refusal in any page', () => {
    const unexpected = problems.flat().filter((m) => !m.startsWith('Failed to load resource'));
    expect(unexpected).toEqual([]);
  });
});
