import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/loading/seed.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { testRunner } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';

// The catalog's post of a curated person and an article's report of the same office are one
// Position node in the graph, with the catalog and the report as its evidence.

// biome-ignore lint/suspicious/noExplicitAny: the answer is checked field by field
type Data = any;

let server: GraphServer;

beforeAll(async () => {
  await seedGraph(testRunner(), () => {});
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('a curated post and its report', () => {
  it('are one Position with the organisation the report names and the report as evidence', async () => {
    const { data, errors } = await postGraphQL<Data>(
      server.url,
      `{ entity(name: "Tammy Bruce") { ... on Person { positions {
         title curated organization { name } country { isoCode } evidence { sentence } } } } }`,
    );
    expect(errors).toBeUndefined();
    const positions = data.entity.positions;
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({
      title: 'Sprecherin',
      curated: true,
      country: { isoCode: 'US' },
    });
    expect(positions[0].organization?.name).toMatch(/Außenministerium/);
    expect(positions[0].evidence.map((e: Data) => e.sentence).join(' ')).toContain(
      'Sprecherin des US-Außenministeriums, Tammy Bruce',
    );
  });
});
