import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { seedPagesDir } from '../../src/loading/seed.js';
import { projectRoot } from '../../src/project-root.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { postGraphQL, startTestServer } from '../support/server.js';
import { type SseSubscription, subscribeSse } from '../support/sse.js';

// Live updates over SSE, against the real server on a real Neo4j: what a committed ingestPage
// announces, to whom, and what a refused page does not.

const INGEST_TOKEN = 'test-ingest-token-subscriptions';
const READ_TOKEN = 'test-read-token-subscriptions';
const SEED_PAGE = readFileSync(join(seedPagesDir, 'deutsche-redaktion-2025-04.txt'), 'utf8');
const READER = { authorization: `Bearer ${READ_TOKEN}` };

const INGEST = `mutation Ingest($input: IngestPageInput!) {
  ingestPage(input: $input) { bookmark meetingsNew meetingsMerged articles { id people { id } } }
}`;

interface IngestAnswer {
  ingestPage: {
    bookmark: string;
    meetingsNew: number;
    meetingsMerged: number;
    articles: { id: string; people: { id: string }[] }[];
  };
}

async function ingest(server: GraphServer, text: string) {
  return postGraphQL<IngestAnswer>(
    server.url,
    INGEST,
    { input: { text } },
    { authorization: `Bearer ${INGEST_TOKEN}` },
  );
}

/** Waits until the stream is open on the server (Yoga sends a first keep-alive or nothing): a short settle. */
async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 200));
}

async function expectSilence(subscription: SseSubscription, ms = 500): Promise<void> {
  await expect(subscription.next(ms)).rejects.toThrow(/no SSE message/);
}

describe('subscriptions over SSE', () => {
  let server: GraphServer;
  const open: SseSubscription[] = [];

  beforeAll(async () => {
    server = await startTestServer({ INGEST_TOKENS: INGEST_TOKEN, READ_TOKENS: READ_TOKEN });
    // The first page also writes the catalog; later pages are what the tests watch.
    const first = await ingest(server, SEED_PAGE);
    expect(first.errors).toBeUndefined();
  });
  afterAll(async () => {
    for (const subscription of open) subscription.close();
    await server?.close(1_000);
  });

  async function subscribe(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = READER,
  ) {
    const subscription = await subscribeSse(server.url, query, variables, headers);
    open.push(subscription);
    return subscription;
  }

  it('refuses an anonymous subscription when READ_TOKENS is set', async () => {
    const subscription = await subscribe('subscription { articleIngested { id } }', {}, {});
    const message = await subscription.next(2_000);
    expect(message.data?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(message.data?.data?.articleIngested ?? null).toBeNull();
  });

  it("announces each of a page's articles once, in page order, within a second of the commit", async () => {
    const subscription = await subscribe('subscription { articleIngested { id title } }');
    await settled();
    const answer = await ingest(server, SEED_PAGE);
    const committedAt = Date.now();
    const ids = answer.data?.ingestPage.articles.map((article) => article.id) ?? [];
    expect(ids.length).toBeGreaterThan(1);
    const seen: string[] = [];
    for (const _ of ids) {
      const message = await subscription.next(1_000);
      const article = message.data?.data?.articleIngested as { id: string; title: string };
      expect(article.title.length).toBeGreaterThan(0); // resolved through the article loader
      seen.push(article.id);
    }
    expect(Date.now() - committedAt).toBeLessThan(1_000);
    expect(seen).toEqual(ids);
    await expectSilence(subscription);
  });

  it('a refused page announces nothing', async () => {
    const subscription = await subscribe('subscription { articleIngested { id } }');
    await settled();
    const refused = await ingest(server, '');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('EMPTY');
    await expectSilence(subscription);
    const answer = await ingest(server, SEED_PAGE);
    const message = await subscription.next(1_000);
    const ingested = message.data?.data?.articleIngested as { id: string };
    expect(ingested.id).toBe(answer.data?.ingestPage.articles[0]?.id);
  });

  it('entityMentioned announces only the articles that name the entity', async () => {
    const lookup = await postGraphQL<{ entity: { id: string } }>(
      server.url,
      '{ entity(name: "Putins") { id } }',
      {},
      READER,
    );
    const putin = lookup.data?.entity.id as string;
    const subscription = await subscribe(
      'subscription ($id: ID!) { entityMentioned(id: $id) { bookmark entity { id name } article { id } } }',
      { id: putin },
    );
    await settled();
    const answer = await ingest(server, SEED_PAGE);
    const expected = (answer.data?.ingestPage.articles ?? [])
      .filter((article) => article.people.some((person) => person.id === putin))
      .map((article) => article.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(answer.data?.ingestPage.articles.length ?? 0);
    const seen: string[] = [];
    for (const _ of expected) {
      const mention = (await subscription.next(1_000)).data?.data?.entityMentioned as {
        bookmark: string | null;
        entity: { id: string; name: string };
        article: { id: string };
      };
      expect(mention.entity.id).toBe(putin);
      // The page's bookmark, for a follower's catch-up reads after a reconnect.
      expect(mention.bookmark).toBe(answer.data?.ingestPage.bookmark);
      seen.push(mention.article.id);
    }
    expect(seen).toEqual(expected);
    await expectSilence(subscription);
  });

  it('meetingReported announces each meeting of the page with its reporting articles', async () => {
    const subscription = await subscribe(
      'subscription { meetingReported { meeting { id participants { name } } articles { id } } }',
    );
    await settled();
    const answer = await ingest(server, SEED_PAGE);
    const meetings =
      (answer.data?.ingestPage.meetingsNew ?? 0) + (answer.data?.ingestPage.meetingsMerged ?? 0);
    expect(meetings).toBeGreaterThan(0);
    const pageArticles = new Set(answer.data?.ingestPage.articles.map((article) => article.id));
    const seen = new Set<string>();
    for (let n = 0; n < meetings; n++) {
      const report = (await subscription.next(1_000)).data?.data?.meetingReported as {
        meeting: { id: string; participants: { name: string }[] };
        articles: { id: string }[];
      };
      expect(report.meeting.participants.length).toBeGreaterThan(0);
      expect(report.articles.length).toBeGreaterThan(0);
      for (const article of report.articles) expect(pageArticles.has(article.id)).toBe(true);
      seen.add(report.meeting.id);
    }
    expect(seen.size).toBe(meetings);
    await expectSilence(subscription);
  });

  it('resolves each event afresh: an updated article is announced with its new text', async () => {
    const page = readFileSync(join(projectRoot, 'test/fixtures/eval/duda-berlin.txt'), 'utf8');
    const updated = page.replace('bei ähnlichen Treffen', 'bei früheren Treffen');
    expect(updated).not.toBe(page);
    const subscription = await subscribe('subscription { articleIngested { id lead } }');
    await settled();
    const leads: { id: string; lead: string }[] = [];
    for (const text of [page, updated]) {
      const answer = await ingest(server, text);
      expect(answer.errors).toBeUndefined();
      leads.push(
        (await subscription.next(2_000)).data?.data?.articleIngested as {
          id: string;
          lead: string;
        },
      );
    }
    expect(leads[1]?.id).toBe(leads[0]?.id);
    expect(leads[0]?.lead).toContain('bei ähnlichen Treffen');
    expect(leads[1]?.lead).toContain('bei früheren Treffen');
  });

  async function payloadStatements(): Promise<number> {
    const text = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
    const line = text
      .split('\n')
      .find((entry) => entry.startsWith('newsgraph_live_payload_statements_total'));
    if (!line) throw new Error('newsgraph_live_payload_statements_total missing from /metrics');
    return Number(line.split(' ').at(-1));
  }

  /** Ingests the seed page and reads every subscriber's articles; the statements it took. */
  async function statementsForOneEvent(subscribers: SseSubscription[]) {
    const before = await payloadStatements();
    const answer = await ingest(server, SEED_PAGE);
    const count = answer.data?.ingestPage.articles.length ?? 0;
    const received: unknown[][] = [];
    for (const subscription of subscribers) {
      const articles: unknown[] = [];
      for (let n = 0; n < count; n++)
        articles.push((await subscription.next(2_000)).data?.data?.articleIngested);
      received.push(articles);
    }
    return { statements: (await payloadStatements()) - before, received };
  }

  it("resolves an event's payload once for all subscribers of the same document", async () => {
    const query = 'subscription { articleIngested { id title people { name } } }';
    const alone = await subscribe(query);
    await settled();
    const single = await statementsForOneEvent([alone]);
    expect(single.statements).toBeGreaterThan(0);
    alone.close();
    const many = await Promise.all(Array.from({ length: 5 }, () => subscribe(query)));
    await settled();
    const shared = await statementsForOneEvent(many);
    // A page's payloads batch their reads when their executions overlap, which timing decides;
    // five subscribers that did not share would cost five times one.
    expect(shared.statements).toBeLessThan(single.statements * 1.5);
    for (const articles of shared.received) expect(articles).toEqual(single.received[0]);
  });

  it('applies the operation limits to subscriptions', async () => {
    const subscription = await subscribe(
      `subscription { articleIngested { ${Array.from({ length: 40 }, (_, n) => `a${n}: id`).join(' ')} } }`,
    );
    const message = await subscription.next(2_000);
    expect(message.data?.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});

describe('subscriptions over WebSocket (graphql-ws)', () => {
  let server: GraphServer;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      INGEST_TOKENS: INGEST_TOKEN,
      READ_TOKENS: READ_TOKEN,
      MAX_SUBSCRIPTIONS_PER_CONNECTION: '1',
    });
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await server?.close(1_000);
  });

  function client(authorization?: string): Client {
    const created = createClient({
      url: server.url.replace('http://', 'ws://'),
      webSocketImpl: WebSocket,
      connectionParams: authorization ? { authorization } : {},
      retryAttempts: 0,
    });
    clients.push(created);
    return created;
  }

  function collect(from: Client, query: string) {
    const results: {
      data?: Record<string, unknown> | null;
      errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
    }[] = [];
    const failures: unknown[] = [];
    from.subscribe(
      { query },
      {
        next: (value) => results.push(value as never),
        error: (error) => failures.push(error),
        complete: () => {},
      },
    );
    return { results, failures };
  }

  async function until(condition: () => boolean, ms: number) {
    const deadline = Date.now() + ms;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it("delivers a page's articles once, in page order, within a second; refuses anonymous and over-cap subscriptions", async () => {
    const reader = client(`Bearer ${READ_TOKEN}`);
    const live = collect(reader, 'subscription { articleIngested { id title } }');
    const overCap = collect(reader, 'subscription { articleIngested { id } }');
    const anonymous = collect(client(), 'subscription { articleIngested { id } }');
    await until(
      () =>
        overCap.failures.length + overCap.results.length > 0 &&
        anonymous.failures.length + anonymous.results.length > 0,
      2_000,
    );
    expect(JSON.stringify(overCap)).toMatch(/Too many subscriptions on this connection/);
    expect(JSON.stringify(anonymous)).toMatch(/UNAUTHENTICATED|Authentication required/);

    const answer = await ingest(server, SEED_PAGE);
    const ids = answer.data?.ingestPage.articles.map((article) => article.id) ?? [];
    expect(ids.length).toBeGreaterThan(1);
    await until(() => live.results.length >= ids.length, 1_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      live.results.map((result) => {
        const ingested = result.data?.articleIngested as { id: string };
        return ingested.id;
      }),
    ).toEqual(ids);
  });
});
