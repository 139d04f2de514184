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
import { postGraphQL, startTestServer } from '../../support/server.js';

// Responses are checked field by field, so they are left untyped.
// biome-ignore lint/suspicious/noExplicitAny: each check reads its own query's fields
type Data = any;

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

  const KINDS = {
    Person: 'PERSON',
    Country: 'COUNTRY',
    City: 'CITY',
    Organization: 'ORGANIZATION',
  };
  /** The names on the first screen's bars, kind by kind, top to bottom. */
  const barsByKind = () =>
    page
      .locator('.entity-bars figure')
      .evaluateAll((figures) =>
        Object.fromEntries(
          figures.map((figure) => [
            figure.getAttribute('data-kind'),
            [...figure.querySelectorAll('a')].map(
              (a) => a.getAttribute('aria-label')?.split(':')[0],
            ),
          ]),
        ),
      );
  /** What the API ranks first, five of each kind, as the bars should show it. */
  const rankedByKind = async (period: { from?: string; to?: string } = {}) => {
    const ranked: Record<string, string[]> = {};
    for (const [kind, value] of Object.entries(KINDS)) {
      const { data } = await postGraphQL<Data>(
        server.url,
        'query($kind: EntityKind, $from: DateTime, $to: DateTime) { topEntities(kind: $kind, first: 5, from: $from, to: $to) { entity { name } } }',
        { kind: value, ...period },
      );
      ranked[kind] = data.topEntities.map((row: Data) => row.entity.name);
    }
    return ranked;
  };
  /** The small map's markers, as they read to a screen reader. */
  const mapPlaces = () =>
    page
      .locator('svg.meetings-map .places a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));

  it('opens on charts: articles per week, the most named by kind, the meetings on a map', async () => {
    // Three timed loads after a first one (the machine may be shared, so they are reported, not
    // asserted).
    const view = await timeFirstView(page, dashboardUrl(server));
    console.log(
      `dashboard first view (totals, articles per week, most named, meetings map, latest articles) on the seeded graph, fastest ${Math.min(...view.loadsMs)} ms:\n  ${view.details.join('\n  ')}`,
    );
    expect(view.loadsMs).toHaveLength(3);
    expect(await page.locator('dl.stats div').count()).toBeGreaterThan(3);
    expect(await page.locator('ol.latest li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshotDir, 'dashboard-overview.png') });
    await page.screenshot({
      path: join(screenshotDir, 'dashboard-overview-full.png'),
      fullPage: true,
    });

    // Articles per week: the API's weeks, one bar a week from the first to the last, empty weeks
    // drawn as zero; the seed's articles of 9 and 11 April 2025 share a bar.
    const api = await postGraphQL<Data>(
      server.url,
      '{ articleTimeline(interval: WEEK) { start count } articles { totalCount } }',
    );
    const weeks = await page
      .locator('svg.weekly rect.bar')
      .evaluateAll((bars) =>
        bars.map((bar) => [bar.getAttribute('data-start'), Number(bar.getAttribute('data-count'))]),
      );
    expect(weeks.filter(([, count]) => Number(count) > 0)).toEqual(
      api.data.articleTimeline.map((b: Data) => [b.start, b.count]),
    );
    const first = Date.parse(String(weeks[0]?.[0]));
    const last = Date.parse(String(weeks.at(-1)?.[0]));
    expect(weeks).toHaveLength((last - first) / (7 * 86_400_000) + 1);
    expect(weeks).toContainEqual(['2025-04-07', 2]);
    expect(weeks.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(
      api.data.articles.totalCount,
    );

    // The most named: a block of bars per kind, in the API's order, Russland heading the countries.
    const named = await barsByKind();
    const ranked = await rankedByKind();
    expect(named).toEqual(ranked);
    expect(Object.keys(named)).toEqual(['Person', 'Country', 'City', 'Organization']);
    expect(named.Country?.[0]).toBe('Russland');
    expect(await page.locator('svg.top-entities rect.bar').count()).toBe(
      Object.values(ranked).flat().length,
    );

    // The meetings on a map: Istanbul (27 February and 10 April) and Riad (18 February).
    expect(await mapPlaces()).toEqual(['Istanbul: 2 meetings', 'Riad: 1 meeting']);
  }, 300_000);

  it('narrows the most named and the meetings to a period, and back to all time', async () => {
    const weeksDrawn = await page.locator('svg.weekly rect.bar').count();
    await page.getByLabel('From', { exact: true }).fill('2025-04-01');
    await page.getByLabel('To', { exact: true }).fill('2025-04-30');
    await expect.poll(mapPlaces, { timeout: 90_000 }).toEqual(['Istanbul: 1 meeting']);
    const april = { from: '2025-04-01T00:00:00Z', to: '2025-05-01T00:00:00Z' };
    await expect.poll(barsByKind, { timeout: 90_000 }).toEqual(await rankedByKind(april));
    expect(await page.locator('form.period').innerText()).toMatch(/Showing .*2025 – .*2025/);
    await page.screenshot({ path: join(screenshotDir, 'dashboard-overview-april.png') });
    // the weekly chart stays over the whole graph, the weeks touching April drawn full
    expect(await page.locator('svg.weekly rect.bar').count()).toBe(weeksDrawn);
    expect(
      await page
        .locator('svg.weekly rect.bar:not(.outside)')
        .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-start'))),
    ).toEqual(['2025-03-31', '2025-04-07']);
    await page.getByRole('button', { name: 'All time' }).click();
    await expect
      .poll(mapPlaces, { timeout: 90_000 })
      .toEqual(['Istanbul: 2 meetings', 'Riad: 1 meeting']);
    expect(await page.locator('svg.weekly rect.bar.outside').count()).toBe(0);
  }, 300_000);

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
