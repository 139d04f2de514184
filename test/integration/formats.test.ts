import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/ingest/catalog/index.js';
import { loadPage } from '../../src/loading/load-pages.js';
import { seedGraph } from '../../src/loading/seed.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { emptyGraph, testRunner } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';

// A format's meeting and a state's institution, written by ingest and read through the API.

// biome-ignore lint/suspicious/noExplicitAny: each test reads its own query's fields; the assertions check them
type Data = any;

const PAGE = `Deutsche Redaktion

Außenminister beraten in Paris

12.06.2025 10:00
Das Weimarer Dreieck ist am Mittwoch in Paris zusammengekommen. Die litauische Regierungskanzlei sprach von einem guten Signal.
`;

let server: GraphServer;
const gql = (query: string) => postGraphQL<Data>(server.url, query, {});

beforeAll(async () => {
  await seedGraph(testRunner(), () => {});
  const outcome = await loadPage(testRunner(), loadCatalog(), {
    name: 'formate.txt',
    bytes: Buffer.from(PAGE),
  });
  if (!outcome.ok) throw new Error(outcome.reason);
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  // The seeded graph other files count on has no page of this file's.
  await emptyGraph();
});

describe('formats and institutions through the API', () => {
  it('answers a format’s meeting with its member states at the table', async () => {
    const { data, errors } = await gql(`{ meetings(first: 100) { edges { node { date
      place { name } participants { __typename name ... on Organization { members { name } } } } } } }`);
    expect(errors).toBeUndefined();
    const meeting = data.meetings.edges
      .map((edge: Data) => edge.node)
      .find((node: Data) => node.participants.some((p: Data) => p.name === 'Weimarer Dreieck'));
    expect(meeting).toMatchObject({ date: '2025-06-11', place: { name: 'Paris' } });
    const names = meeting.participants.map((p: Data) => p.name).sort();
    expect(names).toEqual(['Deutschland', 'Frankreich', 'Polen', 'Weimarer Dreieck']);
    const format = meeting.participants.find((p: Data) => p.__typename === 'Organization');
    expect(format.members.map((c: Data) => c.name).sort()).toEqual([
      'Deutschland',
      'Frankreich',
      'Polen',
    ]);
  });

  it('answers a discovered institution with its country', async () => {
    const { data, errors } = await gql(`{ entity(name: "Litauische Regierungskanzlei") {
      __typename name ... on Organization { country { isoCode } members { id } } } }`);
    expect(errors).toBeUndefined();
    expect(data.entity).toEqual({
      __typename: 'Organization',
      name: 'Litauische Regierungskanzlei',
      country: { isoCode: 'LT' },
      members: [],
    });
  });
});
