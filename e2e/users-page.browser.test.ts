import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../src/db/accounts/demo-accounts.js';
import { findUser, updateUser } from '../src/db/accounts/users.js';
import { hashPassword } from '../src/server/auth/password.js';
import { MOBILE, launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { goto, newPerson, signIn } from './support/pages.js';
import { startTestSite, type TestSite } from './support/server.js';

/**
 * 帳號管理 as the secretariat uses it: change a clerk's role and agencies, be told when someone
 * else changed the account first, remove an account in two steps, never your own.
 */
describe('the secretariat changes and removes accounts, in a real browser', () => {
  let site: TestSite;
  let browser: Browser;
  let admin: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    [site, browser] = await Promise.all([
      startTestSite((database) =>
        ensureDemoAccounts(database.db, 'kaohsiung', hashPassword).then(() => undefined),
      ),
      launchBrowser(),
    ]);
    const person = await newPerson(browser);
    admin = person.page;
    problems = person.problems;
    await signIn(admin, site.url, 'demo-admin', DEMO_PASSWORD);
    await goto(admin, site.url, '#/users');
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    await site.stop();
  });

  const row = (page: Page, username: string) =>
    page.locator('table.users tbody tr').filter({
      has: page.getByRole('rowheader', { name: username, exact: true }),
    });
  const editForm = (page: Page, username: string) =>
    page.getByRole('form', { name: `編輯 ${username}` });
  const cells = async (page: Page, username: string) =>
    (await row(page, username).locator('td').allTextContents()).slice(0, 3);

  async function checkAccessible(page: Page, name: string) {
    expect(await seriousViolations(page), name).toEqual([]);
    await screenshot(page, name);
  }

  it('offers no 刪除 on your own row, and 編輯 and 刪除 on the others', async () => {
    const own = row(admin, 'demo-admin');
    await expect(own.textContent()).resolves.toContain('您的帳號');
    expect(await own.getByRole('button', { name: /刪除/ }).count()).toBe(0);
    // Your own role is not offered either: another admin changes it.
    await own.getByRole('button', { name: '編輯 demo-admin' }).click();
    const form = editForm(admin, 'demo-admin');
    await expect(form.getByLabel('角色').isDisabled()).resolves.toBe(true);
    await expect(form.textContent()).resolves.toContain('不能變更自己的角色');
    await form.getByRole('button', { name: '取消' }).click();
    await form.waitFor({ state: 'detached' });
    expect(
      await row(admin, 'demo-edb').getByRole('button', { name: '刪除 demo-edb' }).count(),
    ).toBe(1);
  });

  it("changes a clerk's agencies and another user's role, and the table shows them", async () => {
    const edit = row(admin, 'demo-edb').getByRole('button', { name: '編輯 demo-edb' });
    await edit.click();
    const form = editForm(admin, 'demo-edb');
    await form.waitFor();
    expect(await edit.getAttribute('aria-expanded')).toBe('true');
    await expect(form.getByLabel('角色').inputValue()).resolves.toBe('agency_editor');
    await expect(form.getByLabel('經發局').isChecked()).resolves.toBe(true);
    await form.getByLabel('交通局').check();
    await checkAccessible(admin, 'users-edit-form');
    await form.getByRole('button', { name: '儲存變更' }).click();
    await admin.getByRole('status').filter({ hasText: '已儲存 demo-edb 的變更。' }).waitFor();
    await form.waitFor({ state: 'detached' });
    await expect
      .poll(() => cells(admin, 'demo-edb'))
      .toEqual(['經發局承辦', '機關填報人', '經發局、交通局']);

    await row(admin, 'demo-viewer').getByRole('button', { name: '編輯 demo-viewer' }).click();
    const viewer = editForm(admin, 'demo-viewer');
    await viewer.getByLabel('角色').selectOption('agency_editor');
    await viewer.getByLabel('環保局').check();
    await viewer.getByLabel('顯示名稱').fill('新進承辦');
    await viewer.getByRole('button', { name: '儲存變更' }).click();
    await viewer.waitFor({ state: 'detached' });
    await expect
      .poll(() => cells(admin, 'demo-viewer'))
      .toEqual(['新進承辦', '機關填報人', '環保局']);
    const stored = await findUser(site.database.db, 'kaohsiung', 'demo-viewer');
    expect(stored).toMatchObject({ role: 'agency_editor', agencies: ['epb'] });
  });

  it('keeps the 12-character minimum for a new password, as on creation', async () => {
    await row(admin, 'demo-epb').getByRole('button', { name: '編輯 demo-epb' }).click();
    const form = editForm(admin, 'demo-epb');
    const password = form.getByLabel('新密碼（不變更請留空）');
    await expect(password.getAttribute('minlength')).resolves.toBe('12');
    await expect(form.textContent()).resolves.toContain('至少 12 個字元。');
    await form.getByRole('button', { name: '取消' }).click();
    await form.waitFor({ state: 'detached' });
  });

  it('says so when someone else changed the account first, and shows it as it is now', async () => {
    await row(admin, 'demo-reviewer').getByRole('button', { name: '編輯 demo-reviewer' }).click();
    const form = editForm(admin, 'demo-reviewer');
    await form.getByLabel('角色').selectOption('viewer');
    // Another admin renames the account while this form is open.
    const seen = await findUser(site.database.db, 'kaohsiung', 'demo-reviewer');
    await updateUser(
      site.database.db,
      'kaohsiung',
      'demo-reviewer',
      { version: seen?.version ?? 0, displayName: '主任委員' },
      'another-admin',
    );
    await form.getByRole('button', { name: '儲存變更' }).click();
    await form.getByText('demo-reviewer 剛被其他人修改過').waitFor();
    // The form now holds the account as it is: the other admin's name, the role unchanged.
    await expect(form.getByLabel('顯示名稱').inputValue()).resolves.toBe('主任委員');
    await expect(form.getByLabel('角色').inputValue()).resolves.toBe('reviewer');
    await expect.poll(() => cells(admin, 'demo-reviewer')).toEqual(['主任委員', '審查委員', '—']);
    await screenshot(admin, 'users-edit-stale');
    // Saving again, from the current version, lands.
    await form.getByLabel('角色').selectOption('viewer');
    await form.getByRole('button', { name: '儲存變更' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => cells(admin, 'demo-reviewer')).toEqual(['主任委員', '檢視者', '—']);
  });

  it('removes an account in two steps: 刪除, then 確認刪除 (取消 backs out)', async () => {
    const target = row(admin, 'demo-epb');
    await target.getByRole('button', { name: '刪除 demo-epb' }).click();
    const cancel = target.getByRole('button', { name: '取消' });
    // Focus follows the swap, to 取消 where 刪除 was.
    await expect(admin.evaluate<string>('document.activeElement?.textContent')).resolves.toBe(
      '取消',
    );
    await cancel.click();
    expect(await target.getByRole('button', { name: '確認刪除 demo-epb' }).count()).toBe(0);

    await target.getByRole('button', { name: '刪除 demo-epb' }).click();
    await checkAccessible(admin, 'users-confirm-remove');
    await target.getByRole('button', { name: '確認刪除 demo-epb' }).click();
    await admin.getByRole('status').filter({ hasText: '已刪除帳號 demo-epb。' }).waitFor();
    await target.waitFor({ state: 'detached' });
    expect(await findUser(site.database.db, 'kaohsiung', 'demo-epb')).toBeUndefined();
    await expect(admin.locator('table.users').textContent()).resolves.not.toContain('demo-epb');
  });

  it('is usable and accessible on a phone with the edit form open', async () => {
    const phone = await newPerson(browser, MOBILE);
    await signIn(phone.page, site.url, 'demo-admin', DEMO_PASSWORD);
    await goto(phone.page, site.url, '#/users');
    await row(phone.page, 'demo-edb').getByRole('button', { name: '編輯 demo-edb' }).click();
    await editForm(phone.page, 'demo-edb').waitFor();
    await checkAccessible(phone.page, 'users-edit-form-phone');
    expect(await row(phone.page, 'demo-admin').getByRole('button', { name: /刪除/ }).count()).toBe(
      0,
    );
    problems.push(...phone.problems);
    await phone.page.context().close();
  });

  it('asks you to sign in again after giving yourself a new password, which then works', async () => {
    await row(admin, 'demo-admin').getByRole('button', { name: '編輯 demo-admin' }).click();
    const form = editForm(admin, 'demo-admin');
    await expect(form.textContent()).resolves.toContain('變更自己的密碼後，需以新密碼重新登入。');
    await form.getByLabel('新密碼（不變更請留空）').fill('a-brand-new-password');
    await form.getByRole('button', { name: '儲存變更' }).click();
    await admin.getByRole('heading', { level: 1, name: '請先登入' }).waitFor();
    await signIn(admin, site.url, 'demo-admin', 'a-brand-new-password');
    await goto(admin, site.url, '#/users');
    await row(admin, 'demo-admin').waitFor();
  });

  it('raised no script error or CSP refusal', () => {
    // The 409 above is expected; any other failed request or error is a fault.
    const unexpected = problems.filter((m) => !m.includes('409 (Conflict)'));
    expect(unexpected).toEqual([]);
  });
});
