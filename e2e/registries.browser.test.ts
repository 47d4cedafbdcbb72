import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/accounts/demo-accounts.js';
import { createUser } from '../src/db/accounts/users.js';
import { loadRegistryFolder } from '../src/db/registries/seed-registries.js';
import { registriesDatasetFolder } from '../src/datasets/datasets.js';
import { hashPassword } from '../src/server/auth/password.js';
import { MOBILE, launchBrowser, seriousViolations } from './support/browser.js';
import { expectNoProblems, goto, newPerson, settled, signIn } from './support/pages.js';
import { startTestSite, type TestSite } from './support/server.js';

/** A clerk of 環保局, which keeps the counselling visits (Table 4), in their own layout. */
const header = '年份,場所,統一編號,輔導領域,改善報告';
const good = '112年9月,測試公司甲 (synthetic),12345678,,';
const bad = '108,測試公司乙 (synthetic),,,';
const file = (...rows: string[]) => ({
  name: '輔導名單.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([header, ...rows].join('\r\n'), 'utf8'),
});

describe("an agency's registry spreadsheet imported in a real browser", () => {
  let site: TestSite;
  let browser: Browser;
  let clerk: Page;
  let problems: string[];

  beforeAll(async () => {
    [site, browser] = await Promise.all([
      startTestSite(async ({ db }) => {
        await loadRegistryFolder(db, 'kaohsiung', registriesDatasetFolder('kaohsiung'), 'test');
        await createUser(
          db,
          {
            city: 'kaohsiung',
            username: 'epb-clerk',
            displayName: '環保局承辦',
            role: 'agency_editor',
            agencies: ['epb'],
            passwordHash: await hashPassword(DEMO_PASSWORD),
          },
          'test',
        );
      }),
      launchBrowser(),
    ]);
    ({ page: clerk, problems } = await newPerson(browser, MOBILE));
    await signIn(clerk, site.url, 'epb-clerk', DEMO_PASSWORD);
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    await site.stop();
  });

  /** 製造3's figure to date, computed from the visits (the last row of the fed figures). */
  const computedToDate = async () =>
    (
      await clerk
        .locator('section[aria-labelledby="fed-heading"] tbody tr')
        .last()
        .locator('td')
        .nth(1)
        .textContent()
    )?.trim();

  it('refuses a file with one bad row by its cell, writing nothing; takes the fixed file', async () => {
    await goto(clerk, site.url, '#/registries/counselling-visits');
    await expect(computedToDate()).resolves.toBe('13');
    const form = clerk.getByRole('region', { name: '匯入清冊檔案' });
    await expect(form.getByLabel('場所').inputValue()).resolves.toBe('場所');

    await form.getByLabel('檔案（.xlsx 或 .csv）').setInputFiles(file(good, bad));
    await form.getByRole('button', { name: '匯入' }).click();
    const refused = clerk.getByTestId('registry-import-problems');
    await refused.waitFor();
    await expect(refused.locator('li').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^A3 /),
    ]);
    await expect(computedToDate()).resolves.toBe('13');
    // The browser logs the refused request itself; nothing else may have gone wrong.
    expect(problems.splice(0)).toEqual([expect.stringContaining('status of 400')]);

    await form.getByLabel('檔案（.xlsx 或 .csv）').setInputFiles(file(good));
    await form.getByRole('button', { name: '匯入' }).click();
    await expect
      .poll(() => clerk.getByTestId('registry-import-result').textContent())
      .toContain('新增 1 件');
    await settled(clerk);
    await expect.poll(computedToDate).toBe('14');
    await expect(clerk.locator('main').textContent()).resolves.toContain('測試公司甲 (synthetic)');
    expect(await seriousViolations(clerk)).toEqual([]);
    expectNoProblems(problems);
  });

  it('offers the import to no one but the keeping agency', async () => {
    const { page: anyone } = await newPerson(browser);
    await goto(anyone, site.url, '#/registries/counselling-visits');
    await expect(anyone.getByRole('region', { name: '匯入清冊檔案' }).count()).resolves.toBe(0);
    await anyone.close();
  });
});
