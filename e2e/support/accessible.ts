import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP, MOBILE, screenshot, seriousViolations } from './browser.js';

/**
 * axe at desktop and phone width, with a screenshot of each; and nothing wider than the phone's
 * screen but the tables, which scroll in their own region.
 */
export async function checkAccessible(page: Page, name: string): Promise<void> {
  for (const [size, suffix] of [
    [DESKTOP, ''],
    [MOBILE, '-mobile'],
  ] as const) {
    await page.setViewportSize(size);
    expect(await seriousViolations(page), `${name}${suffix}`).toEqual([]);
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow, `${name}${suffix} scrolls sideways`).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}${suffix}`);
  }
  await page.setViewportSize(DESKTOP);
}
