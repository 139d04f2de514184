import { readFileSync } from 'node:fs';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph, seedPagesDir } from '../../src/loading/seed.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { emptyGraph, graphCounts, testRunner } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';

// Limits, hostile input, auth and the write path, against the real server on a real Neo4j.

const INGEST_TOKEN = 'test-ingest-token-0123456789';
const SEED_PAGE = readFileSync(join(seedPagesDir, 'deutsche-redaktion-2025-04.txt'), 'utf8');
const HOSTILE = [
  "'}) MATCH (n) DETACH DELETE n //",
  '`Article`) DETACH DELETE n //',
  '$param {x: $y} CALL db.labels()',
  '"; MATCH (n) RETURN n; //',
  'AND OR NOT ~ * ? : \\ / [ ] { } ( ) ^ " +-!',
];

const INGEST = `mutation Ingest($input: IngestPageInput!) {
  ingestPage(input: $input) {
    articlesNew articlesUpdated articlesUnchanged mentions meetingsNew
    articles { id title }
  }
}`;

/** Cypher statements the server has run for GraphQL operations, from its own /metrics. */
async function cypherStatementsRun(server: GraphServer): Promise<number> {
  const text = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
  const line = text
    .split('\n')
    .find((entry) => entry.startsWith('newsgraph_cypher_statements_total '));
  if (!line) throw new Error('newsgraph_cypher_statements_total missing from /metrics');
  return Number(line.split(' ')[1]);
}

function nested(depth: number): string {
  // entity → articles → entities → articles → … : every level is a real relation.
  let selection = 'title';
  for (let level = 0; level < depth; level++) {
    selection =
      level % 2 === 0
        ? `entities { name articles(first: 2) { edges { node { ${selection} } } } }`
        : selection;
  }
  return `{ articles(first: 2) { edges { node { ${selection} } } } }`;
}

describe('query limits, checked before any Cypher runs', () => {
  let server: GraphServer;

  beforeAll(async () => {
    await seedGraph(testRunner(), () => {});
    server = await startTestServer({ INGEST_TOKENS: INGEST_TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  async function expectRejectedWithoutCypher(
    query: string,
    limit: string,
    variables: Record<string, unknown> = {},
  ) {
    const before = await cypherStatementsRun(server);
    const response = await postGraphQL(server.url, query, variables);
    // Rejected as a whole (data null) or field by field (nullable root fields null).
    expect(
      Object.values(response.data ?? {}).every((value) => value === null),
      JSON.stringify(response),
    ).toBe(true);
    expect(response.errors?.[0]?.extensions, JSON.stringify(response.errors)).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit,
    });
    expect(response.errors?.[0]?.extensions?.max).toBeTypeOf('number');
    expect(await cypherStatementsRun(server)).toBe(before);
    return response;
  }

  it('the counter itself counts: an ordinary query runs Cypher', async () => {
    const before = await cypherStatementsRun(server);
    const response = await postGraphQL(server.url, '{ articles(first: 1) { totalCount } }');
    expect(response.errors).toBeUndefined();
    expect(await cypherStatementsRun(server)).toBeGreaterThan(before);
  });

  it('rejects a depth bomb', async () => {
    await expectRejectedWithoutCypher(nested(12), 'depth');
  });

  it('rejects a cost bomb (wide pages nested within the depth limit)', async () => {
    const query = `{ articles(first: 100) { edges { node {
      entities { articles(first: 100) { edges { node { entities { name } } } } }
    } } } }`;
    const response = await expectRejectedWithoutCypher(query, 'complexity');
    expect(Number(response.errors?.[0]?.extensions?.actual)).toBeGreaterThan(
      Number(response.errors?.[0]?.extensions?.max),
    );
  });

  it('rejects an alias flood', async () => {
    const fields = Array.from(
      { length: 40 },
      (_, index) => `a${index}: stats { relationships }`,
    ).join(' ');
    await expectRejectedWithoutCypher(`{ ${fields} }`, 'aliases');
  });

  it('rejects a document with too many tokens', async () => {
    const fields = Array.from({ length: 6_000 }, () => '__typename').join(' ');
    await expectRejectedWithoutCypher(`{ ${fields} }`, 'tokens');
  });

  it('rejects first: 100000, given inline or as a variable', async () => {
    await expectRejectedWithoutCypher('{ articles(first: 100000) { totalCount } }', 'first');
    await expectRejectedWithoutCypher(
      'query ($n: Int) { people(first: $n) { totalCount } }',
      'first',
      { n: 100_000 },
    );
  });

  it('caps traversals: maxHops, depth and limit', async () => {
    const lookup = await postGraphQL<{ entity: { id: string } | null }>(
      server.url,
      '{ entity(name: "Putin") { id } }',
    );
    const id = lookup.data?.entity?.id ?? '';
    expect(id).not.toBe('');
    await expectRejectedWithoutCypher(
      'query ($id: ID!) { shortestPath(from: $id, to: $id, maxHops: 7) { length } }',
      'maxHops',
      { id },
    );
    await expectRejectedWithoutCypher(
      'query ($id: ID!) { neighborhood(id: $id, depth: 4) { nodes { id } } }',
      'depth',
      { id },
    );
    await expectRejectedWithoutCypher(
      'query ($id: ID!) { neighborhood(id: $id, limit: 501) { nodes { id } } }',
      'limit',
      { id },
    );
  });

  it('refuses a body over MAX_BODY_BYTES with 413, before reading it', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(query: "${'x'.repeat(2_100_000)}") { score } }` }),
    });
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        ?.extensions.code,
    ).toBe('LIMIT_EXCEEDED');
  });

  it('refuses a streamed body without a Content-Length with 411, whatever its size', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify({ query: '{ __typename }' })));
        controller.close();
      },
    });
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(411);
  });
});

describe('hostile input is data, never Cypher', () => {
  let server: GraphServer;

  beforeAll(async () => {
    server = await startTestServer({ INGEST_TOKENS: INGEST_TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('filters, search and entity lookup take Cypher syntax literally, and the graph is intact', async () => {
    const before = await graphCounts();
    for (const text of HOSTILE) {
      const filtered = await postGraphQL<{ articles: { totalCount: number } }>(
        server.url,
        'query ($text: String) { articles(where: { text: $text }) { totalCount } }',
        { text },
      );
      expect(filtered.errors, JSON.stringify(filtered.errors)).toBeUndefined();
      expect(filtered.data?.articles.totalCount).toBe(0);
      const searched = await postGraphQL<{ search: unknown[] }>(
        server.url,
        'query ($q: String!) { search(query: $q) { score } }',
        {
          q: text,
        },
      );
      expect(searched.errors, JSON.stringify(searched.errors)).toBeUndefined();
      const looked = await postGraphQL<{ entity: unknown }>(
        server.url,
        'query ($n: String!) { entity(name: $n) { id } }',
        { n: text },
      );
      expect(looked.errors).toBeUndefined();
      expect(looked.data?.entity).toBeNull();
    }
    expect(await graphCounts()).toEqual(before);
  });

  it('an ingested page full of Cypher syntax is stored and found literally', async () => {
    const title = `Angriff ${HOSTILE[0]} und \`Backticks\` mit $param`;
    const page = `Deutsche Redaktion\n\n${title}\n\n12.04.2025 10:00\n\nDer Text enthält ${HOSTILE[1]} und ${HOSTILE[2]} wörtlich.\n`;
    const before = await graphCounts();
    const ingested = await postGraphQL<{
      ingestPage: { articlesNew: number; articles: { id: string; title: string }[] };
    }>(
      server.url,
      INGEST,
      { input: { text: page, url: 'https://example.org/hostile' } },
      { authorization: `Bearer ${INGEST_TOKEN}` },
    );
    expect(ingested.errors, JSON.stringify(ingested.errors)).toBeUndefined();
    expect(ingested.data?.ingestPage.articles.map((article) => article.title)).toEqual([title]);
    const after = await graphCounts();
    expect(after.labels.Article).toBe((before.labels.Article ?? 0) + 1);
    expect(after.labels.Country).toBe(before.labels.Country);

    const found = await postGraphQL<{ node: { title: string; lead: string; body: string } }>(
      server.url,
      'query ($id: ID!) { node(id: $id) { ... on Article { title lead body } } }',
      { id: ingested.data?.ingestPage.articles[0]?.id },
    );
    expect(found.data?.node.title).toBe(title);
    expect(`${found.data?.node.lead}\n${found.data?.node.body}`).toContain(HOSTILE[2]);
  });
});

describe('writes: ingestPage', () => {
  let server: GraphServer;

  beforeAll(async () => {
    await emptyGraph();
    server = await startTestServer({ INGEST_TOKENS: `other-token,${INGEST_TOKEN}` });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('rejects a mutation without a token (UNAUTHENTICATED) or with a wrong one (FORBIDDEN), writing nothing', async () => {
    const before = await graphCounts();
    const anonymous = await postGraphQL(server.url, INGEST, { input: { text: SEED_PAGE } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await postGraphQL(
      server.url,
      INGEST,
      { input: { text: SEED_PAGE } },
      { authorization: 'Bearer nope' },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphCounts()).toEqual(before);
  });

  it('a malformed page is refused with its reason and writes nothing', async () => {
    const before = await graphCounts();
    const cases: [string, string][] = [
      ['', 'EMPTY'],
      ['Nur ein Satz ohne Datum, der keine Nachricht ist.', 'NO_DATED_ITEM'],
      ['\u0000\u0001binary', 'BINARY'],
    ];
    for (const [text, reason] of cases) {
      const response = await postGraphQL(
        server.url,
        INGEST,
        { input: { text } },
        { authorization: `Bearer ${INGEST_TOKEN}` },
      );
      expect(response.errors?.[0]?.extensions, JSON.stringify(response.errors)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason,
      });
      expect(response.errors?.[0]?.message).toMatch(/not ingested/);
    }
    const badUrl = await postGraphQL(
      server.url,
      INGEST,
      { input: { text: SEED_PAGE, url: 'not a url' } },
      {
        authorization: `Bearer ${INGEST_TOKEN}`,
      },
    );
    expect(badUrl.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.url',
    });
    expect(await graphCounts()).toEqual(before);
  });

  it('two concurrent ingests of the same page leave one copy of everything', async () => {
    const headers = { authorization: `Bearer ${INGEST_TOKEN}` };
    const input = { text: SEED_PAGE, outlet: { name: 'Deutsche Redaktion' } };
    const results = await Promise.all([
      postGraphQL<{ ingestPage: { articlesNew: number; articlesUnchanged: number } }>(
        server.url,
        INGEST,
        { input },
        headers,
      ),
      postGraphQL<{ ingestPage: { articlesNew: number; articlesUnchanged: number } }>(
        server.url,
        INGEST,
        { input },
        headers,
      ),
    ]);
    for (const result of results)
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    // One of them wrote the five articles, the other found them there.
    expect(results.map((result) => result.data?.ingestPage.articlesNew).sort()).toEqual([0, 5]);
    const once = await graphCounts();
    expect(once.labels.Article).toBe(5);

    const again = await postGraphQL<{ ingestPage: { articlesUnchanged: number } }>(
      server.url,
      INGEST,
      { input },
      headers,
    );
    expect(again.data?.ingestPage.articlesUnchanged).toBe(5);
    expect(await graphCounts()).toEqual(once);
  });
});

describe('errors, access and HTTP', () => {
  let server: GraphServer;

  beforeAll(async () => {
    server = await startTestServer({
      READ_TOKENS: 'reader-token',
      INGEST_TOKENS: INGEST_TOKEN,
      CORS_ORIGINS: 'https://dash.example.org',
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('with READ_TOKENS set, reads need a token; an ingest token reads too', async () => {
    const query = '{ stats { relationships } }';
    expect((await postGraphQL(server.url, query)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await postGraphQL(server.url, query, {}, { authorization: 'Bearer reader-token' })).errors,
    ).toBeUndefined();
    expect(
      (await postGraphQL(server.url, query, {}, { authorization: `Bearer ${INGEST_TOKEN}` }))
        .errors,
    ).toBeUndefined();
    const reader = await postGraphQL(
      server.url,
      INGEST,
      { input: { text: SEED_PAGE } },
      { authorization: 'Bearer reader-token' },
    );
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names NOT_FOUND and BAD_USER_INPUT, and every error carries the request id', async () => {
    const headers = { authorization: 'Bearer reader-token', 'x-request-id': 'req-42' };
    const forged = await postGraphQL(
      server.url,
      '{ node(id: "bm90LWFuLWlk") { id } }',
      {},
      headers,
    );
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      requestId: 'req-42',
    });
    const badDate = await postGraphQL(
      server.url,
      '{ articles(where: { from: "yesterday" }) { totalCount } }',
      {},
      headers,
    );
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nobody = await postGraphQL(
      server.url,
      'query ($id: ID!) { neighborhood(id: $id) { nodes { id } } }',
      {
        id: encodeGlobalID('Person', 'person:nobody-by-this-id'),
      },
      headers,
    );
    expect(nobody.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'id',
      requestId: 'req-42',
    });
  });

  it('answers /ready and /metrics', async () => {
    // Readiness is prepared in the background (migrations, then the schema, which waits for the
    // schema locks of the other test files' graphs): poll rather than assume it is done by now.
    let ready = await fetch(server.url.replace('/graphql', '/ready'));
    for (let waited = 0; ready.status !== 200 && waited < 30_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      ready = await fetch(server.url.replace('/graphql', '/ready'));
    }
    expect(ready.status, await ready.clone().text()).toBe(200);
    expect(await ready.json()).toMatchObject({
      ready: true,
      neo4j: 'reachable',
      schemaApplied: true,
    });
    const metrics = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toContain('newsgraph_http_request_duration_seconds_bucket');
    expect(metrics).toMatch(/newsgraph_graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/);
  });

  it('refuses a simple GET without the CSRF header, and allows only configured CORS origins', async () => {
    const query = encodeURIComponent('{ stats { relationships } }');
    const simple = await fetch(`${server.url}?query=${query}`, {
      headers: { authorization: 'Bearer reader-token' },
    });
    expect(simple.status).toBe(403);
    const withHeader = await fetch(`${server.url}?query=${query}`, {
      headers: {
        authorization: 'Bearer reader-token',
        'x-graphql-yoga-csrf': '1',
        accept: 'application/json',
      },
    });
    expect(withHeader.status).toBe(200);

    const preflight = (origin: string) =>
      fetch(server.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    expect(
      (await preflight('https://dash.example.org')).headers.get('access-control-allow-origin'),
    ).toBe('https://dash.example.org');
    expect(
      (await preflight('https://evil.example.com')).headers.get('access-control-allow-origin'),
    ).not.toBe('https://evil.example.com');
  });
});
