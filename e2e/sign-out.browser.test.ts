import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../src/db/accounts/demo-accounts.js';
import { hashPassword } from '../src/server/auth/password.js';
import { launchBrowser } from './support/browser.js';
import { expectNoProblems, newPerson, settled, signIn } from './support/pages.js';
import { startTestSite, type TestSite } from './support/server.js';

describe('signing out in a real browser', () => {
  let site: TestSite;
  let browser: Browser;
  beforeAll(async () => {
    [site, browser] = await Promise.all([
      startTestSite((database) =>
        ensureDemoAccounts(database.db, 'kaohsiung', hashPassword).then(() => undefined),
      ),
      launchBrowser(),
    ]);
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    await site.stop();
  });

  it('ends the session on the server: the old cookie is refused afterwards', async () => {
    const { page, problems } = await newPerson(browser);
    await signIn(page, site.url, 'demo-admin', DEMO_PASSWORD);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const rounds = `${site.url}/api/v1/cities/kaohsiung/rounds`;
    // The copied cookie works while the session lives, so the refusal below is the sign-out's.
    expect((await fetch(rounds, { headers: { cookie } })).status).toBe(200);

    await page.getByRole('button', { name: '登出' }).click();
    await page.getByRole('heading', { level: 1, name: '減量執行方案進度總覽' }).waitFor();
    await settled(page);
    await expect(page.getByRole('button', { name: '登出' }).count()).resolves.toBe(0);

    const refused = await fetch(rounds, { headers: { cookie } });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
    // After a full reload the browser is still signed out: a signed-in page asks for the sign-in.
    await page.goto(`${site.url}/#/rounds`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '請先登入' }).waitFor();
    expectNoProblems(problems);
    await page.context().close();
  });
});
