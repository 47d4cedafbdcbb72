import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  DESKTOP,
  SCREENSHOT_DIR,
  MOBILE,
  launchBrowser,
  screenshot,
  seriousViolations,
} from './support/browser.js';
import { startTestSite, type TestSite } from './support/server.js';

const REPORT_TITLE = '112年度高雄市第二期溫室氣體減量執行方案成果報告';

/**
 * The 排放與碳預算 page over the real server and data/kaohsiung.yaml: figures are checked
 * against the dataset (2005 net 66,140,000 t; the 2025–2026 cap 50,937,300 t a year).
 */
describe('the emissions page in a real browser', () => {
  let site: TestSite;
  let browser: Browser;
  beforeAll(async () => {
    [site, browser] = await Promise.all([startTestSite(), launchBrowser()]);
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    await site.stop();
  });

  async function open(viewport = DESKTOP): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${site.url}/#/emissions`);
    await page.locator('.loading').waitFor({ state: 'detached' });
    return { page, problems };
  }

  const rowOf = (page: Page, table: string, year: number) =>
    page.getByTestId(table).locator(`tr[data-year="${year}"]`).textContent();

  it('shows the series, targets, gap, structure, budgets and money with their sources', async () => {
    const { page, problems } = await open();
    await expect(page.locator('h1').textContent()).resolves.toBe('溫室氣體排放與碳預算');
    const nav = page.getByRole('link', { name: '排放與碳預算' });
    await expect(nav.getAttribute('aria-current')).resolves.toBe('page');
    await page.locator('.chart canvas').nth(2).waitFor();
    expect(await page.locator('.chart canvas').count()).toBe(3);

    // Trend: 2005 baseline 6,614.00 萬公噸 (net, the report's figure), the pathway from it.
    const base = await rowOf(page, 'trend-table', 2005);
    expect(base).toContain('2005（94年）');
    expect(base).toContain('6,614.00');
    expect(base).toContain(REPORT_TITLE);
    // 2021: net 5,737 and gross 5,855 萬公噸 from the report.
    expect(await rowOf(page, 'trend-table', 2021)).toMatch(/5,737\.00.*5,855\.00/);
    expect(await rowOf(page, 'trend-table', 2030)).toContain('2030 年較 2005 年減量 30%');
    expect(await rowOf(page, 'trend-table', 2025)).toContain('5,093.73');
    // No figure for 2010: the year is not a row at all (nothing interpolated).
    expect(await page.getByTestId('trend-table').locator('tr[data-year="2010"]').count()).toBe(0);

    // Gap, computed by the API: 2023 actual 4,952.00 against the pathway's 5,185.38.
    const gap = await rowOf(page, 'gap-table', 2023);
    expect(gap).toMatch(/4,952\.00.*5,185\.38.*-233\.38/);

    const sectors = await page.getByTestId('shares-sectors').locator('tbody tr').allTextContents();
    expect(sectors).toEqual(['工業部門83', '住商部門9', '運輸部門7']);
    await expect(page.getByText('已知部門合計 99%').count()).resolves.toBe(1);

    // Carbon budget: 5,093.73 萬公噸 a year, the two years 10,187.46, the pathway's 9,973.91.
    const budget = await page
      .getByTestId('budgets-table')
      .locator('tr[data-code="cb-2025-2026"]')
      .textContent();
    expect(budget).toMatch(/5,093\.73.*10,187\.46.*9,973\.91.*已經市議會審議通過/);
    const steps = page.getByRole('list', { name: '審議進度' });
    await expect(steps.locator('[aria-current="step"]').textContent()).resolves.toBe(
      '已經市議會審議通過',
    );
    await expect(page.getByText('來源未公布部門分配。').count()).resolves.toBe(1);
    // Passed by the council on 2025-06-02 (Taipei time), shown as the ROC date of that day.
    await expect(page.getByTestId('budget-cb-2025-2026').textContent()).resolves.toContain(
      '114年6月2日 高雄市議會',
    );

    // Money: 275 億 declared, transport 219 億, the other domains unknown — never 0.
    await expect(page.getByTestId('money-declared').textContent()).resolves.toBe(
      '新臺幣 27,500,000,000 元',
    );
    const items = await page.getByTestId('money-items').locator('tbody tr').allTextContents();
    expect(items[0]).toContain('21,900,000,000');
    expect(items[1]).toContain('未知');
    expect(items.join()).not.toMatch(/(^|[^\d,])0($|[^\d,.])/);

    // Sources read as publications: publisher — title — date — address (or 網址不明).
    const source = (code: string) =>
      page.getByTestId('sources').locator(`li[data-code="${code}"]`).textContent();
    await expect(source('report-112')).resolves.toBe(
      `高雄市政府 — ${REPORT_TITLE} — 112年11月20日 — 網址不明`,
    );
    await expect(source('news-carbon-budget')).resolves.toBe(
      'Newtalk — 府會合作共推淨零轉型 高市通過全國首筆「城市碳預算」 — 114年6月3日 — https://today.line.me/tw/v3/article/zN1zoEK',
    );
    await expect(source('news-emissions-2020')).resolves.toMatch(
      /^Yahoo奇摩新聞 .* — 111年 — https:/,
    );
    await expect(source('tcsa-award-2023')).resolves.toContain('— 日期不明 —');
    const link = page.getByTestId('sources').locator('li[data-code="news-carbon-budget"] a');
    await expect(link.getAttribute('href')).resolves.toBe(
      'https://today.line.me/tw/v3/article/zN1zoEK',
    );
    await expect(page.getByTestId('sources').textContent()).resolves.not.toMatch(/shared\/|\.txt/);
    expect(problems).toEqual([]);
    await screenshot(page, 'emissions-desktop');
    await page.close();
  });

  it('downloads the series as CSV with a BOM from the link on the page', async () => {
    const { page } = await open();
    const href = await page.getByTestId('download-series').getAttribute('href');
    expect(href).toBe('/api/v1/cities/kaohsiung/emissions/csv');
    const res = await page.request.get(`${site.url}${href ?? ''}`);
    expect(res.headers()['content-disposition']).toContain('kaohsiung-emissions-series.csv');
    const body = await res.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('\n2005,66140000,figure,,66140000,baseline,');
    await page.close();
  });

  it('switches to English', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Greenhouse-gas emissions and carbon budgets',
    );
    expect(await rowOf(page, 'trend-table', 2030)).toContain('2030: 30% below 2005');
    expect(await rowOf(page, 'trend-table', 2005)).toContain('6,614.00');
    const budget = await page.getByTestId('budgets-table').locator('tbody tr').textContent();
    expect(budget).toContain('Council approved');
    const items = await page.getByTestId('money-items').locator('tbody tr').allTextContents();
    expect(items[1]).toContain('unknown');
    await expect(
      page.getByTestId('sources').locator('li[data-code="report-112"]').textContent(),
    ).resolves.toBe(`高雄市政府 — ${REPORT_TITLE} — 2023-11-20 — web address not known`);
    await screenshot(page, 'emissions-english');
    await page.close();
  });

  for (const [width, viewport] of Object.entries({ desktop: DESKTOP, mobile: MOBILE })) {
    it(`has no serious accessibility violation at ${width} width, nothing overflowing`, async () => {
      const { page, problems } = await open(viewport);
      await page.locator('.chart canvas').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // Every table scrolls inside a region the keyboard can reach.
      const unreachable = await page.evaluate<number>(
        `[...document.querySelectorAll('table')].filter((t) => t.closest('[tabindex="0"][role="region"]') === null).length`,
      );
      expect(unreachable).toBe(0);
      expect(problems).toEqual([]);
      await screenshot(page, `emissions-${width}-axe`);
      if (width === 'mobile') {
        // Section by section, so each can be looked at at full size.
        for (const section of ['trend', 'gap', 'shares', 'budgets', 'money', 'downloads']) {
          await page
            .locator(`section[aria-labelledby="${section}-heading"]`)
            .screenshot({ path: join(SCREENSHOT_DIR, `emissions-mobile-${section}.png`) });
        }
      }
      await page.close();
    });
  }
});
