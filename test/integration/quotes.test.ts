import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/loading/seed.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { graphCounts, testRunner } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';
import { subscribeSse } from '../support/sse.js';

// Quotes and positions through the real Neo4j: what the seed page says, by whom, read back in
// one statement per level (extensions.cypher), and written idempotently.

// biome-ignore lint/suspicious/noExplicitAny: each test reads its own query's fields
type Data = any;

let server: GraphServer;

beforeAll(async () => {
  await seedGraph(testRunner(), () => {});
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function ask(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-debug-cypher': '1' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Data;
    errors?: { message: string; extensions?: { code?: string } }[];
    extensions?: { cypher?: { statements: number; names: string[] } };
  };
  return body;
}

describe('quotes and positions in the graph', () => {
  it('answers who said what, with the speaker, the article and the entities it is about', async () => {
    const body = await ask(`{
      quotes(first: 20) {
        totalCount
        edges { node { text direct speakerText speaker { name } article { title } about { name } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.quotes.edges.map((edge: Data) => edge.node);
    expect(body.data.quotes.totalCount).toBe(nodes.length);
    const sikorski = nodes.find((q: Data) => q.speaker?.name === 'Radosław Sikorski');
    expect(sikorski).toMatchObject({
      text: 'Frieden um jeden Preis ist ein Fehler',
      direct: true,
      article: { title: 'Radosław Sikorski bei der UNO: Frieden um jeden Preis ist ein Fehler' },
    });
    const cnn = nodes.find((q: Data) => q.speaker?.name === 'CNN');
    expect(cnn.direct).toBe(false);
    expect(cnn.about.map((e: Data) => e.name)).toContain('Russland');
    // Nobody named: the words are kept, the speaker is null.
    const media = nodes.find((q: Data) => q.speakerText === 'russische Medien');
    expect(media.speaker).toBeNull();
    // Newest first.
    const peskow = nodes.findIndex((q: Data) => q.speaker?.name === 'Dmitri Peskow');
    const bruce = nodes.findIndex((q: Data) => q.speaker?.name === 'Tammy Bruce');
    expect(bruce).toBeLessThan(peskow);
  });

  it('reads each level of quotes and positions in one batched statement, no more than its depth', async () => {
    // Depth 7: people › edges › node › positions › evidence › article › title.
    const body = await ask(`{
      people(first: 10) {
        edges { node { name
          positions { title country { name } evidence { sentence article { title } } }
          quotes(first: 3) { totalCount edges { node { text speaker { name } article { title } } } }
        } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const cypher = body.extensions?.cypher;
    expect(cypher?.statements).toBeLessThanOrEqual(7);
    const names = cypher?.names ?? [];
    expect(names.filter((n) => n === 'position/by-people')).toHaveLength(1);
    expect(names.filter((n) => n === 'quote/by-speakers-page')).toHaveLength(1);
    const withPosts = body.data.people.edges.filter((e: Data) => e.node.positions.length > 0);
    expect(withPosts.length).toBeGreaterThan(0);
    const bruce = await ask(`{ entity(name: "Tammy Bruce") { ... on Person {
      positions { title country { name } }
      quotes { edges { node { article { title quotes { text } } } } } } } }`);
    expect(bruce.data.entity.positions[0]).toMatchObject({
      title: 'Sprecherin',
      country: { name: 'USA' },
    });
    expect(bruce.data.entity.quotes.edges[0].node.article.quotes.length).toBeGreaterThan(1);
  });

  it('filters by speaker, entity, date and literal words, and pages with after', async () => {
    const filtered = await ask(
      `query ($where: QuoteWhere) { quotes(where: $where, first: 1) {
         totalCount pageInfo { hasNextPage endCursor } edges { node { text } } } }`,
      { where: { text: 'Ukraine', from: '2025-04-01T00:00:00Z' } },
    );
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data.quotes.totalCount).toBe(3);
    expect(filtered.data.quotes.pageInfo.hasNextPage).toBe(true);
    const next = await ask(
      `query ($where: QuoteWhere, $after: String) { quotes(where: $where, first: 5, after: $after) {
         edges { node { text } } } }`,
      {
        where: { text: 'Ukraine', from: '2025-04-01T00:00:00Z' },
        after: filtered.data.quotes.pageInfo.endCursor,
      },
    );
    expect(next.data.quotes.edges).toHaveLength(2);
    const injected = await ask(
      `{ quotes(where: { text: "Ukraine\\") RETURN 1 //" }) { totalCount } }`,
    );
    expect(injected.errors).toBeUndefined();
  });

  it('resolves quotes and positions as Relay nodes, each kind in one statement per batch', async () => {
    const listed = await ask(`{ entity(name: "Tammy Bruce") { ... on Person {
      positions { id title holder { name } } } }
      quotes(first: 3) { edges { node { id text speaker { name } article { title } } } } }`);
    expect(listed.errors).toBeUndefined();
    const position = listed.data.entity.positions[0];
    expect(position.holder.name).toBe('Tammy Bruce');
    const quotes = listed.data.quotes.edges.map((edge: Data) => edge.node);
    expect(quotes).toHaveLength(3);
    const body = await ask(
      `query ($ids: [ID!]!, $position: ID!) {
        nodes(ids: $ids) { __typename id ... on Quote { text speaker { name } article { title } } }
        node(id: $position) { __typename id ... on Position { title holder { name } } }
      }`,
      { ids: quotes.map((q: Data) => q.id), position: position.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.nodes).toEqual(quotes.map((q: Data) => ({ __typename: 'Quote', ...q })));
    expect(body.data.node).toEqual({ __typename: 'Position', ...position });
    const names = body.extensions?.cypher?.names ?? [];
    expect(names.filter((n) => n === 'quote/by-ids')).toHaveLength(1);
    expect(names.filter((n) => n === 'position/by-ids')).toHaveLength(1);
    // An id of the right kind that names nothing is null; a quote's id is no position's.
    const missing = await ask(
      'query ($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }',
      {
        a: encodeGlobalID('Quote', 'quote:nothing'),
        b: encodeGlobalID('Position', decodeGlobalID(quotes[0].id).id),
      },
    );
    expect(missing.errors).toBeUndefined();
    expect(missing.data).toEqual({ a: null, b: null });
  });

  it('refuses an id that is no id, naming the argument', async () => {
    const body = await ask('{ quotes(where: { speaker: "not-an-id" }) { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('where.speaker');
  });

  it('writes a page twice without adding anything', async () => {
    const before = await graphCounts();
    await seedGraph(testRunner(), () => {});
    expect(await graphCounts()).toEqual(before);
    expect(before.labels.Quote).toBeGreaterThanOrEqual(10);
    expect(before.labels.Position).toBeGreaterThanOrEqual(5);
  });
});

describe('quoteIngested', () => {
  it('announces the quotes of a committed page, filtered by speaker', async () => {
    const live = await startTestServer({
      INGEST_TOKENS: 'test-ingest-token-quotes',
      READ_TOKENS: 'test-read-token-quotes',
    });
    try {
      const subscription = await subscribeSse(
        live.url,
        'subscription ($speaker: ID) { quoteIngested(speaker: $speaker) { text direct speaker { name } } }',
        { speaker: encodeGlobalID('Person', 'person:donald-tusk') },
        { authorization: 'Bearer test-read-token-quotes' },
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const text = [
        'Deutsche Redaktion',
        '',
        'Drohne über Warschau',
        '',
        '15.09.2025 21:01\nSicherheitskräfte haben eine Drohne abgefangen.',
        '',
        'Sicherheitskräfte haben eine Drohne abgefangen. „Die Polizei untersucht den Vorfall“, schrieb Donald Tusk. „Wir sind wachsam“, sagte Radosław Sikorski.',
        '',
        'PAP/jc',
        '',
      ].join('\n');
      const ingested = await postGraphQL(
        live.url,
        'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { articlesNew } }',
        { input: { text } },
        { authorization: 'Bearer test-ingest-token-quotes' },
      );
      expect(ingested.errors).toBeUndefined();
      const message = await subscription.next(5_000);
      expect(message.data?.data?.quoteIngested).toEqual({
        text: 'Die Polizei untersucht den Vorfall',
        direct: true,
        speaker: { name: 'Donald Tusk' },
      });
      // Sikorski's quote on the same page is not his.
      await expect(subscription.next(1_000)).rejects.toThrow(/no SSE message/);
      subscription.close();
    } finally {
      await live.close();
    }
  });
});
