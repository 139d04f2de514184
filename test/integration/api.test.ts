import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/loading/seed.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { testRunner } from '../support/graph.js';
import { postGraphQL, startTestServer } from '../support/server.js';

// The API's promises, over real HTTP against the seeded graph.

// Responses are checked field by field, so they are left untyped.
// biome-ignore lint/suspicious/noExplicitAny: each test reads its own query's fields; the assertions check them
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
      expect(dates).toEqual(
        [...dates].sort((a: string, b: string) =>
          direction === 'ASC' ? Date.parse(a) - Date.parse(b) : Date.parse(b) - Date.parse(a),
        ),
      );
      const first = await gql(PAGE, { first: 2, direction });
      const rest = await gql(PAGE, {
        first: 5,
        after: first.data.articles.pageInfo.endCursor,
        direction,
      });
      expect(rest.data.articles.pageInfo.hasNextPage).toBe(false);
      expect(
        [...first.data.articles.edges, ...rest.data.articles.edges].map((e: Data) => e.node.id),
      ).toEqual(all.data.articles.edges.map((e: Data) => e.node.id));
      expect(rest.data.articles.totalCount).toBe(5);
    }
  });

  it('filters by period, by mentioned entities and by text, the text matched literally', async () => {
    const query = `query($where: ArticleWhere) { articles(where: $where) { totalCount edges { node { title } } } }`;
    expect(
      (await gql(query, { where: { from: '2025-04-01T00:00:00+02:00' } })).data.articles.totalCount,
    ).toBe(2);
    expect(
      (await gql(query, { where: { mentions: [encodeGlobalID('City', 'city:istanbul')] } })).data
        .articles.totalCount,
    ).toBe(3);
    expect((await gql(query, { where: { text: 'Bürgermeister' } })).data.articles.totalCount).toBe(
      1,
    );
    const hostile = await gql(query, {
      where: { text: "'}) MATCH (n) DETACH DELETE n // `x` $param title:*" },
    });
    expect(hostile.errors).toBeUndefined();
    expect(hostile.data.articles.totalCount).toBe(0);
    expect((await gql(query, {})).data.articles.totalCount).toBe(5);
  });
});

describe('what a field reads: parts its own selection needs; node loaders read light records and fallbacks complete them', () => {
  const nodes = (fields: string, ids: string[]) =>
    gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id ${fields} } }`, { ids });

  it('reads article text with the list that selects it, and in one more statement for nodes', async () => {
    const TEXTS =
      '{ articles(first: 5) { edges { node { id title lead body text captions photoCredits signature } } } }';
    const { data, errors, extensions } = await gql(TEXTS);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const list = data.articles.edges.map((e: Data) => e.node);
    expect(list).toHaveLength(5);
    for (const node of list) {
      expect(node.lead.length).toBeGreaterThan(0);
      expect(node.text).toBe([node.lead, node.body].filter(Boolean).join('\n\n'));
    }
    expect(list.some((node: Data) => node.photoCredits.length > 0)).toBe(true);
    expect(list.some((node: Data) => node.signature)).toBe(true);
    expect(extensions?.cypher).toMatchObject({ statements: 1 });
    const byId = await nodes(
      '... on Article { title lead body text captions photoCredits signature }',
      list.map((n: Data) => n.id),
    );
    expect(byId.data.nodes).toEqual(list);
    expect(byId.extensions?.cypher).toMatchObject({ statements: 2 });
  });

  it("does the same for articles' details", async () => {
    const { data, errors, extensions } = await gql(
      '{ articles(first: 5) { edges { node { id title language url degraded } } } }',
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const list = data.articles.edges.map((e: Data) => e.node);
    expect(
      list.every((node: Data) => node.language === 'de' && typeof node.degraded === 'boolean'),
    ).toBe(true);
    expect(extensions?.cypher).toMatchObject({ statements: 1 });
    const byId = await nodes(
      '... on Article { title language url degraded }',
      list.map((n: Data) => n.id),
    );
    expect(byId.data.nodes).toEqual(list);
    expect(byId.extensions?.cypher).toMatchObject({ statements: 2 });
  });

  it("does the same for meetings' reporting sentences", async () => {
    const { data, errors, extensions } = await gql(
      '{ meetings { edges { node { id date evidence } } } }',
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const list = data.meetings.edges.map((e: Data) => e.node);
    expect(list.every((node: Data) => node.evidence.length > 0)).toBe(true);
    expect(extensions?.cypher).toMatchObject({ statements: 1 });
    const byId = await nodes(
      '... on Meeting { date evidence }',
      list.map((n: Data) => n.id),
    );
    expect(byId.data.nodes).toEqual(list);
    expect(byId.extensions?.cypher).toMatchObject({ statements: 2 });
  });

  it("does the same for entities' details", async () => {
    const DETAILS = `{ people(first: 20) { edges { node { id name nameDe aliases role status evidence } } }
      countries(first: 5) { edges { node { id isoCode } } } }`;
    const { data, errors, extensions } = await gql(DETAILS);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const people = data.people.edges.map((e: Data) => e.node);
    expect(people.some((entity: Data) => entity.aliases.length > 0)).toBe(true);
    expect(data.countries.edges.every((e: Data) => /^[A-Z]{2}$/.test(e.node.isoCode))).toBe(true);
    expect(extensions?.cypher).toMatchObject({ statements: 2 });
    const byId = await nodes(
      '... on Person { name nameDe aliases role status evidence }',
      people.map((n: Data) => n.id),
    );
    expect(byId.data.nodes).toEqual(people);
    expect(byId.extensions?.cypher).toMatchObject({ statements: 2 });
  });

  it("does the same for articles' publishedAt, and makes cursors only when asked", async () => {
    const DATES = `{ articles(first: 3) { edges { node { id title publishedAt } } }
      meetings(first: 2) { edges { node { reportedBy(first: 1) { edges { node { publishedAt } } } } } } }`;
    const { data, errors, extensions } = await gql(DATES);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const list = data.articles.edges.map((e: Data) => e.node);
    expect(list).toHaveLength(3);
    for (const node of list)
      expect(node.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    // The articles; the meetings with their reports (look-ahead).
    expect(extensions?.cypher).toMatchObject({ statements: 2 });
    const byId = await nodes(
      '... on Article { title publishedAt }',
      list.map((n: Data) => n.id),
    );
    expect(byId.data.nodes).toEqual(list);
    expect(byId.extensions?.cypher).toMatchObject({ statements: 2 });
    const paged = await gql(
      '{ articles(first: 2) { pageInfo { endCursor } edges { cursor node { title } } } }',
    );
    expect(paged.errors).toBeUndefined();
    expect(paged.data.articles.pageInfo.endCursor).toBe(paged.data.articles.edges[1].cursor);
    expect(paged.extensions?.cypher).toMatchObject({ statements: 1 });
  });

  it('does the same for where meetings were held', async () => {
    const { data, errors, extensions } = await gql(
      '{ meetings { edges { node { id date place { name } country { name } } } } }',
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const list = data.meetings.edges.map((e: Data) => e.node);
    expect(list.some((node: Data) => node.place?.name && node.country?.name)).toBe(true);
    // The meetings, then the cities and the countries (node loaders of their own types).
    expect(extensions?.cypher).toMatchObject({ statements: 3 });
    const byId = await nodes(
      '... on Meeting { date place { name } country { name } }',
      list.map((n: Data) => n.id),
    );
    expect(byId.data.nodes).toEqual(list);
    expect(byId.extensions?.cypher).toMatchObject({ statements: 4 });
  });

  it('counts a per-parent total when it is selected', async () => {
    const { data, errors, extensions } = await gql(
      '{ entity(name: "Putins") { articles(first: 1) { totalCount edges { node { title } } } } }',
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    expect(data.entity.articles.totalCount).toBe(1);
    expect(extensions?.cypher).toMatchObject({ statements: 1 });
  });
});

describe('entities', () => {
  it('resolves "Putins" to Wladimir Putin, with articles, co-mentions and meetings', async () => {
    const { data } = await gql(`{ entity(name: "Putins") { __typename name ... on Person {
      country { name } coMentioned { entity { name } count } meetings { date } }
      articles { totalCount edges { node { publishedAt } } } } }`);
    expect(data.entity).toMatchObject({
      __typename: 'Person',
      name: 'Wladimir Putin',
      country: { name: 'Russland' },
      meetings: [],
    });
    expect(data.entity.articles.edges.map((e: Data) => e.node.publishedAt)).toEqual([
      '2025-04-11T00:10:00+02:00',
    ]);
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
    const { data } = await gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Entity { name } } }`,
      {
        ids: [person('dmitri-peskow'), encodeGlobalID('Country', 'country:SA')],
      },
    );
    expect(data.nodes).toEqual([
      { __typename: 'Person', name: 'Dmitri Peskow' },
      { __typename: 'Country', name: 'Saudi-Arabien' },
    ]);
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
    expect(april.reportedBy.edges.map((e: Data) => e.node.publishedAt)).toEqual([
      '2025-04-09T06:00:00+02:00',
      '2025-04-11T00:10:00+02:00',
    ]);
    // The meetings carry their participants' records and their pages of reports (look-ahead).
    expect(extensions?.cypher).toMatchObject({ statements: 1 });
  });

  it("brings a country's meetings with their participants in node(id)'s own statement", async () => {
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
    expect(extensions?.cypher).toMatchObject({ statements: 1 });
  });

  it('rejects a place id of the wrong type with BAD_USER_INPUT', async () => {
    const { errors } = await gql(
      `query($place: ID!) { meetings(where: {place: $place}) { totalCount } }`,
      { place: person('dmitri-peskow') },
    );
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
    const { data: check } = await gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: path.nodes.map((n: Data) => n.id),
    });
    expect(check.nodes.every((n: Data) => n !== null)).toBe(true);
  });

  it('answers null when no path fits in maxHops', async () => {
    const { data } = await gql(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 1) { length } }`,
      {
        from: person('radoslaw-sikorski'),
        to: person('dmitri-peskow'),
      },
    );
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
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'depth',
      max: 3,
      actual: 4,
    });
  });
});

describe('batching', () => {
  const NESTED = `query($first: Int) { articles(first: $first) { edges { node { title
    people { name country { name } coMentioned(first: 3) { entity { name } count } } } } } }`;

  it('runs one statement per relation field, whatever the number of articles', async () => {
    const one = await gql(NESTED, { first: 1 });
    const all = await gql(NESTED, { first: 5 });
    expect(all.errors).toBeUndefined();
    // The articles with their people (look-ahead), then country and coMentioned: three statements.
    expect(one.extensions?.cypher).toMatchObject({ statements: 3 });
    expect(all.extensions?.cypher).toMatchObject({ statements: 3 });
    const people = all.data.articles.edges.flatMap((e: Data) => e.node.people);
    expect(people.length).toBeGreaterThanOrEqual(8);
  });
});

describe('top entities', () => {
  const TOP = `query($from: DateTime, $to: DateTime) {
    topEntities(kind: COUNTRY, first: 50, from: $from, to: $to) { entity { id name } count articleCount }
  }`;
  const russia = (rows: Data[]) =>
    rows.find((row) => row.entity.id === encodeGlobalID('Country', 'country:RU'));

  it('counts over all time in one statement that brings the entities too', async () => {
    const all = await gql(TOP);
    expect(all.errors).toBeUndefined();
    expect(all.extensions?.cypher).toMatchObject({ statements: 1 });
    expect(russia(all.data.topEntities)).toMatchObject({
      entity: { name: 'Russland' },
      articleCount: 4,
    });
    // A period wider than the corpus counts the same as no period.
    const wide = await gql(TOP, { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' });
    expect(wide.data.topEntities).toEqual(all.data.topEntities);
  });

  it('counts within a period only the articles published in it', async () => {
    const april = await gql(TOP, {
      from: '2025-04-01T00:00:00+02:00',
      to: '2025-05-01T00:00:00+02:00',
    });
    expect(april.errors).toBeUndefined();
    expect(russia(april.data.topEntities)).toMatchObject({ articleCount: 2 });
  });
});

describe('timeline', () => {
  const TIMELINE = `query($from: DateTime, $to: DateTime) {
    timeline(entity: "${encodeGlobalID('Country', 'country:RU')}", interval: MONTH, from: $from, to: $to) { start count }
  }`;

  it('counts over all time what a period wider than the corpus counts, and a period only its own months', async () => {
    const all = await gql(TIMELINE);
    expect(all.errors).toBeUndefined();
    const total = all.data.timeline.reduce((sum: number, bucket: Data) => sum + bucket.count, 0);
    expect(total).toBe(4);
    const wide = await gql(TIMELINE, { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' });
    expect(wide.data.timeline).toEqual(all.data.timeline);
    const april = await gql(TIMELINE, {
      from: '2025-04-01T00:00:00+02:00',
      to: '2025-05-01T00:00:00+02:00',
    });
    expect(april.data.timeline.map((bucket: Data) => bucket.count)).toEqual([2]);
  });
});

describe('articleTimeline', () => {
  const TIMELINE = `query($interval: Interval, $from: DateTime, $to: DateTime) {
    articleTimeline(interval: $interval, from: $from, to: $to) { start count }
  }`;
  // The Monday of the week an article appeared in, by its own (local) calendar date.
  const mondayOf = (publishedAt: string) => {
    const day = new Date(`${publishedAt.slice(0, 10)}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    return day.toISOString().slice(0, 10);
  };

  it('counts every article of the graph per week, as their publication dates say', async () => {
    const articles = await gql(
      '{ articles(first: 100) { totalCount edges { node { publishedAt } } } }',
    );
    const expected = new Map<string, number>();
    for (const { node } of articles.data.articles.edges) {
      const week = mondayOf(node.publishedAt);
      expected.set(week, (expected.get(week) ?? 0) + 1);
    }
    const weekly = await gql(TIMELINE);
    expect(weekly.errors).toBeUndefined();
    expect(weekly.data.articleTimeline).toEqual(
      [...expected]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([start, count]) => ({ start, count })),
    );
    const total = weekly.data.articleTimeline.reduce((sum: number, b: Data) => sum + b.count, 0);
    expect(total).toBe(articles.data.articles.totalCount);
    // the seed's two April articles (9 and 11 April 2025) fall into one week
    expect(weekly.data.articleTimeline).toContainEqual({ start: '2025-04-07', count: 2 });
  });

  it('counts per month, and within a period only its articles', async () => {
    const monthly = await gql(TIMELINE, { interval: 'MONTH' });
    expect(monthly.data.articleTimeline.map((b: Data) => b.start)).toEqual([
      '2025-02-01',
      '2025-03-01',
      '2025-04-01',
    ]);
    const april = await gql(TIMELINE, {
      interval: 'MONTH',
      from: '2025-04-01T00:00:00+02:00',
      to: '2025-05-01T00:00:00+02:00',
    });
    expect(april.data.articleTimeline).toEqual([{ start: '2025-04-01', count: 2 }]);
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
    expect(data.search.find((hit: Data) => hit.node.__typename === 'City').node.name).toBe(
      'Istanbul',
    );
    for (const hit of data.search) expect(hit.node.title ?? hit.node.name).toBeTruthy();
    // The hits carry their records: no second statement to load the nodes.
    expect(extensions?.cypher).toMatchObject({ statements: 1 });
  });
});
