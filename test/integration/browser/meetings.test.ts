import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/project-root.js';
import type { GraphServer } from '../../../src/server/graph-server.js';
import {
  type BrowserSession,
  launchChromium,
  type PageWatch,
  screenshotDir,
  watchPage,
} from '../../support/browser.js';
import { postGraphQL, startTestServer } from '../../support/server.js';

// biome-ignore lint/suspicious/noExplicitAny: the ingest answer is checked field by field
type Data = any;

const TOKEN = 'test-ingest-token-meetings-view';

// The hand-made page of a two-stop trip and a called-off meeting, ingested through the API; the
// map's meeting list shows each stop with the other, and the cancelled meeting as cancelled.
describe('Trips and cancelled meetings in the dashboard', () => {
  let server: GraphServer;
  let session: BrowserSession;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    server = await startTestServer({ INGEST_TOKENS: TOKEN, CYPHER_TIMEOUT_MS: '120000' });
    const text = readFileSync(
      join(projectRoot, 'test', 'fixtures', 'eval', 'hand-reise-absage.txt'),
      'utf8',
    );
    const ingested = await postGraphQL<Data>(
      server.url,
      'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { articlesNew } }',
      { input: { text } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(ingested.errors).toBeUndefined();
    session = await launchChromium();
    page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch = await watchPage(page);
    await page.goto(server.url.replace(/\/graphql$/, '/'));
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Map' })
      .click();
    try {
      await page.locator('svg.map .places circle').first().waitFor({ timeout: 60_000 });
    } catch (error) {
      await page.screenshot({
        path: join(screenshotDir, 'dashboard-trip-failed.png'),
        fullPage: true,
      });
      throw new Error(`no meeting map: ${String(error)}; page errors: ${watch.errors.join(' | ')}`);
    }
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows a stop of a trip with the other stop', async () => {
    await page.locator('svg.map a[aria-label^="Oslo:"]').click();
    const meeting = page.locator('li.meeting[data-date="2026-02-03"]');
    await meeting.waitFor({ timeout: 30_000 });
    expect(await meeting.locator('.meeting-head').innerText()).toMatch(/in Oslo.*held/s);
    expect(await meeting.locator('.trip-stops').innerText()).toMatch(
      /Other stops of the trip:.*in Stockholm/s,
    );
    await page.screenshot({ path: join(screenshotDir, 'dashboard-trip.png'), fullPage: true });
  });

  it('shows a called-off meeting as cancelled', async () => {
    await page.locator('svg.map a[aria-label^="Vilnius:"]').click();
    const cancelled = page.locator('li.meeting[data-date="2026-02-06"]');
    await cancelled.waitFor({ timeout: 30_000 });
    expect(await cancelled.locator('.badge.status-CANCELLED').innerText()).toBe('cancelled');
    expect(await cancelled.locator('.trip-stops').count()).toBe(0);
    expect(watch.errors).toEqual([]);
  });
});
