import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCommittee } from '../src/db/committee/seed-committee.js';
import { seedIndicators } from '../src/db/indicators/seed-indicators.js';
import { DESKTOP, MOBILE, launchBrowser, seriousViolations } from './support/browser.js';
import { startTestSite, type TestSite } from './support/server.js';

describe('the sustainability indicator pages in a real browser', () => {
  let site: TestSite;
  let browser: Browser;
  beforeAll(async () => {
    [site, browser] = await Promise.all([
      startTestSite(async ({ db }) => {
        await seedCommittee(db, 'kaohsiung', 'kaohsiung', 'system:test');
        await seedIndicators(db, 'kaohsiung', 'kaohsiung', 'system:test');
      }),
      launchBrowser(),
    ]);
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    await site.stop();
  });

  /** Opens a page; any script error fails the test. */
  async function open(hash: string, viewport = DESKTOP): Promise<Page> {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(`${site.url}/${hash}`);
    await page.locator('.loading').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    return page;
  }

  it('lists the indicators the minutes name, tied to no SDG and 無資料, and cites the SDG source', async () => {
    const page = await open('#/indicators');
    await expect(page.locator('h1').textContent()).resolves.toBe('永續發展指標');
    const unlinked = page.getByRole('region', { name: '尚未對應 SDG 之指標' }).first();
    await expect(unlinked.getByRole('link').allTextContents()).resolves.toEqual([
      '實物救助服務據點',
      '交通安全指標',
    ]);
    await expect(unlinked.locator('[data-status]').allTextContents()).resolves.toEqual([
      '無資料 (該年度未填報數值)',
      '無資料 (該年度未填報數值)',
    ]);
    await expect(page.locator('main').textContent()).resolves.toContain('A/RES/70/1');
    await page.close();
  });

  it("shows an indicator's version and its years, each 無資料, with the source's notes", async () => {
    const page = await open('#/indicators');
    await page.getByRole('link', { name: '交通安全指標' }).click();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expect(page.locator('h1').textContent()).resolves.toBe('交通安全指標');
    const versions = page.getByRole('region', { name: '指標版本' }).first();
    await expect(versions.textContent()).resolves.toContain('愈低愈好');
    await expect(versions.textContent()).resolves.toContain('交通死亡事故具隨機性');
    const years = page.getByRole('region', { name: '歷年數值與狀態' }).first();
    await expect(years.locator('[data-status="no_data"]').count()).resolves.toBeGreaterThan(0);
    await expect(years.locator('[data-status]:not([data-status="no_data"])').count()).resolves.toBe(
      0,
    );
    await page.close();
  });

  for (const [name, hash] of Object.entries({
    list: '#/indicators',
    indicator: '#/indicators/social-in-kind-aid-sites',
  })) {
    for (const [width, viewport] of Object.entries({ desktop: DESKTOP, mobile: MOBILE })) {
      it(`has no serious accessibility violation on the ${name} page at ${width} width`, async () => {
        const page = await open(hash, viewport);
        expect(await seriousViolations(page)).toEqual([]);
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.close();
      });
    }
  }
});
