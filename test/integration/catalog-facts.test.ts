import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/loading/seed.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { testRunner } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';

// Catalog facts through the public API: a city's population, coordinates and country, an
// entity's Wikidata item.

// Responses are checked field by field, so they are left untyped.
// biome-ignore lint/suspicious/noExplicitAny: each test reads its own query's fields; the assertions check them
type Data = any;

let server: GraphServer;
const gql = (query: string, variables: Record<string, unknown> = {}) =>
  postGraphQL<Data>(server.url, query, variables);

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
    expect(data.entity).toMatchObject({
      __typename: 'City',
      name: 'Istanbul',
      wikidataId: 'Q406',
      country: { name: 'Türkei', isoCode: 'TR' },
    });
    expect(data.entity.latitude).toBeCloseTo(41.01, 1);
    expect(data.entity.longitude).toBeCloseTo(28.95, 1);
    expect(data.entity.population).toBeGreaterThan(10_000_000);
  });

  it('answers the facts through the Entity interface in lists, null where the catalog has none', async () => {
    const { data, errors } = await gql(
      `{ cities(first: 5) { totalCount edges { node { id name latitude longitude } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.cities.totalCount).toBeGreaterThan(5000);
    for (const { node } of data.cities.edges)
      expect(typeof node.latitude, node.name).toBe('number');
    const warschau = (
      await gql(`{ entity(name: "Warschau") { ... on City { latitude longitude } } }`)
    ).data.entity;
    expect(warschau.latitude).toBeCloseTo(52.23, 1);
    expect(warschau.longitude).toBeCloseTo(21.01, 1);
    const search = await gql(`{ entity(name: "Putins") { name wikidataId } }`);
    expect(search.errors).toBeUndefined();
    expect(search.data.entity).toEqual({ name: 'Wladimir Putin', wikidataId: 'Q7747' });
    const tammy = await gql(`{ entity(name: "Tammy Bruce") { wikidataId } }`);
    expect(tammy.data.entity.wikidataId).toBeNull();
  });

  it('answers a format’s member states and a country’s memberships', async () => {
    const { data, errors } = await gql(`{
      weimar: entity(name: "Weimarer Dreiecks") { __typename name ... on Organization { members { ... on Country { isoCode } } } }
      sejm: entity(name: "Sejm") { ... on Organization { members { id } } }
      poland: entity(name: "Polen") { ... on Country { memberships { name } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.weimar.__typename).toBe('Organization');
    expect(data.weimar.name).toBe('Weimarer Dreieck');
    expect(data.weimar.members.map((c: { isoCode: string }) => c.isoCode).sort()).toEqual([
      'DE',
      'FR',
      'PL',
    ]);
    expect(data.sejm.members).toEqual([]);
    const polandIn = data.poland.memberships.map((o: { name: string }) => o.name);
    expect(polandIn).toEqual(
      expect.arrayContaining(['Weimarer Dreieck', 'NATO', 'EU', 'Bukarester Neun']),
    );
    expect(polandIn).not.toContain('G7');
  });
});
