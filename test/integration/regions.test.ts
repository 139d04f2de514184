import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/loading/seed.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { testRunner } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';

// Regions through the public API: a page ingested with ingestPage, its regions read back from the
// article, from the region and its country, and from the root list.

// Responses are checked field by field, so they are left untyped.
// biome-ignore lint/suspicious/noExplicitAny: each test reads its own query's fields; the assertions check them
type Data = any;

const TOKEN = 'test-ingest-token-regions';
let server: GraphServer;
const gql = (query: string, variables: Record<string, unknown> = {}) =>
  postGraphQL<Data>(server.url, query, variables);

const PAGE = [
  'Deutsche Redaktion',
  '',
  'Drohnen über der Krim und in Bayern',
  '',
  '18.09.2025 10:15',
  'Über der Krim und im Donbass wurden in der Nacht Drohnen abgeschossen. Auch in Bayern und in Masowien gab es Alarm.',
  '',
  'Die Lage im Gazastreifen und im Westjordanland bleibt angespannt. Aus dem Gebiet Kaliningrad meldete Russland Übungen, in Kaliningrad selbst blieb es ruhig.',
  '',
  'PAP/jc',
  '',
].join('\n');

beforeAll(async () => {
  await seedGraph(testRunner(), () => {});
  server = await startTestServer({ INGEST_TOKENS: TOKEN });
  const ingested = await postGraphQL<Data>(
    server.url,
    'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { articlesNew } }',
    { input: { text: PAGE } },
    { authorization: `Bearer ${TOKEN}` },
  );
  expect(ingested.errors).toBeUndefined();
  expect(ingested.data.ingestPage.articlesNew).toBe(1);
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe('regions', () => {
  it('are the article’s regions, apart from its cities and countries', async () => {
    const { data, errors } = await gql(`{ entity(name: "Masowien") { ... on Region {
      articles(first: 5) { edges { node { title regions { id name kind } cities { name } } } } } } }`);
    expect(errors).toBeUndefined();
    const article = data.entity.articles.edges[0]?.node;
    expect(article.title).toBe('Drohnen über der Krim und in Bayern');
    const regions = article.regions.map((r: Data) => `${r.name}:${r.kind}`).sort();
    expect(regions).toEqual([
      'Bayern:ADMINISTRATIVE',
      'Donbass:HISTORICAL',
      'Gazastreifen:DISPUTED',
      'Krim:DISPUTED',
      'Masowien:ADMINISTRATIVE',
      'Oblast Kaliningrad:ADMINISTRATIVE',
      'Westjordanland:DISPUTED',
    ]);
    // "Kaliningrad" alone is the city, the oblast only by its full name.
    expect(article.cities.map((c: Data) => c.name)).toContain('Kaliningrad');
  });

  it('answer their articles, country, kind and coordinates, and their country lists them', async () => {
    const { data, errors } = await gql(`{ entity(name: "Krim") { __typename name
      ... on Region { kind latitude longitude country { name isoCode regions { name } }
        articles(first: 5) { totalCount edges { node { title } } } } } }`);
    expect(errors).toBeUndefined();
    const krim = data.entity;
    expect(krim).toMatchObject({
      __typename: 'Region',
      name: 'Krim',
      kind: 'DISPUTED',
      country: { name: 'Ukraine', isoCode: 'UA' },
      articles: {
        totalCount: 1,
        edges: [{ node: { title: 'Drohnen über der Krim und in Bayern' } }],
      },
    });
    expect(krim.latitude).toBeCloseTo(45, 0);
    expect(krim.longitude).toBeCloseTo(34, 0);
    const ukrainian = krim.country.regions.map((r: Data) => r.name);
    expect(ukrainian).toEqual(expect.arrayContaining(['Krim', 'Donbass', 'Donezk', 'Wolhynien']));
  });

  it('are listed at the root by name, with their count', async () => {
    const { data, errors } = await gql(
      `{ regions(first: 3) { totalCount edges { node { __typename name } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.regions.totalCount).toBeGreaterThan(3000);
    const names = data.regions.edges.map((edge: Data) => edge.node.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    expect(data.regions.edges[0].node.__typename).toBe('Region');
  });
});
