import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/loading/seed.js';
import { projectRoot } from '../../src/project-root.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { testRunner } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';

// A trip told in one sentence is one meeting per stop, each knowing the others; a same-day report
// with no stated day carries the date line's day, marked as inferred.

// biome-ignore lint/suspicious/noExplicitAny: each test reads its own query's fields
type Data = any;

let server: GraphServer;
const gql = (
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => postGraphQL<Data>(server.url, query, variables, headers);

beforeAll(async () => {
  await seedGraph(testRunner(), () => {});
  server = await startTestServer({ INGEST_TOKENS: 'test-ingest-token-trips' });
  const text = readFileSync(
    join(projectRoot, 'test', 'fixtures', 'eval', 'hand-reise-absage.txt'),
    'utf8',
  );
  const ingested = await gql(
    'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { articlesNew } }',
    { input: { text } },
    { authorization: 'Bearer test-ingest-token-trips' },
  );
  expect(ingested.errors).toBeUndefined();
});
afterAll(async () => {
  await server?.close();
});

const MEETINGS = `{
  meetings(first: 100) {
    edges { node { id date dateInferred status place { name } participants { name }
      tripStops { id date place { name } tripStops { id } } } }
  }
}`;

describe('trips and inferred dates through the API', () => {
  it('answers each stop of a trip with the other stops, by date', async () => {
    const { data, errors } = await gql(MEETINGS);
    expect(errors).toBeUndefined();
    const nodes = data.meetings.edges.map((edge: Data) => edge.node);
    const stockholm = nodes.find((m: Data) => m.place?.name === 'Stockholm');
    const oslo = nodes.find((m: Data) => m.place?.name === 'Oslo');
    expect(stockholm).toMatchObject({ date: '2026-02-02', dateInferred: false });
    expect(oslo).toMatchObject({ date: '2026-02-03', dateInferred: false });
    expect(stockholm.tripStops).toEqual([
      {
        id: oslo.id,
        date: '2026-02-03',
        place: { name: 'Oslo' },
        tripStops: [{ id: stockholm.id }],
      },
    ]);
    expect(oslo.tripStops.map((m: Data) => m.id)).toEqual([stockholm.id]);
    // A meeting told alone is no stop of a trip.
    const cancelled = nodes.find((m: Data) => m.status === 'CANCELLED');
    expect(cancelled.tripStops).toEqual([]);
  });

  it('marks a date taken from the date line of a same-day report as inferred', async () => {
    const { data } = await gql(MEETINGS);
    const nodes = data.meetings.edges.map((edge: Data) => edge.node);
    const visit = nodes.find(
      (m: Data) =>
        m.place?.name === 'Warschau' &&
        m.participants.some((p: Data) => p.name === 'Gitanas Nausėda'),
    );
    expect(visit).toMatchObject({ date: '2026-02-10', dateInferred: true, status: 'HELD' });
  });
});
