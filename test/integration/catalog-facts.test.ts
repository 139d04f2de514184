import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/ingest/seed.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { testRunner } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';

// Catalog facts through the public API: a city's population, coordinates and country, an
// entity's Wikidata item.

// Responses are checked field by field, so they are left untyped.
type Data = any;

let server: GraphServer;
const gql = (query: string, variables: Record<string, unknown> = {}) => postGraphQL<Data>(server.url, query, variables);

beforeAll(async () => {
  await seedGraph(testRunner(), () => {});
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('catalog facts', () => {
  it('answers a curated city with its coordinates, population, country and Wikidata item', async () => {
    const { data, errors } = await gql(`{ entity(name: "Istanbul") { __typename name wikidataId
      ... on City { latitude longitude population country { name isoCode } } } }`);
    expect(errors).toBeUndefined();
    expect(data.entity).toMatchObject({ __typename: 'City', name: 'Istanbul', wikidataId: 'Q406', country: { name: 'Türkei', isoCode: 'TR' } });
    expect(data.entity.latitude).toBeCloseTo(41.01, 1);
    expect(data.entity.longitude).toBeCloseTo(28.95, 1);
    expect(data.entity.population).toBeGreaterThan(10_000_000);
  });

  it('answers the facts through the Entity interface in lists, null where the catalog has none', async () => {
    const { data, errors } = await gql(`{ cities(first: 50) { edges { node { id name latitude longitude } } } }`);
    expect(errors).toBeUndefined();
    const warschau = data.cities.edges.map((e: Data) => e.node).find((c: Data) => c.name === 'Warschau');
    expect(warschau.latitude).toBeCloseTo(52.23, 1);
    expect(warschau.longitude).toBeCloseTo(21.01, 1);
    const search = await gql(`{ entity(name: "Putins") { name wikidataId } }`);
    expect(search.errors).toBeUndefined();
    expect(search.data.entity.name).toBe('Wladimir Putin');
  });
});
