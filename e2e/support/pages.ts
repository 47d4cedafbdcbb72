import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP } from './browser.js';

/**
 * A page in its own browser context (its own cookies, so each person has their own session)
 * that fails the test on any script error, CSP refusal or unexpected failed request.
 */
export async function newPerson(
  browser: Browser,
  viewport = DESKTOP,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { page, problems };
}

export async function settled(page: Page): Promise<void> {
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

export async function goto(page: Page, base: string, hash: string): Promise<void> {
  await page.goto(`${base}/${hash}`);
  await settled(page);
}

export async function signIn(page: Page, base: string, username: string, password: string) {
  await goto(page, base, '#/sign-in');
  await page.getByLabel('帳號').fill(username);
  await page.getByLabel('密碼').fill(password);
  await page.getByRole('button', { name: '登入' }).click();
  await page.getByRole('heading', { level: 1, name: '填報期程' }).waitFor();
  await settled(page);
}

export function expectNoProblems(problems: readonly string[]): void {
  expect(problems).toEqual([]);
}
