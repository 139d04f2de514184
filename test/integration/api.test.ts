import { LiveEvents } from '../../src/schema/live-events.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRunner } from '../../src/graph/runner.js';
import { PageIngestor } from '../../src/loading/page-ingestor.js';
import { seedGraph } from '../../src/loading/seed.js';
import type { GraphContext } from '../../src/schema/context.js';
import { ALL_HEAVY_FIELDS, type HeavyFields } from '../../src/schema/heavy-fields.js';
import { schema } from '../../src/schema/index.js';
import { loadConfig } from '../../src/config.js';
import { type GraphServer, limitsFromConfig } from '../../src/server/graph-server.js';
import { testDriver, testRunner } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';

// The API's promises, over real HTTP against the seeded graph.

// Responses are checked field by field, so they are left untyped.
type Data = any;

let server: GraphServer;
const gql = (query: string, variables: Record<string, unknown> = {}) =>
  postGraphQL<Data>(server.url, query, variables, { 'x-debug-cypher': '1' });

const person = (id: string) => encodeGlobalID('Person', `person:${id}`);

beforeAll(async () => {
  await seedGraph(testRunner(), () => {});
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('articles', () => {
  const PAGE = `query($first: Int, $after: String, $direction: SortDirection) {
    articles(first: $first, after: $after, orderBy: {direction: $direction}) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id publishedAt } }
    }
  }`;

  it('pages both directions with cursors, halves making the whole', async () => {
    for (const direction of ['ASC', 'DESC']) {
      const all = await gql(PAGE, { first: 5, direction });
      const dates = all.data.articles.edges.map((e: Data) => e.node.publishedAt);
      expect(dates).toEqual([...dates].sort((a: string, b: string) => (direction === 'ASC' ? Date.parse(a) - Date.parse(b) : Date.parse(b) - Date.parse(a))));
      const first = await gql(PAGE, { first: 2, direction });
      const rest = await gql(PAGE, { first: 5, after: first.data.articles.pageInfo.endCursor, direction });
      expect(rest.data.articles.pageInfo.hasNextPage).toBe(false);
      expect([...first.data.articles.edges, ...rest.data.articles.edges].map((e: Data) => e.node.id)).toEqual(
        all.data.articles.edges.map((e: Data) => e.node.id),
      );
      expect(rest.data.articles.totalCount).toBe(5);
    }
  });

  it('filters by period, by mentioned entities and by text, the text matched literally', async () => {
    const query = `query($where: ArticleWhere) { articles(where: $where) { totalCount edges { node { title } } } }`;
    expect((await gql(query, { where: { from: '2025-04-01T00:00:00+02:00' } })).data.articles.totalCount).toBe(2);
    expect((await gql(query, { where: { mentions: [encodeGlobalID('City', 'city:istanbul')] } })).data.articles.totalCount).toBe(3);
    expect((await gql(query, { where: { text: 'Bürgermeister' } })).data.articles.totalCount).toBe(1);
    const hostile = await gql(query, { where: { text: "'}) MATCH (n) DETACH DELETE n // `x` $param title:*" } });
    expect(hostile.errors).toBeUndefined();
    expect(hostile.data.articles.totalCount).toBe(0);
    expect((await gql(query, {})).data.articles.totalCount).toBe(5);
  });
});

describe('fields read only when named (article text, details and date, meeting evidence and location, entity details)', () => {
  const TEXTS = '{ articles(first: 5) { edges { node { title lead body text captions photoCredits signature } } } }';

  it('comes with the records when the document names a text field: no statement more', async () => {
    const { data, errors, extensions } = await gql(TEXTS);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const nodes = data.articles.edges.map((e: Data) => e.node);
    expect(nodes).toHaveLength(5);
    for (const node of nodes) {
      expect(node.lead.length).toBeGreaterThan(0);
      expect(node.text).toBe([node.lead, node.body].filter(Boolean).join('\n\n'));
    }
    expect(nodes.some((node: Data) => node.photoCredits.length > 0)).toBe(true);
    expect(nodes.some((node: Data) => node.signature)).toBe(true);
    expect(extensions?.cypher).toMatchObject({ statements: 1 });
  });

  // As if the document had named no heavy field: records are read without them.
  async function executeWithout(query: string, without: Partial<HeavyFields>) {
    const runner = new QueryRunner(testDriver(), 'neo4j');
    const context: GraphContext = {
      runner,
      limits: limitsFromConfig(loadConfig({ NODE_ENV: 'test' })),
      access: { presented: false, canRead: true, canIngest: false },
      requestId: 'heavy-fields-test',
      ingestor: new PageIngestor(),
      heavyFields: { ...ALL_HEAVY_FIELDS, ...without },
      events: new LiveEvents(new EventTarget(), { maxSubscriptions: 1, bufferSize: 1 }),
    };
    const result = await execute({ schema, document: parse(query), contextValue: context });
    return { ...result, statements: runner.stats.statements };
  }

  /** Read without `without`, the document answers as over HTTP, in `statements` statements. */
  async function expectSameAnswersWithout(
    query: string,
    without: Partial<HeavyFields>,
    overHttp: Data,
    statements: number,
  ) {
    const result = await executeWithout(query, without);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data).toEqual(overHttp.data);
    expect(result.statements).toBe(statements);
  }

  it('is fetched in one batch for records read without it, with the same answers', async () => {
    const overHttp = await gql(TEXTS);
    await expectSameAnswersWithout(TEXTS, { articleText: false }, overHttp, 2);
  });

  it("does the same for meetings' reporting sentences", async () => {
    const EVIDENCE = '{ meetings { edges { node { date evidence } } } }';
    const overHttp = await gql(EVIDENCE);
    expect(overHttp.errors, JSON.stringify(overHttp.errors)).toBeUndefined();
    expect(overHttp.data.meetings.edges.every((e: Data) => e.node.evidence.length > 0)).toBe(true);
    expect(overHttp.extensions?.cypher).toMatchObject({ statements: 1 });
    await expectSameAnswersWithout(EVIDENCE, { meetingEvidence: false }, overHttp, 2);
  });

  it("does the same for entities' details", async () => {
    const DETAILS = `{ articles(first: 5) { edges { node { entities { name nameDe aliases
      ... on Person { role status evidence } ... on Country { isoCode } } } } } }`;
    const overHttp = await gql(DETAILS);
    expect(overHttp.errors, JSON.stringify(overHttp.errors)).toBeUndefined();
    const entities = overHttp.data.articles.edges.flatMap((e: Data) => e.node.entities);
    expect(entities.some((entity: Data) => entity.aliases.length > 0)).toBe(true);
    expect(entities.some((entity: Data) => /^[A-Z]{2}$/.test(entity.isoCode ?? ''))).toBe(true);
    expect(overHttp.extensions?.cypher).toMatchObject({ statements: 2 });
    await expectSameAnswersWithout(DETAILS, { entityDetails: false }, overHttp, 3);
  });

  it("does the same for articles' details", async () => {
    const DETAILS = '{ articles(first: 5) { edges { node { title language url degraded } } } }';
    const overHttp = await gql(DETAILS);
    expect(overHttp.errors, JSON.stringify(overHttp.errors)).toBeUndefined();
    const nodes = overHttp.data.articles.edges.map((e: Data) => e.node);
    expect(nodes.every((node: Data) => node.language === 'de' && typeof node.degraded === 'boolean')).toBe(true);
    expect(overHttp.extensions?.cypher).toMatchObject({ statements: 1 });
    await expectSameAnswersWithout(DETAILS, { articleDetails: false }, overHttp, 2);
  });

  it("does the same for articles' publishedAt, and makes cursors only when asked", async () => {
    const DATES = `{ articles(first: 3) { edges { node { title publishedAt } } }
      meetings(first: 2) { edges { node { reportedBy(first: 1) { edges { node { publishedAt } } } } } } }`;
    const overHttp = await gql(DATES);
    expect(overHttp.errors, JSON.stringify(overHttp.errors)).toBeUndefined();
    const dates = overHttp.data.articles.edges.map((e: Data) => e.node.publishedAt);
    expect(dates).toHaveLength(3);
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(overHttp.extensions?.cypher).toMatchObject({ statements: 3 });
    // One fallback statement per level whose records reach publishedAt: two here.
    await expectSameAnswersWithout(DATES, { articleDates: false }, overHttp, 5);
    // Without publishedAt or a cursor named, no record carries the date, and nothing asks for it.
    const titlesOnly = await executeWithout('{ articles(first: 3) { edges { node { title } } pageInfo { hasNextPage } } }', {
      articleDates: false,
    });
    expect(titlesOnly.errors).toBeUndefined();
    expect(titlesOnly.statements).toBe(1);
  });

  it("does the same for where meetings were held", async () => {
    const LOCATIONS = '{ meetings { edges { node { date place { name } country { name } } } } }';
    const overHttp = await gql(LOCATIONS);
    expect(overHttp.errors, JSON.stringify(overHttp.errors)).toBeUndefined();
    const nodes = overHttp.data.meetings.edges.map((e: Data) => e.node);
    expect(nodes.some((node: Data) => node.place?.name && node.country?.name)).toBe(true);
    expect(overHttp.extensions?.cypher).toMatchObject({ statements: 3 });
    await expectSameAnswersWithout(LOCATIONS, { meetingLocation: false }, overHttp, 4);
  });

  it('counts per-parent totals only for documents that name totalCount', async () => {
    const TOTALS = '{ entity(name: "Putins") { articles(first: 1) { totalCount edges { node { title } } } } }';
    const overHttp = await gql(TOTALS);
    expect(overHttp.errors, JSON.stringify(overHttp.errors)).toBeUndefined();
    expect(overHttp.data.entity.articles.totalCount).toBe(1);
    // Told not to count, the statement leaves the total out, and the field refuses to answer 0.
    const uncounted = await executeWithout(TOTALS, { totalCounts: false });
    expect(uncounted.errors?.map((error) => error.message)).toEqual(['totalCount was not counted for this request']);
  });
});

describe('entities', () => {
  it('resolves "Putins" to Wladimir Putin, with articles, co-mentions and meetings', async () => {
    const { data } = await gql(`{ entity(name: "Putins") { __typename name ... on Person {
      country { name } coMentioned { entity { name } count } meetings { date } }
      articles { totalCount edges { node { publishedAt } } } } }`);
    expect(data.entity).toMatchObject({ __typename: 'Person', name: 'Wladimir Putin', country: { name: 'Russland' }, meetings: [] });
    expect(data.entity.articles.edges.map((e: Data) => e.node.publishedAt)).toEqual(['2025-04-11T00:10:00+02:00']);
    expect(data.entity.coMentioned).toEqual([
      { entity: { name: 'Donald Trump' }, count: 1 },
      { entity: { name: 'Tammy Bruce' }, count: 1 },
    ]);
  });

  it('resolves inflected countries and adjectives, and answers null for unknown names', async () => {
    const query = `query($name: String!) { entity(name: $name) { name } }`;
    expect((await gql(query, { name: 'Russlands' })).data.entity.name).toBe('Russland');
    expect((await gql(query, { name: 'türkischen' })).data.entity.name).toBe('Türkei');
    expect((await gql(query, { name: 'Istanbuls' })).data.entity.name).toBe('Istanbul');
    expect((await gql(query, { name: "x' OR 1=1 //" })).data.entity).toBeNull();
  });

  it('loads nodes by global id, and lists entities by name', async () => {
    const { data } = await gql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Entity { name } } }`, {
      ids: [person('dmitri-peskow'), encodeGlobalID('Country', 'country:SA')],
    });
    expect(data.nodes).toEqual([{ __typename: 'Person', name: 'Dmitri Peskow' }, { __typename: 'Country', name: 'Saudi-Arabien' }]);
    const people = await gql('{ people(first: 3) { totalCount edges { node { name } } } }');
    expect(people.data.people.totalCount).toBeGreaterThanOrEqual(8);
    const names = people.data.people.edges.map((e: Data) => e.node.name);
    expect(names).toEqual([...names].sort());
  });
});

describe('meetings', () => {
  it('finds the two Istanbul meetings; the one of 10 April has both reports and Russia and the USA', async () => {
    const { data, errors, extensions } = await gql(
      `query($place: ID!) { meetings(where: {place: $place}) { totalCount edges { node { date status
        participants { name } reportedBy { totalCount edges { node { publishedAt } } } } } } }`,
      { place: encodeGlobalID('City', 'city:istanbul') },
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    expect(data.meetings.totalCount).toBe(2);
    const april = data.meetings.edges.find((e: Data) => e.node.date === '2025-04-10').node;
    expect(april.status).toBe('HELD');
    expect(april.participants.map((p: Data) => p.name).sort()).toEqual(['Russland', 'USA']);
    expect(april.reportedBy.edges.map((e: Data) => e.node.publishedAt)).toEqual(['2025-04-09T06:00:00+02:00', '2025-04-11T00:10:00+02:00']);
    // The meetings bring their participants' records; the reports are the second statement.
    expect(extensions?.cypher).toMatchObject({ statements: 2 });
  });

  it("brings a country's meetings with their participants in one statement after the node's", async () => {
    const { data, errors, extensions } = await gql(
      `query($id: ID!) { node(id: $id) { ... on Country { meetings { date participants { __typename name } } } } }`,
      { id: encodeGlobalID('Country', 'country:RU') },
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const april = data.node.meetings.find((meeting: Data) => meeting.date === '2025-04-10');
    expect(april.participants.map((p: Data) => [p.__typename, p.name]).sort()).toEqual([
      ['Country', 'Russland'],
      ['Country', 'USA'],
    ]);
    expect(extensions?.cypher).toMatchObject({ statements: 2 });
  });

  it('rejects a place id of the wrong type with BAD_USER_INPUT', async () => {
    const { errors } = await gql(`query($place: ID!) { meetings(where: {place: $place}) { totalCount } }`, { place: person('dmitri-peskow') });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('expected the id of a City');
  });
});

describe('traversal', () => {
  it('finds a path from Sikorski to Peskow of at most 4 hops whose every edge exists', async () => {
    const { data } = await gql(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id } edges { from to type } } }`,
      { from: person('radoslaw-sikorski'), to: person('dmitri-peskow') },
    );
    const path = data.shortestPath;
    expect(path.length).toBeLessThanOrEqual(4);
    expect(path.nodes[0].id).toBe(person('radoslaw-sikorski'));
    expect(path.nodes.at(-1).id).toBe(person('dmitri-peskow'));
    // Consecutive nodes are joined by the listed edge (in either direction).
    path.edges.forEach((edge: Data, index: number) => {
      const pair = [path.nodes[index].id, path.nodes[index + 1].id].sort();
      expect([edge.from, edge.to].sort()).toEqual(pair);
    });
    const { data: check } = await gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: path.nodes.map((n: Data) => n.id) });
    expect(check.nodes.every((n: Data) => n !== null)).toBe(true);
  });

  it('answers null when no path fits in maxHops', async () => {
    const { data } = await gql(`query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 1) { length } }`, {
      from: person('radoslaw-sikorski'),
      to: person('dmitri-peskow'),
    });
    expect(data.shortestPath).toBeNull();
  });

  it('honours depth and limit in neighborhood and says when it truncated', async () => {
    const query = `query($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) {
      truncated nodes { id } edges { from to } } }`;
    const peskow = person('dmitri-peskow');
    const near = await gql(query, { id: peskow, depth: 1, limit: 50 });
    expect(near.data.neighborhood.truncated).toBe(false);
    expect(near.data.neighborhood.nodes).toHaveLength(3); // Peskow, his article, Russia
    const wider = await gql(query, { id: peskow, depth: 2, limit: 50 });
    expect(wider.data.neighborhood.nodes.length).toBeGreaterThan(3);
    const capped = await gql(query, { id: peskow, depth: 2, limit: 4 });
    expect(capped.data.neighborhood.nodes).toHaveLength(5);
    expect(capped.data.neighborhood.truncated).toBe(true);
    const ids = new Set(capped.data.neighborhood.nodes.map((n: Data) => n.id));
    for (const edge of capped.data.neighborhood.edges) {
      expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    }
    const tooDeep = await gql(query, { id: peskow, depth: 4 });
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'depth', max: 3, actual: 4 });
  });
});

describe('batching', () => {
  const NESTED = `query($first: Int) { articles(first: $first) { edges { node { title
    people { name country { name } coMentioned(first: 3) { entity { name } count } } } } } }`;

  it('runs one statement per relation field, whatever the number of articles', async () => {
    const one = await gql(NESTED, { first: 1 });
    const all = await gql(NESTED, { first: 5 });
    expect(all.errors).toBeUndefined();
    // articles, people, country, coMentioned: four relation fields, four statements.
    expect(one.extensions?.cypher).toMatchObject({ statements: 4 });
    expect(all.extensions?.cypher).toMatchObject({ statements: 4 });
    const people = all.data.articles.edges.flatMap((e: Data) => e.node.people);
    expect(people.length).toBeGreaterThanOrEqual(8);
  });
});

describe('top entities', () => {
  const TOP = `query($from: DateTime, $to: DateTime) {
    topEntities(kind: COUNTRY, first: 50, from: $from, to: $to) { entity { id name } count articleCount }
  }`;
  const russia = (rows: Data[]) => rows.find((row) => row.entity.id === encodeGlobalID('Country', 'country:RU'));

  it('counts over all time in one statement that brings the entities too', async () => {
    const all = await gql(TOP);
    expect(all.errors).toBeUndefined();
    expect(all.extensions?.cypher).toMatchObject({ statements: 1 });
    expect(russia(all.data.topEntities)).toMatchObject({ entity: { name: 'Russland' }, articleCount: 4 });
    // A period wider than the corpus counts the same as no period.
    const wide = await gql(TOP, { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' });
    expect(wide.data.topEntities).toEqual(all.data.topEntities);
  });

  it('counts within a period only the articles published in it', async () => {
    const april = await gql(TOP, { from: '2025-04-01T00:00:00+02:00', to: '2025-05-01T00:00:00+02:00' });
    expect(april.errors).toBeUndefined();
    expect(russia(april.data.topEntities)).toMatchObject({ articleCount: 2 });
  });
});

describe('search', () => {
  it('returns articles and entities with their nodes from one statement', async () => {
    const { data, errors, extensions } = await gql(
      `{ search(query: "Istanbul", first: 10) { score node { __typename ... on Article { title } ... on Entity { name } } } }`,
    );
    expect(errors).toBeUndefined();
    const kinds = new Set(data.search.map((hit: Data) => hit.node.__typename));
    expect(kinds.has('City')).toBe(true);
    expect(kinds.has('Article')).toBe(true);
    expect(data.search.find((hit: Data) => hit.node.__typename === 'City').node.name).toBe('Istanbul');
    for (const hit of data.search) expect(hit.node.title ?? hit.node.name).toBeTruthy();
    // The hits carry their records: no second statement to load the nodes.
    expect(extensions?.cypher).toMatchObject({ statements: 1 });
  });
});
