import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/loading/seed.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { testRunner } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';

const ARTICLES = `query Articles($first: Int, $after: String) {
  articles(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id title publishedAt lead signature photoCredits } }
  }
}`;

interface ArticlesData {
  articles: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        title: string;
        publishedAt: string;
        lead: string;
        signature: string | null;
        photoCredits: string[];
      };
    }[];
  };
}

describe('articles over HTTP, on the seeded graph', () => {
  let server: GraphServer;

  beforeAll(async () => {
    await seedGraph(testRunner(), () => {});
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers /health', async () => {
    const response = await fetch(server.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('WhoIsPutin');
  });

  it('returns the five seed articles in publishedAt order', async () => {
    const { status, data, errors } = await postGraphQL<ArticlesData>(server.url, ARTICLES, {
      first: 10,
    });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data?.articles.totalCount).toBe(5);
    expect(data?.articles.edges.map((edge) => edge.node.publishedAt)).toEqual([
      '2025-02-24T23:30:00+01:00',
      '2025-03-03T17:00:00+01:00',
      '2025-03-24T06:00:00+01:00',
      '2025-04-09T06:00:00+02:00',
      '2025-04-11T00:10:00+02:00',
    ]);
    const latest = data?.articles.edges.at(-1)?.node;
    expect(latest?.title).toBe(
      'Treffen zwischen Russland und den USA beendet. Keine Gespräche über die Ukraine',
    );
    expect(latest?.signature).toBe('RMF/ps');
    expect(latest?.photoCredits).toEqual(['EPA/MAXIM SHIPENKOV']);
  });

  it('pages with cursors: two halves make the whole, without overlap', async () => {
    const all = await postGraphQL<ArticlesData>(server.url, ARTICLES, { first: 5 });
    const firstHalf = await postGraphQL<ArticlesData>(server.url, ARTICLES, { first: 3 });
    expect(firstHalf.data?.articles.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    });
    const secondHalf = await postGraphQL<ArticlesData>(server.url, ARTICLES, {
      first: 3,
      after: firstHalf.data?.articles.pageInfo.endCursor,
    });
    expect(secondHalf.data?.articles.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
    const ids = [
      ...(firstHalf.data?.articles.edges ?? []),
      ...(secondHalf.data?.articles.edges ?? []),
    ].map((edge) => edge.node.id);
    expect(ids).toEqual(all.data?.articles.edges.map((edge) => edge.node.id));
  });

  it('rejects a page size over the cap with LIMIT_EXCEEDED and a forged cursor with BAD_USER_INPUT', async () => {
    const tooMany = await postGraphQL(server.url, ARTICLES, { first: 100_000 });
    expect(tooMany.errors?.[0]?.extensions, JSON.stringify(tooMany.errors)).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'first',
      max: 100,
    });
    const forged = await postGraphQL(server.url, ARTICLES, { first: 2, after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.message).toContain('Invalid cursor');
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reports the Cypher statements a request ran when asked', async () => {
    const { extensions } = await postGraphQL(
      server.url,
      ARTICLES,
      { first: 2 },
      { 'x-debug-cypher': '1' },
    );
    expect(extensions?.cypher).toMatchObject({ statements: 1 });
  });
});
