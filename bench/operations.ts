import { encodeGlobalID } from '@pothos/plugin-relay';

// The operations analysts run, each written for every contender: this server's GraphQL (also
// served without batching), @neo4j/graphql's generated API, and one hand-written Cypher statement
// (the floor). `answer` turns each response into one canonical shape, so that the four can be
// checked to agree before anything is timed.

export type Contender = 'this-server' | 'no-batching' | 'neo4j-graphql' | 'cypher-floor';
export const CONTENDERS: Contender[] = [
  'this-server',
  'no-batching',
  'neo4j-graphql',
  'cypher-floor',
];

export interface BenchParameters {
  personId: string;
  otherPersonId: string;
  countryId: string;
  searchText: string;
}

export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

/** What the floor server runs: a statement of cypher/ and its parameters. */
export interface FloorRequest {
  statement: string;
  params: Record<string, unknown>;
}

export interface Operation {
  name: string;
  description: string;
  /** Levels of relations walked: the number of statements a batching server needs. */
  depth: number;
  graphql(p: BenchParameters): Request;
  neo4jGraphql(p: BenchParameters): Request;
  floor(p: BenchParameters): FloorRequest;
  /** Canonical answer from a response's data (GraphQL) or rows (floor). */
  answer(contender: Contender, data: any): unknown;
}

const sorted = <T>(items: T[]) =>
  [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
const names = (items: { name: string }[]) => sorted(items.map((item) => item.name));
const edges = (connection: any) => connection.edges.map((edge: any) => edge.node);
const personGid = (p: BenchParameters) => encodeGlobalID('Person', p.personId);
/** A person's articles as each contender returns them (floor rows, the peer's list, a connection). */
const personArticleRows = (contender: Contender, data: any) =>
  contender === 'cypher-floor'
    ? data
    : contender === 'neo4j-graphql'
      ? data.people[0].articles
      : edges(data.node.articles);

export const OPERATIONS: Operation[] = [
  {
    name: 'latestArticles',
    description: 'the 20 latest articles with the entities each mentions',
    depth: 2,
    graphql: () => ({
      query:
        '{ articles(first: 20, orderBy: {field: PUBLISHED_AT, direction: DESC}) { edges { node { title entities { name } } } } }',
      variables: {},
    }),
    neo4jGraphql: () => ({
      query:
        '{ articles(limit: 20, sort: [{publishedAt: DESC}, {id: DESC}]) { title entities { name } } }',
      variables: {},
    }),
    floor: () => ({ statement: 'bench/cypher/floor-latest-articles', params: {} }),
    answer: (contender, data) => {
      const rows =
        contender === 'cypher-floor'
          ? data
          : contender === 'neo4j-graphql'
            ? data.articles
            : edges(data.articles);
      return sorted(
        rows.map((row: any) => ({
          title: row.title,
          entities: contender === 'cypher-floor' ? sorted(row.entities) : names(row.entities),
        })),
      );
    },
  },
  {
    name: 'personCoMentions',
    description: "a person's first 20 articles and the people each mentions",
    depth: 2,
    graphql: (p) => ({
      query:
        'query ($id: ID!) { node(id: $id) { ... on Person { articles(first: 20) { edges { node { title people { name } } } } } } }',
      variables: { id: personGid(p) },
    }),
    neo4jGraphql: (p) => ({
      query:
        'query ($id: ID!) { people(where: {id: {eq: $id}}) { articles(limit: 20, sort: [{publishedAt: ASC}, {id: ASC}]) { title people { name } } } }',
      variables: { id: p.personId },
    }),
    floor: (p) => ({ statement: 'bench/cypher/floor-co-mentions', params: { personId: p.personId } }),
    answer: (contender, data) => {
      const rows = personArticleRows(contender, data);
      return sorted(
        rows.map((row: any) => ({
          title: row.title,
          people: contender === 'cypher-floor' ? sorted(row.people) : names(row.people),
        })),
      );
    },
  },
  {
    name: 'countryMeetings',
    description: "a country's meetings, their participants and first five reporting articles",
    depth: 3,
    graphql: (p) => ({
      query:
        'query ($id: ID!) { node(id: $id) { ... on Country { meetings { date participants { name } reportedBy(first: 5) { edges { node { title } } } } } } }',
      variables: { id: encodeGlobalID('Country', p.countryId) },
    }),
    neo4jGraphql: (p) => ({
      query:
        'query ($id: ID!) { countries(where: {id: {eq: $id}}) { meetings { date participants { name } reportedBy(limit: 5, sort: [{publishedAt: ASC}, {id: ASC}]) { title } } } }',
      variables: { id: p.countryId },
    }),
    floor: (p) => ({
      statement: 'bench/cypher/floor-country-meetings',
      params: { countryId: p.countryId },
    }),
    answer: (contender, data) => {
      const rows =
        contender === 'cypher-floor'
          ? data
          : contender === 'neo4j-graphql'
            ? data.countries[0].meetings
            : data.node.meetings;
      return sorted(
        rows.map((row: any) => ({
          date: row.date,
          participants:
            contender === 'cypher-floor' ? sorted(row.participants) : names(row.participants),
          reportedBy: sorted(
            contender === 'cypher-floor'
              ? row.reportedBy
              : (contender === 'neo4j-graphql' ? row.reportedBy : edges(row.reportedBy)).map(
                  (article: any) => article.title,
                ),
          ),
        })),
      );
    },
  },
  {
    name: 'timeline',
    description: 'articles per month mentioning a person',
    depth: 1,
    graphql: (p) => ({
      query: 'query ($id: ID!) { timeline(entity: $id, interval: MONTH) { start count } }',
      variables: { id: personGid(p) },
    }),
    neo4jGraphql: (p) => ({
      query: 'query ($id: ID!) { timeline(entityId: $id) { start count } }',
      variables: { id: p.personId },
    }),
    floor: (p) => ({
      statement: 'analytics/timeline',
      params: { entityId: p.personId, unit: 'month', from: null, to: null },
    }),
    answer: (contender, data) =>
      (contender === 'cypher-floor' ? data : data.timeline).map((row: any) => ({
        start: String(row.start).slice(0, 10),
        count: row.count,
      })),
  },
  {
    name: 'topPeople',
    description: 'the ten most mentioned people',
    depth: 1,
    graphql: () => ({
      query: '{ topEntities(kind: PERSON, first: 10) { entity { name } count } }',
      variables: {},
    }),
    neo4jGraphql: () => ({ query: '{ topPeople { name count } }', variables: {} }),
    floor: () => ({ statement: 'bench/cypher/floor-top-people', params: {} }),
    answer: (contender, data) => {
      if (contender === 'this-server' || contender === 'no-batching') {
        return data.topEntities.map((row: any) => ({ name: row.entity.name, count: row.count }));
      }
      return (contender === 'cypher-floor' ? data : data.topPeople).map((row: any) => ({
        name: row.name,
        count: row.count,
      }));
    },
  },
  {
    name: 'search',
    description: 'full-text search over articles and entity names, ten hits',
    depth: 1,
    graphql: (p) => ({
      query:
        'query ($q: String!) { search(query: $q, first: 10) { score node { ... on Article { title } ... on Entity { name } } } }',
      variables: { q: p.searchText },
    }),
    neo4jGraphql: (p) => ({
      query: 'query ($q: String!) { search(query: $q) { label score } }',
      variables: { q: p.searchText },
    }),
    floor: (p) => ({ statement: 'bench/cypher/floor-search', params: { query: p.searchText, limit: 10 } }),
    answer: (contender, data) => {
      const rows =
        contender === 'this-server' || contender === 'no-batching'
          ? data.search.map((hit: any) => ({
              label: hit.node.title ?? hit.node.name,
              score: hit.score,
            }))
          : contender === 'cypher-floor'
            ? data
            : data.search;
      return sorted(
        rows.map((row: any) => ({ label: row.label, score: Math.round(row.score * 1000) / 1000 })),
      );
    },
  },
  {
    name: 'shortestPath',
    description: 'the shortest path between two people, at most four hops',
    depth: 1,
    graphql: (p) => ({
      query:
        'query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 4) { length } }',
      variables: { from: personGid(p), to: encodeGlobalID('Person', p.otherPersonId) },
    }),
    neo4jGraphql: (p) => ({
      query: 'query ($from: ID!, $to: ID!) { shortestPathLength(from: $from, to: $to) }',
      variables: { from: p.personId, to: p.otherPersonId },
    }),
    floor: (p) => ({
      statement: 'traversal/shortest-path',
      params: { from: p.personId, to: p.otherPersonId, maxHops: 4 },
    }),
    answer: (contender, data) => {
      if (contender === 'cypher-floor') return data.length ? data[0].edges.length : null;
      if (contender === 'neo4j-graphql') return data.shortestPathLength;
      return data.shortestPath?.length ?? null;
    },
  },
  {
    name: 'nested3',
    description:
      "three levels: a person's 10 articles → their entities → each entity's first 5 articles",
    depth: 3,
    graphql: (p) => ({
      query:
        'query ($id: ID!) { node(id: $id) { ... on Person { articles(first: 10) { edges { node { title entities { name articles(first: 5) { edges { node { title } } } } } } } } } }',
      variables: { id: personGid(p) },
    }),
    neo4jGraphql: (p) => ({
      query:
        'query ($id: ID!) { people(where: {id: {eq: $id}}) { articles(limit: 10, sort: [{publishedAt: ASC}, {id: ASC}]) { title entities { name articles(limit: 5, sort: [{publishedAt: ASC}, {id: ASC}]) { title } } } } }',
      variables: { id: p.personId },
    }),
    floor: (p) => ({ statement: 'bench/cypher/floor-nested', params: { personId: p.personId } }),
    answer: (contender, data) => {
      const rows = personArticleRows(contender, data);
      return sorted(
        rows.map((row: any) => ({
          title: row.title,
          entities: sorted(
            row.entities.map((entity: any) => ({
              name: entity.name,
              articles: sorted(
                contender === 'this-server' || contender === 'no-batching'
                  ? edges(entity.articles).map((article: any) => article.title)
                  : contender === 'neo4j-graphql'
                    ? entity.articles.map((article: any) => article.title)
                    : entity.articles,
              ),
            })),
          ),
        })),
      );
    },
  },
];
