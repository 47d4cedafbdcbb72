import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MOBILE } from './support/browser.js';
import { siteAndBrowser } from './support/site-and-browser.js';
import { expectNoProblems, newPerson, settled } from './support/pages.js';

/** What a citizen's phone receives (issue #19): compressed scripts, a head per page, no jumps. */
describe('the public site on a phone', () => {
  const { site, browser } = siteAndBrowser();

  it('receives every script brotli-compressed, and the API answers compressed', async () => {
    const { page, problems } = await newPerson(browser(), MOBILE);
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(`${site().url}/#/measures/transport/1`);
    await settled(page);
    await page.locator('.chart canvas').first().waitFor();
    const scripts = responses.filter((r) => r.url().endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2); // the entry, its chunks, the chart chunk
    for (const script of scripts) {
      // A file under 1 KiB (the chunk loader) is sent as it is: it fits in a packet.
      const compressed = (await script.body()).length >= 1024;
      expect(await script.headerValue('content-encoding'), script.url()).toBe(
        compressed ? 'br' : null,
      );
    }
    const answers = responses.filter((r) => r.url().includes('/api/v1/'));
    let large = 0;
    for (const answer of answers) {
      if ((await answer.body()).length < 1024) continue;
      large++;
      expect(await answer.headerValue('content-encoding'), answer.url()).toBe('br');
    }
    expect(large).toBeGreaterThan(0); // the measure's figures
    expectNoProblems(problems);
  });

  it('gives each page its title, description and canonical address, in each language', async () => {
    const { page, problems } = await newPerson(browser(), MOBILE);
    await page.goto(`${site().url}/#/emissions?asOf=2023-09-30`);
    await settled(page);
    const head = async () => ({
      title: await page.title(),
      lang: await page.getAttribute('html', 'lang'),
      description: await page.getAttribute('meta[name="description"]', 'content'),
      canonical: await page.getAttribute('link[rel="canonical"]', 'href'),
    });
    expect(await head()).toEqual({
      title: '排放與碳預算 · 淨零管考平台',
      lang: 'zh-Hant-TW',
      description: expect.stringContaining('碳預算') as unknown,
      canonical: `${site().url}/#/emissions`,
    });
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const english = await head();
    expect(english.title).toBe('Emissions & budgets · Net-Zero Tracker');
    expect(english.lang).toBe('en');
    expect(english.description).toContain('carbon budget');
    await page.goto(`${site().url}/#/measures`);
    await settled(page);
    expect((await head()).title).toBe('Measures · Net-Zero Tracker');
    expectNoProblems(problems);
  });

  it('shows the overview and the committee without moving what is already on screen', async () => {
    for (const path of ['#/', '#/committee']) {
      const { page, problems } = await newPerson(browser(), MOBILE);
      // Slow the answers, so the page is drawn before its data arrives, as on a phone.
      await page.route('**/api/v1/**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
      await page.addInitScript({
        content: `window.shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) window.shifts.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });`,
      });
      await page.goto(`${site().url}/${path}`);
      await settled(page);
      await page.waitForTimeout(1000);
      const shifts = await page.evaluate<number[]>('window.shifts');
      expect(
        shifts.reduce((sum, value) => sum + value, 0),
        path,
      ).toBeLessThanOrEqual(0.02);
      expectNoProblems(problems);
    }
  });
});
