import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../../src/loading/seed.js';
import { loadConfig } from '../../../src/config.js';
import { type GraphServer, startGraphServer } from '../../../src/server/graph-server.js';
import {
  type BrowserSession,
  launchChromium,
  type PageWatch,
  screenshotDir,
  timeFirstView,
  watchPage,
} from '../../support/browser.js';
import { testRunner } from '../../support/graph.js';
import { startTestServer } from '../../support/server.js';

const dashboardUrl = (server: GraphServer) => server.url.replace(/\/graphql$/, '/');

// The analyst dashboard as a person uses it, in Chromium, on the seeded graph: only loopback
// requests (anything else is aborted and recorded), no console errors.
describe('The dashboard in a browser', () => {
  let server: GraphServer;
  let session: BrowserSession;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    await seedGraph(testRunner(), () => {});
    server = await startTestServer();
    session = await launchChromium();
    page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch = await watchPage(page);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('opens on the overview: totals, the most mentioned and the latest articles', async () => {
    // The first load also builds the bundle when web/ changed; three timed loads follow (the
    // machine may be shared, so they are reported, not asserted).
    const view = await timeFirstView(page, dashboardUrl(server));
    console.log(
      `dashboard first view (overview: stats, top entities, latest articles) on the seeded graph, fastest ${Math.min(...view.loadsMs)} ms:\n  ${view.details.join('\n  ')}`,
    );
    expect(view.loadsMs).toHaveLength(3);
    expect(await page.locator('dl.stats div').count()).toBeGreaterThan(3);
    expect(await page.locator('table.top tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshotDir, 'dashboard-overview.png'), fullPage: true });
  });

  it('finds "Putins" as Wladimir Putin and opens his timeline and articles, mentions marked', async () => {
    await page.getByLabel('Find an entity or articles').fill('Putins');
    await page.keyboard.press('Enter');
    const match = page.locator('.match');
    await match.waitFor({ timeout: 30_000 });
    expect(await match.innerText()).toContain('Wladimir Putin');
    await page.screenshot({ path: join(screenshotDir, 'dashboard-search.png'), fullPage: true });
    await match.getByRole('link', { name: 'Wladimir Putin' }).click();
    await expect
      .poll(
        () =>
          page
            .locator('#entity-name')
            .innerText()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toBe('Wladimir Putin');
    await page.locator('svg.timeline rect.bar').first().waitFor({ timeout: 30_000 });
    await page.locator('ol.articles li.article').first().waitFor({ timeout: 30_000 });
    const marks = await page.locator('ol.articles mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/Putin/);
    await page.screenshot({ path: join(screenshotDir, 'dashboard-entity.png') });
    // by day: at least as many bars as by month
    const byMonth = await page.locator('svg.timeline rect.bar').count();
    await page.getByLabel('Per').selectOption('DAY');
    await expect
      .poll(() => page.locator('svg.timeline rect.bar').count(), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(byMonth);
  });

  it('draws his neighbourhood as a graph whose entity nodes open their view', async () => {
    await page.getByRole('link', { name: 'Neighbourhood graph' }).click();
    await page.locator('svg.graph circle.node').nth(1).waitFor({ timeout: 30_000 });
    expect(await page.locator('svg.graph circle.node').count()).toBeGreaterThan(2);
    expect(await page.locator('svg.graph circle.node.start').count()).toBe(1);
    expect(await page.locator('svg.graph .links line').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshotDir, 'dashboard-graph.png') });
    // with the keyboard: focus a country node and open it
    const russia = page.locator('svg.graph a[aria-label="Country: Russland"]');
    await russia.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(
        () =>
          page
            .locator('#entity-name')
            .innerText()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toBe('Russland');
  });

  it('maps the meeting places and lists the Istanbul meeting of 2025-04-10 with both reporting articles', async () => {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Map' })
      .click();
    await page.locator('svg.map .places circle').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('svg.map .countries path').count()).toBeGreaterThan(100);
    const places = await page
      .locator('svg.map .places a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
    expect(places).toContain('Istanbul: 2 meetings');
    await page.screenshot({ path: join(screenshotDir, 'dashboard-map.png'), fullPage: true });
    await page.locator('svg.map a[aria-label="Istanbul: 2 meetings"]').click();
    const meeting = page.locator('li.meeting[data-date="2025-04-10"]');
    await meeting.waitFor({ timeout: 30_000 });
    expect(await meeting.locator('.meeting-head').innerText()).toMatch(/Talks.*in Istanbul.*held/s);
    await meeting.locator('summary').click();
    expect(await meeting.locator('summary').innerText()).toContain('Reported by 2 articles');
    expect(await meeting.locator('ul.reported-by li').count()).toBe(2);
    expect(await meeting.locator('blockquote').count()).toBe(2);
    const participants = await meeting.locator('.participants a').allInnerTexts();
    expect(participants.sort()).toEqual(['Russland', 'USA']);
    await page.screenshot({
      path: join(screenshotDir, 'dashboard-map-istanbul.png'),
      fullPage: true,
    });
  });

  it('says so when a name is unknown or the search is empty', async () => {
    await page.getByLabel('Find an entity or articles').fill('Xqzzyvwort');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').first();
    await expect
      .poll(() => alert.innerText().catch(() => ''), { timeout: 30_000 })
      .toContain('No entity is called “Xqzzyvwort”, and no article contains it.');
    await page.screenshot({ path: join(screenshotDir, 'dashboard-unknown-name.png') });
    await page.getByLabel('Find an entity or articles').fill('   ');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => alert.innerText().catch(() => ''), { timeout: 30_000 })
      .toContain('The search is empty.');
  });

  it('made no request beyond loopback and logged no console error', () => {
    expect(watch.outside).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

// The same server over a Neo4j that does not answer: every panel says so instead of staying blank.
describe('The dashboard with Neo4j down', () => {
  let driver: Driver;
  let server: GraphServer;
  let session: BrowserSession;

  beforeAll(async () => {
    // Port 1 on loopback: nothing listens, so every query fails to connect.
    driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused'));
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      NEO4J_URI: 'bolt://127.0.0.1:1',
      DB_RETRY_MS: '0',
    });
    server = await startGraphServer(driver, config);
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await driver?.close();
  });

  it('shows that the graph database is not reachable', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 700 } });
    const watch = await watchPage(page);
    await page.goto(dashboardUrl(server));
    const alert = page.getByRole('alert').first();
    await expect
      .poll(() => alert.innerText().catch(() => ''), { timeout: 60_000 })
      .toContain('The graph database is not reachable.');
    await page.screenshot({ path: join(screenshotDir, 'dashboard-neo4j-down.png') });
    await page.goto(`${dashboardUrl(server)}#/search/Putins`);
    await expect
      .poll(() => alert.innerText().catch(() => ''), { timeout: 60_000 })
      .toContain('The graph database is not reachable.');
    expect(watch.outside).toEqual([]);
  });
});
