import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  MOBILE,
  launchBrowser,
  screenshot,
  seriousViolations,
} from './support/browser.js';
import { startTestSite, type TestSite } from './support/server.js';

const AS_OF = '2023-09-30';

describe('public pages in a real browser', () => {
  let site: TestSite;
  let browser: Browser;
  beforeAll(async () => {
    [site, browser] = await Promise.all([startTestSite(), launchBrowser()]);
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    await site.stop();
  });

  /** Opens a page; any script error, CSP refusal or failed request fails the test. */
  async function open(
    hash: string,
    viewport = DESKTOP,
    expectFailedRequest = false,
  ): Promise<Page> {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      const failedRequest = message.text().startsWith('Failed to load resource');
      if (message.type() === 'error' && !(expectFailedRequest && failedRequest)) {
        problems.push(message.text());
      }
    });
    await page.goto(`${site.url}/${hash}`);
    await page.locator('.loading').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    return page;
  }

  it('shows the plan overview in Traditional Chinese with ROC dates', async () => {
    const page = await open(`#/?asOf=${AS_OF}`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant-TW');
    await expect(page.locator('h1').textContent()).resolves.toBe('減量執行方案進度總覽');
    await expect(page.locator('.lead').textContent()).resolves.toContain('112年9月30日');
    // Reductions print in 萬公噸 as the results report does: Table 1's total 464.73.
    await expect(page.getByTestId('total-reduction').textContent()).resolves.toBe(
      '464.73 萬公噸 CO₂e',
    );
    await expect(page.getByTestId('status-lagging').textContent()).resolves.toBe('11');
    await expect(page.getByTestId('sector-transport').textContent()).resolves.toContain('67.32');
    await page.locator('.chart canvas').first().waitFor();
    await screenshot(page, 'overview-desktop');
    await page.close();
  });

  it("shows the city's net emissions against the 2005 base year and the targets", async () => {
    // data/kaohsiung.yaml: 2005 net 66,140,000 t and 2023 net 49,520,000 t, shown in 萬公噸.
    const page = await open(`#/?asOf=${AS_OF}`);
    const section = page.getByRole('region', { name: '溫室氣體排放', exact: true });
    await expect(section.getByTestId('emissions-base').textContent()).resolves.toBe(
      '6,614.00 萬公噸 CO₂e',
    );
    await expect(section.getByTestId('emissions-latest').textContent()).resolves.toBe(
      '4,952.00 萬公噸 CO₂e',
    );
    // (49,520,000 − 66,140,000) / 66,140,000 = −25.13 %.
    await expect(section.getByTestId('emissions-change').textContent()).resolves.toBe(
      '較 2005 年 -25.1%',
    );
    await expect(section.textContent()).resolves.toContain('2030 年目標：較 2005 年減量 30%');
    await expect(section.textContent()).resolves.toContain('2050 年淨零排放');
    await expect(section.textContent()).resolves.toContain(
      '來源：112年度高雄市第二期溫室氣體減量執行方案成果報告',
    );
    const table = page.getByRole('table', { name: '歷年溫室氣體淨排放量（萬公噸 CO₂e）' });
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('20056,614.00');
    expect(rows.at(-1)).toContain('20234,952.00');
    await screenshot(page, 'overview-emissions');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const english = page.getByRole('region', { name: 'Greenhouse-gas emissions', exact: true });
    await expect(english.getByTestId('emissions-base').textContent()).resolves.toBe(
      '6,614.00 10⁴ t CO₂e',
    );
    await expect(english.getByTestId('emissions-latest').textContent()).resolves.toBe(
      '4,952.00 10⁴ t CO₂e',
    );
    await expect(english.textContent()).resolves.toContain('Net zero by 2050');
    await expect(english.textContent()).resolves.toContain('2030 target: 30% below 2005');
    await screenshot(page, 'overview-emissions-english');
    await page.close();
  });

  it('filters the measure list by sector, agency, status and search text', async () => {
    const page = await open(`#/measures?asOf=${AS_OF}`);
    const count = page.getByTestId('measure-count');
    await expect(count.textContent()).resolves.toBe('共 58 項措施');
    await page.getByLabel('部門').selectOption('transport');
    await expect(count.textContent()).resolves.toBe('共 12 項措施');
    await page.getByLabel('狀態').selectOption('lagging');
    await expect(count.textContent()).resolves.toBe('共 1 項措施');
    await page.getByLabel('狀態').selectOption('');
    await page.getByLabel('搜尋措施名稱').fill('柴油');
    await expect(page.locator('table.measures tbody tr').allTextContents()).resolves.toEqual([
      expect.stringContaining('老舊柴油車汰換'),
    ]);
    await screenshot(page, 'measures-desktop');
    await page.getByRole('link', { name: '老舊柴油車汰換' }).click();
    await page.locator('h1').filter({ hasText: '老舊柴油車汰換' }).waitFor();
    expect(page.url()).toContain(`#/measures/transport/1?asOf=${AS_OF}`);
    await page.close();
  });

  it('shows a measure with its chart against the target and its published figures', async () => {
    const page = await open(`#/measures/transport/1?asOf=${AS_OF}`);
    await page.locator('.chart canvas').first().waitFor();
    await expect(page.locator('h1').textContent()).resolves.toContain('老舊柴油車汰換');
    await expect(page.locator('.indicator dl').first().textContent()).resolves.toContain('2,800');
    const figures = page.getByRole('table', { name: '已公布的數據' });
    await expect(figures.locator('tbody tr').allTextContents()).resolves.toEqual([
      '110年1,891本期增量',
      '111年1,907本期增量',
      '112年1–9月443本期增量',
    ]);
    await screenshot(page, 'measure-desktop');
    await page.close();
    // The expected-to-date value is computed (750 MWp × day share = 411.966…); it prints with
    // the decimals the figures are written with (750, 836), and the reduction in 萬公噸.
    const solar = await open(`#/measures/energy/1?asOf=${AS_OF}`);
    await expect(solar.locator('.indicator dl').first().textContent()).resolves.toBe(
      '目標值750實際值836預期進度412',
    );
    await expect(solar.locator('main').textContent()).resolves.toContain('53.52 萬公噸 CO₂e');
    await solar.close();
  });

  it('shows qualitative results and the explanation of a lagging measure', async () => {
    const outreach = await open(`#/measures/energy/3?asOf=${AS_OF}`);
    const results = outreach.locator('section[aria-labelledby="qualitative-heading"]');
    await expect(results.textContent()).resolves.toContain('宣導 1 場次計 31 人');
    await expect(results.textContent()).resolves.toContain('112年1–9月');
    await outreach.close();
    const lagging = await open(`#/measures/residential_commercial/1?asOf=${AS_OF}`);
    const explanation = lagging.locator('section[aria-labelledby="explanation-heading"]');
    await expect(explanation.textContent()).resolves.toContain('因受 COVID-19 影響');
    await screenshot(lagging, 'measure-lagging-desktop');
    await lagging.close();
  });

  it('defaults the cut-off date to the date the figures run to, and lets it be changed', async () => {
    const page = await open('#/');
    await expect(page.getByTestId('data-through').textContent()).resolves.toBe(
      '數據最新至 112年9月30日',
    );
    await expect(page.locator('.lead').textContent()).resolves.toContain('112年9月30日');
    await expect(page.getByLabel('統計截止日').inputValue()).resolves.toBe(AS_OF);
    // The same figures as naming the date explicitly.
    const total = await page.getByTestId('total-reduction').textContent();
    const named = await open(`#/?asOf=${AS_OF}`);
    await expect(named.getByTestId('total-reduction').textContent()).resolves.toBe(total);
    await named.close();
    await page.getByLabel('統計截止日').fill('2022-12-31');
    await page.getByRole('button', { name: '套用' }).click();
    await page.waitForURL(/asOf=2022-12-31/);
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expect(page.locator('.lead').textContent()).resolves.toContain('111年12月31日');
    await expect(page.getByTestId('data-through').textContent()).resolves.toBe(
      '數據最新至 112年9月30日',
    );
    // The list and a measure default the same way.
    await page.goto(`${site.url}/#/measures/transport/1`);
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expect(page.getByLabel('統計截止日').inputValue()).resolves.toBe(AS_OF);
    await page.close();
  });

  it("shows the API's own error message and code when a plan does not exist", async () => {
    const page = await open(`#/?plan=nope&asOf=${AS_OF}`, DESKTOP, true);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('NOT_FOUND');
    await expect(alert.getByRole('button', { name: '重試' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('switches to English, remembers it, and switches back', async () => {
    const page = await open(`#/?asOf=${AS_OF}`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Reduction plan progress');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('.lead').textContent()).resolves.toContain('2023-09-30');
    await page.reload();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expect(page.locator('h1').textContent()).resolves.toBe('Reduction plan progress');
    await expect(page.getByTestId('sector-transport').textContent()).resolves.toContain(
      'Transport',
    );
    await screenshot(page, 'overview-english');
    await page.getByRole('button', { name: '切換為中文' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('減量執行方案進度總覽');
    await page.close();
  });

  const pages = {
    overview: `#/?asOf=${AS_OF}`,
    measures: `#/measures?asOf=${AS_OF}`,
    measure: `#/measures/transport/1?asOf=${AS_OF}`,
    'measure-yearly': `#/measures/manufacturing/2?asOf=${AS_OF}`,
    'sign-in': '#/sign-in',
  };
  it('would catch an accessibility violation (the check itself works)', async () => {
    const page = await open('#/sign-in');
    await page.evaluate(`document.querySelector('main').append(document.createElement('input'))`);
    const ids = (await seriousViolations(page)).map((v) => v.id);
    expect(ids).toContain('label');
    await page.close();
  });

  for (const [name, hash] of Object.entries(pages)) {
    for (const [width, viewport] of Object.entries({ desktop: DESKTOP, mobile: MOBILE })) {
      it(`has no serious accessibility violation on ${name} at ${width} width`, async () => {
        const page = await open(hash, viewport);
        expect(await seriousViolations(page)).toEqual([]);
        // Nothing may overflow the viewport sideways (tables scroll inside their own region).
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        expect(overflow).toBeLessThanOrEqual(0);
        if (width === 'mobile') await screenshot(page, `${name}-mobile`);
        await page.close();
      });
    }
  }
});
