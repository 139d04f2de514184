import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPagesDir } from '../../src/loading/seed.js';
import { projectRoot } from '../../src/project-root.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { type GraphQLResponse, postGraphQL, startTestServer } from '../support/server.js';
import { startTestRedis, type TestRedis } from '../support/test-redis.js';

// The opt-in response cache, in memory and in a real Redis: an answer is served again only to the
// same token, and a page that touches what it holds drops it before the mutation answers.

const INGEST_TOKEN = 'test-ingest-token-cache';
const READ_ONE = 'test-read-token-cache-one';
const READ_TWO = 'test-read-token-cache-two';
const SEED_PAGE = readFileSync(join(seedPagesDir, 'deutsche-redaktion-2025-04.txt'), 'utf8');
const OTHER_PAGE = readFileSync(join(projectRoot, 'test/fixtures/eval/duda-berlin.txt'), 'utf8');

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const hit = (response: GraphQLResponse) =>
  (response.extensions?.responseCache as { hit?: boolean } | undefined)?.hit === true;

const ARTICLE = 'query ($id: ID!) { node(id: $id) { id ... on Article { title } } }';

let lastBookmark = '';

async function ingest(server: GraphServer, text: string) {
  const answer = await postGraphQL<{
    ingestPage: { bookmark: string; articles: { id: string }[] };
  }>(
    server.url,
    'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { bookmark articles { id } } }',
    { input: { text } },
    as(INGEST_TOKEN),
  );
  expect(answer.errors).toBeUndefined();
  lastBookmark = answer.data?.ingestPage.bookmark ?? '';
  return answer.data?.ingestPage.articles.map((article) => article.id) ?? [];
}

describe.each(['memory', 'redis'] as const)('RESPONSE_CACHE=%s', (mode) => {
  let redis: TestRedis;
  let server: GraphServer;
  let seedArticles: string[];
  let otherArticles: string[];

  beforeAll(async () => {
    // Its own Redis: the last test stops it.
    redis = await startTestRedis();
    server = await startTestServer({
      RESPONSE_CACHE: mode,
      REDIS_URL: redis.url,
      INGEST_TOKENS: INGEST_TOKEN,
      READ_TOKENS: `${READ_ONE},${READ_TWO}`,
    });
    seedArticles = await ingest(server, SEED_PAGE);
    otherArticles = await ingest(server, OTHER_PAGE);
    expect(otherArticles.some((id) => seedArticles.includes(id))).toBe(false);
  });
  afterAll(async () => {
    await server?.close(1_000);
    await redis?.dispose();
  });

  it('serves an answer again to the same token only', async () => {
    const id = seedArticles[0];
    const first = await postGraphQL(server.url, ARTICLE, { id }, as(READ_ONE));
    expect(first.errors).toBeUndefined();
    expect(hit(first)).toBe(false);
    const again = await postGraphQL(server.url, ARTICLE, { id }, as(READ_ONE));
    expect(hit(again)).toBe(true);
    expect(again.data).toEqual(first.data);
    const otherToken = await postGraphQL(server.url, ARTICLE, { id }, as(READ_TWO));
    expect(hit(otherToken)).toBe(false);
    const anonymous = await postGraphQL(server.url, ARTICLE, { id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.node ?? null).toBeNull();
  });

  it('a page drops the answers holding what it touched, before its mutation answers, and keeps the rest', async () => {
    const touched = seedArticles[1];
    const untouched = otherArticles[0];
    for (const id of [touched, untouched]) {
      await postGraphQL(server.url, ARTICLE, { id }, as(READ_ONE));
      expect(hit(await postGraphQL(server.url, ARTICLE, { id }, as(READ_ONE)))).toBe(true);
    }
    await ingest(server, SEED_PAGE);
    expect(hit(await postGraphQL(server.url, ARTICLE, { id: touched }, as(READ_ONE)))).toBe(false);
    expect(hit(await postGraphQL(server.url, ARTICLE, { id: untouched }, as(READ_ONE)))).toBe(true);
  });

  it('a read with a bookmark bypasses the cache', async () => {
    const id = seedArticles[2];
    await postGraphQL(server.url, ARTICLE, { id }, as(READ_ONE));
    const withBookmark = await postGraphQL(
      server.url,
      ARTICLE,
      { id },
      { ...as(READ_ONE), 'x-neo4j-bookmark': lastBookmark },
    );
    expect(withBookmark.errors).toBeUndefined();
    expect(withBookmark.extensions?.responseCache).toBeUndefined();
  });

  it('Redis down: queries are answered all the same', async () => {
    await redis.stop();
    try {
      const id = seedArticles[0];
      const answer = await postGraphQL<{ node: { id: string } }>(
        server.url,
        ARTICLE,
        { id },
        as(READ_TWO),
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.node.id).toBe(id);
    } finally {
      await redis.start();
    }
  });
});
