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

// biome-ignore lint/suspicious/noExplicitAny: the API's answers are checked field by field
type Data = any;

const TOKEN = 'test-ingest-token-formats-view';

const PAGE = `Deutsche Redaktion

Weimarer Dreieck tagt in Paris

12.06.2025 10:00
Das Weimarer Dreieck ist am Mittwoch in Paris zusammengekommen. Die Außenminister sprachen über die Hilfe für die Ukraine.
`;

// A format's meeting ingested through the API: the organisation's view lists its member states as
// links, a member's view the formats it belongs to, and the meeting shows the members at the table
// as the format's.
describe('A format and its members in the dashboard', () => {
  let server: GraphServer;
  let session: BrowserSession;
  let page: Page;
  let watch: PageWatch;
  let root: string;
  let formatId: string;
  let expectedMembers: string[];

  beforeAll(async () => {
    server = await startTestServer({ INGEST_TOKENS: TOKEN, CYPHER_TIMEOUT_MS: '120000' });
    const ingested = await postGraphQL<Data>(
      server.url,
      'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { articlesNew } }',
      { input: { text: PAGE } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(ingested.errors).toBeUndefined();
    const format = await postGraphQL<Data>(
      server.url,
      '{ entity(name: "Weimarer Dreieck") { id ... on Organization { members { name } } } }',
    );
    expect(format.errors).toBeUndefined();
    formatId = format.data.entity.id;
    expectedMembers = format.data.entity.members.map((c: Data) => c.name).sort();
    expect(expectedMembers).toEqual(['Deutschland', 'Frankreich', 'Polen']);
    session = await launchChromium();
    page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch = await watchPage(page);
    root = server.url.replace(/\/graphql$/, '/');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("lists an organisation's member states, each a link to its view", async () => {
    await page.goto(`${root}#/entity/${encodeURIComponent(formatId)}`);
    const members = page.locator('section[aria-labelledby="members-title"] ul.members a');
    await members.first().waitFor({ timeout: 30_000 });
    expect((await members.allInnerTexts()).sort()).toEqual(expectedMembers);
    await page.screenshot({
      path: join(screenshotDir, 'dashboard-format-members.png'),
      fullPage: true,
    });
    await members.filter({ hasText: 'Polen' }).click();
    await page.locator('#entity-name', { hasText: 'Polen' }).waitFor({ timeout: 30_000 });
    const formats = page.locator('section[aria-labelledby="memberships-title"] ul.memberships a');
    await formats.first().waitFor({ timeout: 30_000 });
    expect(await formats.allInnerTexts()).toContain('Weimarer Dreieck');
  });

  it("shows a format's meeting with its members at the table as the format's", async () => {
    const meeting = page.locator('li.meeting[data-date="2025-06-11"]');
    await meeting.waitFor({ timeout: 30_000 });
    const party = meeting.locator('.format-party', { hasText: 'Weimarer Dreieck' });
    await party.locator('.format-members').waitFor({ timeout: 30_000 });
    expect((await party.locator('.format-members a').allInnerTexts()).sort()).toEqual(
      expectedMembers,
    );
    await page.screenshot({
      path: join(screenshotDir, 'dashboard-format-meeting.png'),
      fullPage: true,
    });
    expect(watch.errors).toEqual([]);
    expect(watch.outside).toEqual([]);
  });

  it('says so when an organisation has no member states', async () => {
    const ministry = await postGraphQL<Data>(server.url, '{ entity(name: "MSZ") { id } }');
    const id = ministry.data?.entity?.id;
    expect(id).toBeTruthy();
    await page.goto(`${root}#/entity/${encodeURIComponent(id)}`);
    await page
      .locator('section[aria-labelledby="members-title"] .message', {
        hasText: 'no format or alliance',
      })
      .waitFor({ timeout: 30_000 });
  });
});
