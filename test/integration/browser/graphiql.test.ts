import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../../src/loading/seed.js';
import type { GraphServer } from '../../../src/server/graph-server.js';
import { exampleOperations } from '../../../src/server/web-assets.js';
import {
  type BrowserSession,
  launchChromium,
  type PageWatch,
  screenshotDir,
  watchPage,
} from '../../support/browser.js';
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

  it('renders from the server alone, with a picker of the examples', async () => {
    const response = await page.goto(server.url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.locator('.graphiql-execute-button').waitFor({ state: 'visible', timeout: 30_000 });
    await expect
      .poll(() => textOf(page, '.graphiql-query-editor'), { timeout: 30_000 })
      .toContain('query WhoIsPutin');
    const picked = await page.locator('#example-query option:not([disabled])').allInnerTexts();
    expect(picked).toEqual(exampleOperations().map((o) => o.name));
    expect(picked).toHaveLength(14);
    await page.screenshot({ path: join(screenshotDir, 'graphiql.png') });
  });

  it('runs the default query with one click and shows its result', async () => {
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => textOf(page, '.result-window'), { timeout: 30_000 })
      .toContain('"name": "Wladimir Putin"');
  });

  it('opens an example picked from the list in the editor, runs it and shows its result', async () => {
    await page.getByLabel('Example', { exact: true }).selectOption({ label: 'MeetingsInIstanbul' });
    await page.waitForURL(/[?&]query=/, { timeout: 30_000 });
    await page.locator('.graphiql-execute-button').waitFor({ state: 'visible', timeout: 30_000 });
    await expect
      .poll(() => textOf(page, '.graphiql-query-editor'), { timeout: 30_000 })
      .toContain('query MeetingsInIstanbul');
    // the picker names what the editor holds
    expect(await page.locator('#example-query option:checked').innerText()).toBe(
      'MeetingsInIstanbul',
    );
    const answered = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('MeetingsInIstanbul'),
    );
    await page.locator('.graphiql-execute-button').click();
    const body = (await (await answered).json()) as {
      data: { entity: { meetings: { date: string; reportedBy: { totalCount: number } }[] } };
    };
    const april = body.data.entity.meetings.find((m) => m.date === '2025-04-10');
    expect(april?.reportedBy.totalCount).toBe(2);
    // Monaco draws only the lines in view: the top of the result
    const result = async () => (await textOf(page, '.result-window')).replace(/\s+/g, ' ');
    await expect.poll(result, { timeout: 30_000 }).toContain('"name": "Istanbul"');
    expect(await result()).toContain('"meetings": [');
    await page.screenshot({ path: join(screenshotDir, 'graphiql-example-result.png') });
  });

  it('made no request beyond loopback and logged no console error', () => {
    expect(watch.outside).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
