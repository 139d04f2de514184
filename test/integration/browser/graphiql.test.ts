import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../../src/loading/seed.js';
import type { GraphServer } from '../../../src/server/graph-server.js';
import { type BrowserSession, launchChromium, type PageWatch, screenshotDir, watchPage } from '../../support/browser.js';
import { testRunner } from '../../support/graph.js';
import { startTestServer } from '../../support/server.js';

// Monaco draws spaces as no-break spaces.
async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().innerText()).replace(/\u00a0/g, ' ');
}

// GraphiQL as a person opens it: in Chromium, with every request that would leave loopback
// aborted and recorded, on the seeded graph.
describe('GraphiQL in a browser', () => {
  let server: GraphServer;
  let session: BrowserSession;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    await seedGraph(testRunner(), () => {});
    server = await startTestServer();
    session = await launchChromium();
    page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    watch = await watchPage(page);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('renders from the server alone, with the examples as tabs', async () => {
    const response = await page.goto(server.url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.locator('.graphiql-execute-button').waitFor({ state: 'visible', timeout: 30_000 });
    await expect.poll(() => textOf(page, '.graphiql-query-editor'), { timeout: 30_000 }).toContain('query WhoIsPutin');
    const tabs = await page.locator('.graphiql-tab').count();
    // the default query, then every operation of schema/examples (11)
    expect(tabs).toBe(12);
    await page.screenshot({ path: join(screenshotDir, 'graphiql.png') });
  });

  it('runs the default query with one click and shows its result', async () => {
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => textOf(page, '.result-window'), { timeout: 30_000 }).toContain('"name": "Wladimir Putin"');
    await page.screenshot({ path: join(screenshotDir, 'graphiql-result.png') });
  });

  it('made no request beyond loopback and logged no console error', () => {
    expect(watch.outside).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
