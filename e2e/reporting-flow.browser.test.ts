import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../src/db/accounts/demo-accounts.js';
import { hashPassword } from '../src/server/auth/password.js';
import { MOBILE, launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { goto, newPerson, settled, signIn } from './support/pages.js';
import { startTestSite, type TestSite } from './support/server.js';

/**
 * The whole reporting flow, as three people in three browser contexts: the secretariat opens a
 * round, an 環保局 clerk submits two measures, the secretariat approves one and returns the
 * other, and the public sees only the approved figure.
 */
describe('a reporting round from the clerk to the public, in a real browser', () => {
  let site: TestSite;
  let browser: Browser;
  let admin: Page;
  let clerk: Page;
  let roundHash = '';
  let problems: string[][] = [];
  const CUT_OFF = '2023-12-31';

  beforeAll(async () => {
    [site, browser] = await Promise.all([
      startTestSite((database) =>
        ensureDemoAccounts(database.db, 'kaohsiung', hashPassword).then(() => undefined),
      ),
      launchBrowser(),
    ]);
    const a = await newPerson(browser);
    const c = await newPerson(browser);
    admin = a.page;
    clerk = c.page;
    problems = [a.problems, c.problems];
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    await site.stop();
  });

  async function checkAccessible(page: Page, name: string) {
    expect(await seriousViolations(page), name).toEqual([]);
    await screenshot(page, name);
  }

  it('lets the secretariat sign in and open a round', async () => {
    await signIn(admin, site.url, 'demo-admin', DEMO_PASSWORD);
    await admin.getByLabel('名稱').fill('112年第4季');
    await admin.getByLabel('填報期間起日').fill('2023-10-01');
    await admin.getByLabel('統計截止日').fill(CUT_OFF);
    await admin.getByLabel('填報期限').fill('2024-01-31');
    await admin.getByRole('button', { name: '開啟填報' }).click();
    const link = admin.getByRole('link', { name: '112年第4季' });
    await link.waitFor();
    await checkAccessible(admin, 'rounds-admin');
    roundHash = (await link.getAttribute('href')) ?? '';
    expect(roundHash).toMatch(/^#\/rounds\/\d+$/);
  });

  it("shows the clerk only their agency's measures, with previous figures and units", async () => {
    await signIn(clerk, site.url, 'demo-epb', DEMO_PASSWORD);
    await goto(clerk, site.url, roundHash);
    const rows = await clerk.getByTestId('submissions').locator('tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('環保局');
    expect(rows.join()).toContain('老舊柴油車汰換');
    expect(rows.join()).not.toContain('再生能源發電設備認定與查核作業'); // 經發局's
    await checkAccessible(clerk, 'round-clerk');
  });

  async function submitFigure(measure: string, value: string) {
    await goto(clerk, site.url, roundHash);
    await clerk.getByRole('link', { name: measure }).click();
    await clerk.getByRole('heading', { level: 1, name: new RegExp(measure) }).waitFor();
    await settled(clerk);
    // Every indicator needs its figure; the first gets `value`, the others a small one.
    const indicators = clerk.locator('fieldset.indicator-fields');
    for (let index = 0; index < (await indicators.count()); index++) {
      const fields = indicators.nth(index);
      await fields.getByLabel('本期數值').fill(index === 0 ? value : '1');
      await fields.getByLabel(/本期增量/).check();
    }
    await clerk.getByLabel(/質化成果/).fill(`${measure}：本季辦理情形`);
    await clerk.getByLabel(/落後說明/).fill('本季進度說明');
    await clerk.getByRole('button', { name: '送出審查' }).click();
    await expectOutcome(
      clerk,
      clerk.getByTestId('submission-state').filter({ hasText: '已送出待審' }),
    );
  }

  /** Waits for the sign of success, or fails at once with the error the page shows instead. */
  async function expectOutcome(page: Page, success: Locator) {
    const alert = page.getByRole('alert');
    await success.or(alert).first().waitFor();
    if (await alert.count()) expect.fail(`the page said: ${await alert.first().textContent()}`);
  }

  it('lets the clerk fill in and submit figures', async () => {
    await goto(clerk, site.url, roundHash);
    await clerk.getByRole('link', { name: '老舊柴油車汰換' }).click();
    await settled(clerk);
    // The form shows the unit and the figures published before, and asks increment or total.
    const fields = clerk.locator('fieldset.indicator-fields').first();
    await expect(fields.locator('legend').first().textContent()).resolves.toContain('輛');
    await expect(fields.locator('table.previous').textContent()).resolves.toContain('1,891');
    await checkAccessible(clerk, 'submission-form');
    await clerk.setViewportSize(MOBILE);
    await checkAccessible(clerk, 'submission-form-mobile');
    await clerk.setViewportSize({ width: 1280, height: 900 });
    await submitFigure('老舊柴油車汰換', '300');
    await submitFigure('提供汰換老舊機車新購電動機車補助優惠方案', '700');
  });

  it("refuses the clerk another agency's measure, on the page and through the API", async () => {
    const other = `${roundHash}/submissions/energy/1`;
    await goto(clerk, site.url, other);
    const alert = clerk.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(/FORBIDDEN|NOT_FOUND/);
    await expect(clerk.locator('form textarea').count()).resolves.toBe(0);
    const id = roundHash.split('/').pop() ?? '';
    const status = await clerk.evaluate<number>(`(async () => {
      const session = await (await fetch('/api/v1/session')).json();
      const put = await fetch('/api/v1/cities/kaohsiung/rounds/${id}/submissions/energy/1', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ version: 0, figures: [], qualitativeText: 'x', laggingExplanation: null }),
      });
      return put.status;
    })()`);
    expect([403, 404]).toContain(status);
  });

  it('lets the secretariat approve one submission and return the other with a comment', async () => {
    await goto(admin, site.url, roundHash);
    const queue = await admin.getByTestId('submissions').locator('tbody tr').allTextContents();
    expect(queue).toHaveLength(2);
    await checkAccessible(admin, 'review-queue');
    await admin.getByRole('link', { name: '老舊柴油車汰換' }).click();
    await settled(admin);
    await checkAccessible(admin, 'review-submission');
    await admin.getByRole('button', { name: '核定並公布' }).click();
    await admin.getByTestId('submission-state').filter({ hasText: '已核定' }).waitFor();

    await goto(admin, site.url, roundHash);
    await admin.getByRole('link', { name: '提供汰換老舊機車新購電動機車補助優惠方案' }).click();
    await settled(admin);
    // Returning without a comment is refused before anything is sent.
    await admin.getByRole('button', { name: '退回修正' }).click();
    await expect(admin.getByRole('alert').textContent()).resolves.toContain('審查意見');
    await admin.getByLabel('審查意見').fill('數值請改填累計總量並附佐證資料');
    await admin.getByRole('button', { name: '退回修正' }).click();
    await admin.getByTestId('submission-state').filter({ hasText: '退回修正' }).waitFor();
  });

  it('shows the clerk the returned submission with its comment, open for changes', async () => {
    await goto(clerk, site.url, `${roundHash}/submissions/transport/2`);
    await expect(clerk.locator('.review-comment').textContent()).resolves.toContain(
      '數值請改填累計總量並附佐證資料',
    );
    await expect(clerk.getByRole('button', { name: '送出審查' }).count()).resolves.toBe(1);
    await checkAccessible(clerk, 'submission-returned');
  });

  it('lets the clerk attach evidence, emptying the chooser, and refuses a file over 5 MB', async () => {
    await goto(clerk, site.url, `${roundHash}/submissions/transport/2`);
    const chooser = clerk.getByLabel('選擇檔案');
    const send = async (name: string, buffer: Buffer) => {
      await chooser.setInputFiles({ name, mimeType: 'application/pdf', buffer });
      await clerk.getByRole('button', { name: '上傳', exact: true }).click();
    };
    await send('佐證資料.pdf', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'));
    await clerk.getByRole('link', { name: '佐證資料.pdf' }).waitFor();
    await expect(chooser.inputValue()).resolves.toBe('');
    // Refused in the browser before it is sent, naming the file and the limit.
    await send('過大.pdf', Buffer.alloc(5 * 1024 * 1024 + 1));
    const alert = clerk.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('檔案太大');
    await expect(alert.textContent()).resolves.toContain('過大.pdf');
  });

  it('publishes the approved figure to the public, and not the returned one', async () => {
    const { page: visitor } = await newPerson(browser);
    await goto(visitor, site.url, `#/measures/transport/1?asOf=${CUT_OFF}`);
    const approved = visitor.getByRole('table', { name: '已公布的數據' });
    await expect(approved.textContent()).resolves.toContain('112年10–12月');
    await expect(approved.textContent()).resolves.toContain('300');
    await goto(visitor, site.url, `#/measures/transport/2?asOf=${CUT_OFF}`);
    await expect(visitor.locator('main').textContent()).resolves.not.toContain('112年10–12月');
    await goto(visitor, site.url, `#/?asOf=${CUT_OFF}`);
    await screenshot(visitor, 'overview-after-review');
  });

  it('lets the secretariat manage users', async () => {
    await goto(admin, site.url, '#/users');
    await expect(admin.locator('table').textContent()).resolves.toContain('demo-epb');
    await checkAccessible(admin, 'users');
    await admin.getByLabel('帳號', { exact: true }).fill('tb-clerk');
    await admin.getByLabel('角色').selectOption('agency_editor');
    await admin.getByLabel('交通局').check();
    await admin.getByLabel('初始密碼').fill('a-long-password-1');
    await admin.getByRole('button', { name: '建立帳號' }).click();
    await admin.locator('table').filter({ hasText: 'tb-clerk' }).waitFor();
  });

  it('raised no script error or CSP refusal in any page', () => {
    // Refused requests (403, 404) are asserted where they are expected; anything else is a fault.
    const unexpected = problems.flat().filter((m) => !m.startsWith('Failed to load resource'));
    expect(unexpected).toEqual([]);
  });
});
