import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startTestSite, type TestSite } from './server.js';

/**
 * The test site and Debian's Chromium for the tests of one file: started before the first test,
 * stopped after the last. Read them inside a test (`site().url`), once they have started.
 */
export function siteAndBrowser(): { site: () => TestSite; browser: () => Browser } {
  let started: { site: TestSite; browser: Browser } | undefined;
  beforeAll(async () => {
    const [site, browser] = await Promise.all([startTestSite(), launchBrowser()]);
    started = { site, browser };
  }, 180_000);
  afterAll(async () => {
    await started?.browser.close();
    await started?.site.stop();
  });
  const get = () => {
    if (!started) throw new Error('the site and browser start before the first test');
    return started;
  };
  return { site: () => get().site, browser: () => get().browser };
}
