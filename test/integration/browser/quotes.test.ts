import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphServer } from '../../../src/server/graph-server.js';
import {
  type BrowserSession,
  launchChromium,
  type PageWatch,
  screenshotDir,
  watchPage,
} from '../../support/browser.js';
import { postGraphQL, startTestServer } from '../../support/server.js';

// biome-ignore lint/suspicious/noExplicitAny: each check reads its own query's fields
type Data = any;

const TOKEN = 'test-ingest-token-quotes-view';

// A page with a direct quote, a reported statement and a minister's post, ingested through the
// API like any client's; then the quotes view, the article with its quotes marked and the
// speaker's positions, as an analyst reads them in Chromium.
const PAGE = [
  'Deutsche Redaktion',
  '',
  'Sikorski in Kiew: Polen bleibt an der Seite der Ukraine',
  '',
  '19.09.2025 10:15\nDer polnische Außenminister Radosław Sikorski hat in Kiew Gespräche geführt.',
  '',
  'Der polnische Außenminister Radosław Sikorski traf am Freitag in Kiew ein. „Polen wird die Ukraine weiter mit Waffen und Geld unterstützen“, sagte Sikorski nach dem Treffen. Ministerpräsident Donald Tusk erklärte, dass Russland den Krieg jederzeit beenden könne.',
  '',
  'PAP/jc',
  '',
].join('\n');
const SIKORSKI_QUOTE = 'Polen wird die Ukraine weiter mit Waffen und Geld unterstützen';
// The headline's statement ("X in …: <statement>") is his too.
const HEADLINE_QUOTE = 'Polen bleibt an der Seite der Ukraine';

describe('Quotes and positions in the dashboard', () => {
  let server: GraphServer;
  let session: BrowserSession;
  let page: Page;
  let watch: PageWatch;
  let url: string;

  beforeAll(async () => {
    // The first page on an empty graph also writes the catalog: more than a read's time limit on a busy machine.
    server = await startTestServer({ INGEST_TOKENS: TOKEN, CYPHER_TIMEOUT_MS: '120000' });
    const ingested = await postGraphQL<Data>(
      server.url,
      'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { articlesNew } }',
      { input: { text: PAGE } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data.ingestPage.articlesNew).toBe(1);
    url = server.url.replace(/\/graphql$/, '/');
    session = await launchChromium();
    page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch = await watchPage(page);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** The quotes listed, as the analyst reads them: words, speaker, date and article. */
  const listed = () =>
    page.locator('ol.quotes li.quote').evaluateAll((items) =>
      items.map((item) => ({
        text: item.querySelector('.quote-text')?.textContent ?? '',
        speaker: item.querySelector('.speaker')?.textContent ?? '',
        date: item.querySelector('time')?.getAttribute('datetime') ?? '',
        article: item.querySelector('a.article-link')?.textContent ?? '',
      })),
    );

  it('lists the recent quotes with speaker, date and article, as the API has them', async () => {
    const api = await postGraphQL<Data>(
      server.url,
      '{ quotes(first: 20) { totalCount edges { node { text direct publishedAt speaker { name } speakerText article { title } } } } }',
    );
    expect(api.errors).toBeUndefined();
    await page.goto(url);
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Quotes' })
      .click();
    await page.locator('ol.quotes li.quote').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#quotes-title').innerText()).toBe('Recent quotes');
    const quotes = await listed();
    expect(quotes).toHaveLength(api.data.quotes.totalCount);
    expect(quotes).toEqual(
      api.data.quotes.edges.map(({ node }: Data) => ({
        text: node.direct ? `„${node.text}“` : node.text,
        speaker: node.speaker?.name ?? node.speakerText ?? 'speaker not named',
        date: node.publishedAt,
        article: node.article.title,
      })),
    );
    expect(quotes).toContainEqual({
      text: `„${SIKORSKI_QUOTE}“`,
      speaker: 'Radosław Sikorski',
      date: '2025-09-19T10:15:00+02:00',
      article: 'Sikorski in Kiew: Polen bleibt an der Seite der Ukraine',
    });
    await page.screenshot({ path: join(screenshotDir, 'dashboard-quotes.png'), fullPage: true });
  }, 120_000);

  it('filters by speaker, by an entity the quote is about and by words', async () => {
    const filter = async (fields: { Speaker?: string; About?: string; Words?: string }) => {
      for (const label of ['Speaker', 'About', 'Words'] as const)
        await page.getByLabel(label, { exact: true }).fill(fields[label] ?? '');
      await page.getByRole('button', { name: 'Filter' }).click();
    };
    // "Sikorskis": an inflected form resolves to the person, as in the search box.
    await filter({ Speaker: 'Sikorskis' });
    await expect
      .poll(
        () =>
          page
            .locator('#quotes-title')
            .innerText()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toBe('Quotes by Radosław Sikorski');
    const bySpeaker = () =>
      listed().then((quotes) => quotes.map((q) => `${q.speaker}: ${q.text}`).sort());
    await expect
      .poll(bySpeaker, { timeout: 30_000 })
      .toEqual([
        `Radosław Sikorski: „${HEADLINE_QUOTE}“`,
        `Radosław Sikorski: „${SIKORSKI_QUOTE}“`,
      ]);
    expect(location()).toContain('#/quotes/speaker=Sikorskis');

    await filter({ About: 'Russland' });
    await expect
      .poll(
        () =>
          page
            .locator('#quotes-title')
            .innerText()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toBe('Quotes about Russland');
    // Tusk's reported statement names Russland; Sikorski's quotes do not.
    await expect
      .poll(() => listed().then((quotes) => quotes.map((q) => q.speaker)), { timeout: 30_000 })
      .toEqual(['Donald Tusk']);
    expect((await listed())[0]?.text).toContain('Russland');

    await filter({ Words: 'Waffen Geld' });
    await expect
      .poll(
        () =>
          page
            .locator('#quotes-title')
            .innerText()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toBe('Quotes containing “Waffen Geld”');
    await expect
      .poll(() => listed().then((quotes) => quotes.map((q) => q.speaker)), { timeout: 30_000 })
      .toEqual(['Radosław Sikorski']);

    await filter({ Speaker: 'Xqzzyvwort' });
    await expect
      .poll(
        () =>
          page
            .getByRole('alert')
            .first()
            .innerText()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toContain('No entity is called “Xqzzyvwort”.');
  }, 120_000);

  const location = () => page.url();

  it("opens the article with each quote's words marked and its speaker named", async () => {
    await page.goto(`${url}#/quotes/speaker=Sikorski`);
    const link = page.locator('ol.quotes a.article-link').first();
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await page.locator('.article-text .quote-mark').first().waitFor({ timeout: 30_000 });
    const api = await postGraphQL<Data>(
      server.url,
      '{ articles(first: 1) { edges { node { quotes { text field start end speaker { name } speakerText } } } } }',
    );
    const quotes = api.data.articles.edges[0].node.quotes;
    const marks = await page.locator('.article-text .quote-mark').evaluateAll((spans) =>
      spans.map((span) => ({
        marked: span.querySelector('mark')?.textContent ?? '',
        speaker: span.querySelector('.said-by')?.textContent?.trim() ?? '',
      })),
    );
    expect(marks).toHaveLength(quotes.length);
    expect(marks).toContainEqual({ marked: SIKORSKI_QUOTE, speaker: '[Radosław Sikorski]' });
    // Each mark is the text between the quote's stored offsets, in reading order.
    for (const [i, quote] of quotes.entries())
      expect(marks[i]?.speaker).toBe(
        `[${quote.speaker?.name ?? quote.speakerText ?? 'speaker not named'}]`,
      );
    const marked = await page.locator('.article-text .body .quote-mark mark').first().innerText();
    expect(marked).toBe(SIKORSKI_QUOTE);
    await page.screenshot({
      path: join(screenshotDir, 'dashboard-article-quotes.png'),
      fullPage: true,
    });
  }, 120_000);

  it("shows a person's positions and latest quotes", async () => {
    await page.locator('ol.quotes .speaker a', { hasText: 'Radosław Sikorski' }).first().click();
    await expect
      .poll(
        () =>
          page
            .locator('#entity-name')
            .innerText()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toBe('Radosław Sikorski');
    const rows = page.locator('table.positions tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    const api = await postGraphQL<Data>(
      server.url,
      '{ entity(name: "Radosław Sikorski") { ... on Person { positions { title former firstSeen lastSeen country { name } organization { name } organizationName evidence { sentence } } } } }',
    );
    const positions = api.data.entity.positions;
    const drawn = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td')].map(
          (td) => td.querySelector('summary')?.textContent ?? td.textContent,
        ),
      ),
    );
    expect(drawn).toHaveLength(positions.length);
    const minister = drawn.find((cells) => cells[0] === 'Außenminister');
    expect(minister).toBeDefined();
    expect(minister?.[2]).toBe('Polen');
    expect(minister?.[3]).toMatch(/^current/);
    expect(minister?.[4]).toBe('19.09.2025');
    expect(minister?.[5]).toBe('19.09.2025');
    const reported = positions.find(
      (p: Data) => p.title === 'Außenminister' && p.evidence.length > 0,
    );
    expect(minister?.[6]).toBe(
      `${reported.evidence.length} report${reported.evidence.length === 1 ? '' : 's'}`,
    );
    const said = await page
      .locator('section[aria-labelledby="said-title"] .quote-text')
      .allInnerTexts();
    expect(said.sort()).toEqual([`„${HEADLINE_QUOTE}“`, `„${SIKORSKI_QUOTE}“`]);
    await page.screenshot({
      path: join(screenshotDir, 'dashboard-person-positions.png'),
      fullPage: true,
    });
  }, 120_000);

  it('made no request beyond loopback and logged no console error', () => {
    expect(watch.outside).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
