import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/loading/seed.js';
import { projectRoot } from '../../src/project-root.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { testRunner } from '../support/graph.js';
import { startTestServer } from '../support/server.js';

// Every named operation in schema/examples/*.graphql runs against the seeded graph, and its answer
// is checked. An example without a check fails, so examples cannot rot unnoticed.

// Responses are checked field by field, so they are left untyped.
// biome-ignore lint/suspicious/noExplicitAny: each test reads its own query's fields; the assertions check them
type Data = any;

const checks: Record<string, (data: Data) => void> = {
  WhatTammyBruceSaid: (data) => {
    // The article names the ministry by the country's prefix: an organisation of its own.
    expect(data.entity.positions).toContainEqual(
      expect.objectContaining({
        title: 'Sprecherin',
        country: { isoCode: 'US' },
        organization: { name: 'US-Außenministerium' },
        organizationName: null,
        former: false,
        firstSeen: '2025-04-11',
        lastSeen: '2025-04-11',
      }),
    );
    expect(data.entity.quotes.totalCount).toBe(1);
    const quote = data.entity.quotes.edges[0].node;
    expect(quote).toMatchObject({ direct: true, field: 'BODY' });
    expect(quote.text).toMatch(/^Die Gespräche konzentrieren sich ausschließlich/);
    expect(quote.sentence).toContain('sagte die Sprecherin des US-Außenministeriums');
    expect(quote.end - quote.start).toBe(quote.text.length);
    expect(quote.about.map((e: Data) => e.name).sort()).toEqual(['Russland', 'Ukraine']);
  },
  QuotesAboutTheUkraine: (data) => {
    expect(data.quotes.totalCount).toBe(3);
    const speakers = data.quotes.edges.map(
      (edge: Data) => edge.node.speaker?.name ?? edge.node.speakerText,
    );
    expect(speakers.sort()).toEqual(['RIA', 'Tammy Bruce', 'russische Medien']);
  },
  WhatRiaReported: (data) => {
    expect(data.entity.quotes.totalCount).toBe(2);
    expect(data.entity.quotes.edges.every((edge: Data) => edge.node.direct === false)).toBe(true);
    expect(data.entity.people.totalCount).toBe(0);
  },
  WhoIsPutin: (data) => {
    expect(data.entity).toMatchObject({
      __typename: 'Person',
      name: 'Wladimir Putin',
      status: 'CURATED',
      country: { isoCode: 'RU' },
    });
    expect(data.entity.articles.totalCount).toBe(1);
    expect(data.entity.coMentioned.map((c: Data) => c.entity.name).sort()).toEqual([
      'Donald Trump',
      'Tammy Bruce',
    ]);
    expect(data.entity.meetings).toEqual([]);
  },
  LatestArticlesWithEntities: (data) => {
    const [latest] = data.articles.edges;
    expect(data.articles.totalCount).toBe(5);
    expect(latest.node.title).toBe(
      'Treffen zwischen Russland und den USA beendet. Keine Gespräche über die Ukraine',
    );
    expect(latest.node.photoCredits).toEqual(['EPA/MAXIM SHIPENKOV']);
    expect(latest.node.people.map((p: Data) => p.name).sort()).toEqual([
      'Donald Trump',
      'Tammy Bruce',
      'Wladimir Putin',
    ]);
    expect(latest.node.organizations.map((o: Data) => o.name)).toContain('RIA');
    expect(latest.node.mentions.edges[0].node).toMatchObject({
      surface: 'Russland',
      field: 'TITLE',
      entity: { name: 'Russland' },
    });
  },
  MeetingsInIstanbul: (data) => {
    expect(data.entity.country.name).toBe('Türkei');
    expect(data.entity.meetings.map((m: Data) => m.date)).toEqual(['2025-02-27', '2025-04-10']);
    const april = data.entity.meetings[1];
    expect(april.reportedBy.totalCount).toBe(2);
    expect(april.participants.map((p: Data) => p.name).sort()).toEqual(['Russland', 'USA']);
  },
  SearchTalks: (data) => {
    expect(data.search.length).toBeGreaterThan(1);
    expect(data.search.map((hit: Data) => hit.node.name ?? hit.node.title)).toContain('Istanbul');
    const scores = data.search.map((hit: Data) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  },
  GraphStats: (data) => {
    const counts = Object.fromEntries(data.stats.nodes.map((n: Data) => [n.label, n.count]));
    expect(counts).toMatchObject({ Article: 5, Meeting: 3, Outlet: 1 });
    expect(counts.Country).toBeGreaterThanOrEqual(249);
    expect(data.stats.relationships).toBeGreaterThan(100);
  },
  TopPeople: (data) => {
    expect(data.topEntities).toHaveLength(5);
    expect(data.topEntities.every((row: Data) => row.count >= 1 && row.articleCount === 1)).toBe(
      true,
    );
  },
  RussiaPerMonth: (data) => {
    expect(data.timeline).toEqual([
      { start: '2025-02-01', count: 1 },
      { start: '2025-03-01', count: 1 },
      { start: '2025-04-01', count: 2 },
    ]);
  },
  MeetingCalendar: (data) => {
    expect(data.meetings.totalCount).toBe(3);
    expect(
      data.meetings.edges.map((e: Data) => [e.node.date, e.node.place.name, e.node.country.name]),
    ).toEqual([
      ['2025-02-18', 'Riad', 'Saudi-Arabien'],
      ['2025-02-27', 'Istanbul', 'Türkei'],
      ['2025-04-10', 'Istanbul', 'Türkei'],
    ]);
  },
  SikorskiToPeskow: (data) => {
    const path = data.shortestPath;
    expect(path.length).toBeLessThanOrEqual(4);
    expect(path.nodes[0].name).toBe('Radosław Sikorski');
    expect(path.nodes.at(-1).name).toBe('Dmitri Peskow');
    expect(path.edges).toHaveLength(path.length);
  },
  AroundPeskow: (data) => {
    expect(data.neighborhood.nodes.length).toBeLessThanOrEqual(11);
    expect(data.neighborhood.truncated).toBe(true);
  },
  ArticlesMentioningBothPeople: (data) => {
    expect(data.articles.edges.map((e: Data) => e.node.title)).toEqual([
      'Treffen zwischen Russland und den USA beendet. Keine Gespräche über die Ukraine',
    ]);
  },
};

const examplesDir = join(projectRoot, 'schema', 'examples');
const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => {
    const source = readFileSync(join(examplesDir, file), 'utf8');
    return parse(source)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
      .map((operation) => ({ file, name: operation.name?.value ?? '(anonymous)', source }));
  });

describe('schema/examples', () => {
  let server: GraphServer;
  beforeAll(async () => {
    await seedGraph(testRunner(), () => {});
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('has examples for exploration, dashboards, quotes and traversal', () => {
    expect(new Set(examples.map((e) => e.file))).toEqual(
      new Set(['dashboard.graphql', 'exploration.graphql', 'quotes.graphql', 'traversal.graphql']),
    );
  });

  for (const example of examples) {
    it(`${example.file} › ${example.name} runs and answers right`, async () => {
      const check = checks[example.name];
      expect(check, `no check for example ${example.name}`).toBeDefined();
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.source, operationName: example.name }),
      });
      const body = (await response.json()) as { data?: Data; errors?: unknown[] };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      check?.(body.data);
    });
  }
});
