import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { seedPagesDir } from '../../src/loading/seed.js';
import { projectRoot } from '../../src/project-root.js';
import { type ServerProcess, startServerProcess } from '../support/server-process.js';
import { postGraphQL } from '../support/server.js';
import { type SseSubscription, subscribeSse } from '../support/sse.js';
import { startTestRedis, type TestRedis } from '../support/test-redis.js';

// Two server processes sharing one Neo4j and one Redis, as behind a load balancer: what A commits,
// a subscriber of B hears, once, in commit order; and what B does while Redis is away (its own
// redis-server here, since this file stops and starts it).

const INGEST_TOKEN = 'test-ingest-token-scale-out';
const READ_TOKEN = 'test-read-token-scale-out';
const READER = { authorization: `Bearer ${READ_TOKEN}` };
const SEED_PAGE = readFileSync(join(seedPagesDir, 'deutsche-redaktion-2025-04.txt'), 'utf8');
const SECOND_PAGE = readFileSync(join(projectRoot, 'test/fixtures/eval/duda-berlin.txt'), 'utf8');
const SUBSCRIPTION = 'subscription { articleIngested { id title } }';

interface IngestAnswer {
  ingestPage: { articles: { id: string }[] };
}

async function ingest(server: ServerProcess, text: string) {
  return postGraphQL<IngestAnswer>(
    server.url,
    'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { articles { id } } }',
    { input: { text } },
    { authorization: `Bearer ${INGEST_TOKEN}` },
  );
}

interface Received {
  id: string;
  at: number;
}

/** A graphql-ws subscriber: what arrived (with arrival times), its error, and whether it ended. */
function wsSubscriber(url: string, query = SUBSCRIPTION) {
  const client: Client = createClient({
    url: url.replace('http://', 'ws://'),
    webSocketImpl: WebSocket,
    connectionParams: READER,
    retryAttempts: 0,
  });
  const state = { received: [] as Received[], errors: [] as unknown[], completed: false, client };
  client.subscribe(
    { query },
    {
      next: (value) => {
        const article = (value.data as { articleIngested?: { id: string } } | null)
          ?.articleIngested;
        if (article) state.received.push({ id: article.id, at: Date.now() });
        if (value.errors) state.errors.push(...value.errors);
      },
      error: (error) => {
        state.errors.push(error);
        state.completed = true;
      },
      complete: () => {
        state.completed = true;
      },
    },
  );
  return state;
}

async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Reads every SSE message of a subscriber until it is silent for `quietMs`. */
async function drainSse(subscription: SseSubscription, quietMs: number): Promise<Received[]> {
  const received: Received[] = [];
  while (true) {
    try {
      const message = await subscription.next(quietMs);
      const article = message.data?.data?.articleIngested as { id: string } | undefined;
      if (article) received.push({ id: article.id, at: message.at });
    } catch {
      return received;
    }
  }
}

describe('two server processes on one Neo4j and one Redis', () => {
  let redis: TestRedis;
  let a: ServerProcess;
  let b: ServerProcess;
  const sse: SseSubscription[] = [];
  const ws: Client[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    const env = { REDIS_URL: redis.url, INGEST_TOKENS: INGEST_TOKEN, READ_TOKENS: READ_TOKEN };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    // The first page also writes the catalog; later pages are what the tests watch.
    const first = await ingest(a, SEED_PAGE);
    expect(first.errors).toBeUndefined();
    // B loads an article as a subscription payload will (plans compiled, code warm): the latency
    // measured below is delivery, not a first query.
    const warm = await postGraphQL(
      b.url,
      'query ($id: ID!) { node(id: $id) { ... on Article { id title } } }',
      { id: first.data?.ingestPage.articles[0]?.id },
      READER,
    );
    expect(warm.errors).toBeUndefined();
  });
  afterAll(async () => {
    for (const subscription of sse) subscription.close();
    for (const client of ws) await client.dispose();
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.dispose();
  });

  async function sseOnB(headers: Record<string, string> = READER) {
    const subscription = await subscribeSse(b.url, SUBSCRIPTION, {}, headers);
    sse.push(subscription);
    return subscription;
  }

  it('refuses an anonymous subscription on B when READ_TOKENS is set', async () => {
    const anonymous = await sseOnB({});
    const message = await anonymous.next(5_000);
    expect(message.data?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("delivers A's pages to B's SSE and WebSocket subscribers within a second, once each, in commit order", async () => {
    const overSse = await sseOnB();
    const overWs = wsSubscriber(b.url);
    ws.push(overWs.client);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const first = await ingest(a, SEED_PAGE);
    const firstAt = Date.now();
    const second = await ingest(a, SECOND_PAGE);
    const secondAt = Date.now();
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const firstIds = first.data?.ingestPage.articles.map((article) => article.id) ?? [];
    const secondIds = second.data?.ingestPage.articles.map((article) => article.id) ?? [];
    expect(firstIds.length).toBeGreaterThan(1);
    expect(secondIds.length).toBeGreaterThan(0);
    const expected = [...firstIds, ...secondIds];

    const viaSse = await drainSse(overSse, 1_500);
    await until(() => overWs.received.length >= expected.length, 1_000, 'WebSocket events');
    await new Promise((resolve) => setTimeout(resolve, 300)); // none twice: nothing more arrives
    for (const [transport, received] of [
      ['SSE', viaSse],
      ['WebSocket', overWs.received],
    ] as const) {
      expect(
        received.map((event) => event.id),
        transport,
      ).toEqual(expected);
      // Each page's last event within a second of the mutation's answer on A.
      const lastOfFirst = received[firstIds.length - 1] as Received;
      const lastOfSecond = received[expected.length - 1] as Received;
      const latencies = [lastOfFirst.at - firstAt, lastOfSecond.at - secondAt];
      console.error(
        `[scale-out] ${transport}: A's commit answer to B's last event: ${latencies.join(' ms, ')} ms`,
      );
      for (const latency of latencies) expect(latency).toBeLessThan(1_000);
    }
  });

  it("read-your-writes: B reads A's page with the bookmark ingestPage returned", async () => {
    const written = await postGraphQL<{
      ingestPage: { bookmark: string; articles: { id: string }[] };
    }>(
      a.url,
      'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { bookmark articles { id } } }',
      { input: { text: SECOND_PAGE } },
      { authorization: `Bearer ${INGEST_TOKEN}` },
    );
    const bookmark = written.data?.ingestPage.bookmark ?? '';
    expect(bookmark).toMatch(/^\S+$/);
    const id = written.data?.ingestPage.articles[0]?.id as string;
    const read = await postGraphQL<{ node: { id: string } | null }>(
      b.url,
      'query ($id: ID!) { node(id: $id) { id } }',
      { id },
      {
        ...READER,
        'x-neo4j-bookmark': bookmark,
      },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.node?.id).toBe(id);
    const malformed = await postGraphQL(
      b.url,
      '{ __typename }',
      {},
      { ...READER, 'x-neo4j-bookmark': 'not a bookmark!' },
    );
    expect(malformed.status).toBe(400);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a failed page on A announces nothing on B', async () => {
    const subscription = await sseOnB();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const refused = await ingest(a, '');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('EMPTY');
    await expect(subscription.next(700)).rejects.toThrow(/no SSE message/);
  });

  it('Redis stopped: subscriptions end with EVENTS_UNAVAILABLE, queries and ingest go on; Redis back: subscriptions work again', async () => {
    const overSse = await sseOnB();
    const overWs = wsSubscriber(b.url);
    ws.push(overWs.client);
    await new Promise((resolve) => setTimeout(resolve, 500));

    await redis.stop();
    const ended = await overSse.next(3_000);
    expect(ended.data?.errors?.[0]?.extensions?.code).toBe('EVENTS_UNAVAILABLE');
    await until(
      () => overWs.completed || overWs.errors.length > 0,
      3_000,
      'WebSocket subscriber told',
    );
    expect(JSON.stringify(overWs.errors)).toMatch(/EVENTS_UNAVAILABLE|Live updates unavailable/);

    const query = await postGraphQL<{ entity: { name: string } }>(
      b.url,
      '{ entity(name: "Putins") { name } }',
      {},
      READER,
    );
    expect(query.errors).toBeUndefined();
    expect(query.data?.entity.name).toMatch(/Putin/);
    const whileDown = await ingest(a, SEED_PAGE);
    expect(whileDown.errors).toBeUndefined();
    const refused = await sseOnB();
    expect((await refused.next(3_000)).data?.errors?.[0]?.extensions?.code).toBe(
      'EVENTS_UNAVAILABLE',
    );

    await redis.start();
    // Both processes reconnect by themselves (a retry at most every second).
    let again: SseSubscription | null = null;
    const deadline = Date.now() + 15_000;
    while (again === null) {
      const attempt = await sseOnB();
      const first = await attempt.next(1_000).catch(() => null);
      if (first === null)
        again = attempt; // accepted: no error message, the stream stays open
      else attempt.close();
      if (Date.now() > deadline)
        throw new Error('B did not accept subscriptions again within 15 s of Redis returning');
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // A's command connection, too
    const after = await ingest(a, SECOND_PAGE);
    const ids = after.data?.ingestPage.articles.map((article) => article.id) ?? [];
    const received = await drainSse(again, 1_500);
    expect(received.map((event) => event.id)).toEqual(ids);
  });
});
