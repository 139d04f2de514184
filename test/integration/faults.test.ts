import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher.js';
import { createDriver } from '../../src/graph/driver.js';
import { seedGraph, seedPagesDir } from '../../src/loading/seed.js';
import { loadConfig } from '../../src/config.js';
import { type GraphServer, startGraphServer } from '../../src/server/graph-server.js';
import { testDriver } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';
import { type StoppableNeo4j, startStoppableNeo4j } from '../support/stoppable-neo4j.js';

// What happens when the database is slow, absent or restarting, and when the server is told to stop.

const COUNT = '{ articles(first: 1) { totalCount } }';
const INGEST = 'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { articlesNew } }';
const INGEST_TOKEN = 'fault-test-token';
const SEED_PAGE = readFileSync(join(seedPagesDir, 'deutsche-redaktion-2025-04.txt'), 'utf8');

type Outcome = 'ok' | string;

async function outcomeOf(url: string, query = COUNT): Promise<Outcome> {
  try {
    const response = await postGraphQL<{ articles: { totalCount: number } }>(url, query);
    if (response.errors?.length) return String(response.errors[0]?.extensions?.code);
    return response.data?.articles.totalCount === 5
      ? 'ok'
      : `wrong answer ${JSON.stringify(response.data)}`;
  } catch (error) {
    return `HTTP failure: ${String(error)}`;
  }
}

async function until<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  let last: T | undefined;
  while (Date.now() - started < timeoutMs) {
    last = await probe();
    if (done(last)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
}

const readyStatus = async (server: GraphServer) =>
  (await fetch(server.url.replace('/graphql', '/ready'))).status;

function serverConfig(uri: string) {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    NEO4J_URI: uri,
    DB_RETRY_MS: '1000',
  });
}

describe('Neo4j stops and comes back under a running server', () => {
  let neo4j: StoppableNeo4j;
  let driver: Driver;
  let server: GraphServer;

  beforeAll(async () => {
    neo4j = await startStoppableNeo4j((line) => console.error(`[fault-neo4j] ${line}`));
    driver = createDriver({ ...neo4j.connection, retryMs: 1_000, log: () => {} });
    server = await startGraphServer(driver, serverConfig(neo4j.connection.uri), {
      afterSchema: async (runner) => {
        await seedGraph(runner, () => {});
      },
    });
    await until(
      'ready',
      () => readyStatus(server),
      (status) => status === 200,
      60_000,
    );
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
    await neo4j?.dispose();
  });

  it('fails fast with DATABASE_UNAVAILABLE while Neo4j is down, and answers again without a restart', async () => {
    expect(await outcomeOf(server.url)).toBe('ok');

    // Traffic keeps flowing through the whole outage.
    const seen: Outcome[] = [];
    let flowing = true;
    const traffic = (async () => {
      while (flowing) seen.push(await outcomeOf(server.url));
    })();

    await neo4j.stop();
    const started = Date.now();
    const whileDown = await outcomeOf(server.url);
    const failedAfterMs = Date.now() - started;
    expect(whileDown).toBe('DATABASE_UNAVAILABLE');
    expect(failedAfterMs).toBeLessThan(10_000);
    expect(await readyStatus(server)).toBe(503);
    expect((await fetch(server.url.replace('/graphql', '/health'))).status).toBe(200);

    await neo4j.start();
    const recoveredAfterMs = await until(
      'answers again',
      () => outcomeOf(server.url),
      (outcome) => outcome === 'ok',
      20_000,
    );
    console.error(
      `[faults] failed after ${failedAfterMs} ms while down; answered ${recoveredAfterMs} ms after Neo4j was back`,
    );
    flowing = false;
    await traffic;

    expect(seen).toContain('ok');
    expect(seen).toContain('DATABASE_UNAVAILABLE');
    // Nothing else: no masked internal errors, no HTTP failures, no wrong answers.
    expect([...new Set(seen)].sort()).toEqual(['DATABASE_UNAVAILABLE', 'ok']);
    expect(await readyStatus(server)).toBe(200);
  });

  it('starts while Neo4j is down, reports not ready, and becomes ready when it comes up', async () => {
    await neo4j.stop();
    const lateDriver = createDriver({ ...neo4j.connection, retryMs: 1_000, log: () => {} });
    const late = await startGraphServer(lateDriver, serverConfig(neo4j.connection.uri));
    try {
      expect((await fetch(late.url.replace('/graphql', '/health'))).status).toBe(200);
      const notReady = await fetch(late.url.replace('/graphql', '/ready'));
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({ ready: false, neo4j: 'unreachable' });
      expect(await outcomeOf(late.url)).toBe('DATABASE_UNAVAILABLE');

      await neo4j.start();
      await until(
        'ready',
        () => readyStatus(late),
        (status) => status === 200,
        30_000,
      );
      expect(await outcomeOf(late.url)).toBe('ok');
    } finally {
      await late.close();
      await lateDriver.close();
    }
  });
});

describe('slow statements and shutdown', () => {
  /** Holds the write lock of an outlet until release() is called; ingests of that outlet wait. */
  async function holdOutletLock(id: string) {
    const session = testDriver().session({ database: 'neo4j' });
    const tx = await session.beginTransaction();
    await tx.run(cypher('test/cypher/lock-outlet'), { id, name: 'Locked by the test' });
    return {
      release: async () => {
        await tx.rollback();
        await session.close();
      },
    };
  }
  const ingestAs = (url: string, outletId: string) =>
    postGraphQL<{ ingestPage: { articlesNew: number } }>(
      url,
      INGEST,
      { input: { text: SEED_PAGE, outlet: { id: outletId, name: 'Deutsche Redaktion' } } },
      { authorization: `Bearer ${INGEST_TOKEN}` },
    );

  it('a statement over CYPHER_TIMEOUT_MS fails with TIMEOUT, and the server stays healthy', async () => {
    const server = await startTestServer({
      INGEST_TOKENS: INGEST_TOKEN,
      CYPHER_TIMEOUT_MS: '1500',
      DB_RETRY_MS: '0',
    });
    const lock = await holdOutletLock('outlet:timeout-test');
    try {
      const started = Date.now();
      const response = await ingestAs(server.url, 'outlet:timeout-test');
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe(
        'TIMEOUT',
      );
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await lock.release();
    }
    try {
      const after = await postGraphQL<{ stats: { relationships: number } }>(
        server.url,
        '{ stats { relationships } }',
      );
      expect(after.errors).toBeUndefined();
      expect(await readyStatus(server)).toBe(200);
      // The timed-out ingest wrote nothing.
      const articles = await postGraphQL<{ articles: { totalCount: number } }>(server.url, COUNT);
      expect(articles.data?.articles.totalCount).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('close() lets an in-flight request finish before the server stops', async () => {
    const server = await startTestServer({
      INGEST_TOKENS: INGEST_TOKEN,
      CYPHER_TIMEOUT_MS: '30000',
    });
    const lock = await holdOutletLock('outlet:drain-test');
    const inFlight = ingestAs(server.url, 'outlet:drain-test');
    await new Promise((resolve) => setTimeout(resolve, 500)); // the ingest now waits on the lock
    let closed = false;
    const closing = server.close(20_000).then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(closed).toBe(false);
    await expect(fetch(server.url.replace('/graphql', '/health'))).rejects.toThrow();

    await lock.release();
    const response = await inFlight;
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.data?.ingestPage.articlesNew).toBe(5);
    await closing;
    expect(closed).toBe(true);
  });
});
